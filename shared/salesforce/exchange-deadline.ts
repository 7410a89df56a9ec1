import type { ExchangeReport } from './exchange-report';

/** Which phase the exchange's one deadline ended: the token request, or the proof calls after a token was issued. */
export function deadlineText(timedOut: NonNullable<ExchangeReport['timedOut']>): string {
  const phase = timedOut.phase === 'proof' ? 'the proof calls (GET id, GET /services/data/)' : 'the token request';
  return `Deadline: the exchange's ${timedOut.seconds} s passed during ${phase}.`;
}
