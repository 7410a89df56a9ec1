import { StudioError } from '../../shared/errors/studio-error';
import type { ExchangeReport } from '../../shared/salesforce/exchange-report';
import type { TestMark } from '../../shared/workspace/workspace-view';
import type { KeyVault } from '../keys/key-vault';
import { ExchangeHistory } from './exchange-history';
import { Rehearsal } from './rehearsal/rehearsal';
import { outcomeSummary, testLogin } from './test-login';

export interface RunInput {
  attemptId: string;
  endpoint: string;
  assertion: string;
  timeoutMs?: number;
  appKind?: 'connected' | 'external';
  permittedUsers?: 'admin-approved' | 'self-authorize';
}

/** Access tokens of the latest successes, for Reveal and Copy; in memory only, never written anywhere. */
const KEPT_TOKENS = 20;

/**
 * The exchange's state in a host process: requests in flight (for Cancel), the tokens of recent successes,
 * the history of attempts and the offline rehearsal.
 */
export class ExchangeSession {
  readonly history = new ExchangeHistory();
  readonly rehearsal: Rehearsal;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly tokens = new Map<string, string>();

  /** `recordTest`: told of every outcome, so the workspace keeps the last test per target. */
  constructor(
    private readonly keyVault: KeyVault,
    private readonly recordTest: (mark: TestMark) => void = () => undefined,
  ) {
    this.rehearsal = new Rehearsal(() => keyVault.require());
  }

  async run(input: RunInput): Promise<ExchangeReport> {
    if (this.inFlight.has(input.attemptId)) {
      throw new StudioError('attempt-running', 'A test login with this id is already running.', 'Wait for it or cancel it.');
    }
    const controller = new AbortController();
    this.inFlight.set(input.attemptId, controller);
    const target = this.rehearsal.target(input.endpoint);
    const fingerprint = this.keyVault.current()?.summary.certificate?.fingerprintSha256;
    const appKind = target?.appKind ?? input.appKind;
    const permittedUsers = target?.permittedUsers ?? input.permittedUsers;
    try {
      const { report, accessToken, jti } = await testLogin({
        attemptId: input.attemptId,
        endpoint: input.endpoint,
        assertion: input.assertion,
        ...(target ? { playedHost: target.playedHost } : {}),
        context: {
          earlierJtis: this.history.usedJtis(),
          ...(appKind ? { appKind } : {}),
          ...(permittedUsers ? { permittedUsers } : {}),
          ...(target ? { appAgeSeconds: target.appAgeSeconds } : {}),
          ...(fingerprint ? { certificateFingerprint: fingerprint } : {}),
        },
        transport: { signal: controller.signal, ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}) },
      });
      if (accessToken) this.keepToken(input.attemptId, accessToken);
      this.history.add(
        {
          attemptId: input.attemptId,
          time: new Date().toISOString(),
          endpoint: target ? `${target.playedHost} (rehearsal)` : input.endpoint,
          ok: report.ok,
          outcome: outcomeSummary(report.outcome),
          ...(report.diagnosis[0] ? { firstCause: report.diagnosis[0].code } : {}),
          elapsedMs: report.elapsedMs,
          rehearsal: target !== undefined,
        },
        jti,
      );
      this.recordTest({
        target: target ? 'emulator' : 'salesforce',
        host: target?.playedHost ?? hostOf(input.endpoint),
        ok: report.ok,
        at: new Date().toISOString(),
        ...(fingerprint ? { fingerprintSha256: fingerprint } : {}),
        ...(report.diagnosis[0] ? { firstCause: report.diagnosis[0].code } : {}),
      });
      return target
        ? { ...report, rehearsal: { loginHistory: this.rehearsal.loginHistory(), playedHost: target.playedHost } }
        : report;
    } finally {
      this.inFlight.delete(input.attemptId);
    }
  }

  cancel(attemptId: string): boolean {
    const controller = this.inFlight.get(attemptId);
    controller?.abort();
    return controller !== undefined;
  }

  revealToken(attemptId: string): string {
    const token = this.tokens.get(attemptId);
    if (!token) {
      throw new StudioError(
        'no-token',
        'There is no access token for this attempt.',
        'Only the latest successful test logins keep their token, in memory: run "Test login" again.',
      );
    }
    return token;
  }

  private keepToken(attemptId: string, token: string) {
    this.tokens.set(attemptId, token);
    if (this.tokens.size > KEPT_TOKENS) this.tokens.delete(this.tokens.keys().next().value as string);
  }
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint.slice(0, 300);
  } catch {
    return endpoint.slice(0, 300);
  }
}
