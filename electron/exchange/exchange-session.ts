import { exchangeErrors } from '../../shared/errors/exchange-errors';
import type { OrgFacts } from '../../shared/org-check/org-facts';
import type { Cause } from '../../shared/salesforce/cause-code';
import { type DiagnosisInput, diagnoseTokenError } from '../../shared/salesforce/diagnose';
import type { ExchangeReport } from '../../shared/salesforce/exchange-report';
import type { TestMark } from '../../shared/workspace/workspace-view';
import type { NetworkSettings } from '../host/network-settings';
import type { KeyVault } from '../keys/key-vault';
import { ExchangeHistory } from './exchange-history';
import { Rehearsal } from './rehearsal/rehearsal';
import { outcomeSummary, testLogin } from './test-login';
import { transportFor } from './token-exchange';

export interface RunInput {
  attemptId: string;
  endpoint: string;
  assertion: string;
  timeoutMs?: number;
  appKind?: 'connected' | 'external';
  permittedUsers?: 'admin-approved' | 'self-authorize';
}

/**
 * How many of the latest attempts keep their access token (for Reveal and Copy) and their diagnosis input (for the
 * org check); in memory only, never written anywhere.
 */
const KEPT_ATTEMPTS = 20;

/**
 * The exchange's state in a host process: requests in flight (for Cancel), the tokens of recent successes,
 * the history of attempts and the offline rehearsal.
 */
export class ExchangeSession {
  readonly history = new ExchangeHistory();
  readonly rehearsal: Rehearsal;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly tokens = new Map<string, string>();
  private readonly diagnosisInputs = new Map<string, DiagnosisInput>();

  /** `recordTest`: told of every outcome, so the workspace keeps the last test per target. */
  constructor(
    private readonly keyVault: KeyVault,
    private readonly network?: NetworkSettings,
    private readonly recordTest: (mark: TestMark) => void = () => undefined,
  ) {
    this.rehearsal = new Rehearsal(() => keyVault.require());
  }

  async run(input: RunInput): Promise<ExchangeReport> {
    if (this.inFlight.has(input.attemptId)) {
      throw exchangeErrors.raise('attempt-running');
    }
    const controller = new AbortController();
    this.inFlight.set(input.attemptId, controller);
    const target = this.rehearsal.target(input.endpoint);
    const fingerprint = this.keyVault.current()?.summary.certificate?.fingerprintSha256;
    const appKind = target?.appKind ?? input.appKind;
    // The rehearsal's own policy is not passed on: the page diagnoses as it would against a real org, where only
    // the org check (or the wizard's answer) tells the policy.
    const permittedUsers = input.permittedUsers;
    try {
      const { report, accessToken, jti, diagnosisInput } = await testLogin({
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
        transport: {
          ...transportFor(this.network),
          signal: controller.signal,
          ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
        },
      });
      if (accessToken) this.keepToken(input.attemptId, accessToken);
      this.keepLatest(this.diagnosisInputs, input.attemptId, diagnosisInput);
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
      throw exchangeErrors.raise('no-token');
    }
    return token;
  }

  /** The attempt's diagnosis again, with what the admin's org shows (the org check): its first cause exact. */
  /** Undefined when the attempt is no longer kept (only the latest are). */
  diagnoseWith(attemptId: string, org: OrgFacts): Cause[] | undefined {
    const input = this.diagnosisInputs.get(attemptId);
    return input ? diagnoseTokenError({ ...input, org }) : undefined;
  }

  private keepToken(attemptId: string, token: string) {
    this.keepLatest(this.tokens, attemptId, token);
  }

  private keepLatest<V>(map: Map<string, V>, attemptId: string, value: V) {
    map.set(attemptId, value);
    if (map.size > KEPT_ATTEMPTS) map.delete(map.keys().next().value as string);
  }
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint.slice(0, 300);
  } catch {
    return endpoint.slice(0, 300);
  }
}
