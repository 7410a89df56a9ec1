import { exchangeErrors } from '../../../shared/errors/exchange-errors';
import type { StudioError } from '../../../shared/errors/studio-error';
import { signBearerAssertion } from '../../../shared/jwt/sign-assertion';
import { keyErrors } from '../../../shared/keys/key-errors';
import { orgCheckErrors } from '../../../shared/org-check/org-check-errors';
import type { LoginHistoryRow } from '../../../shared/salesforce/exchange-report';
import type { Breakage, RehearsalState } from '../../../shared/salesforce/rehearsal-breakage';
import { tokenErrorOf } from '../../../shared/salesforce/token-response';
import { type RunningEmulator, startEmulator } from '../../emulator/emulator';
import { type EmulatorRole, roleHost } from '../../emulator/emulator-roles';
import type { KeyMaterial } from '../../keys/key-vault';
import { type AdminConnection, adminConnection } from '../../org-check/admin-connection';
import { outcomeSummary } from '../test-login';
import { exchangeAssertion } from '../token-exchange';
import { rehearsalAssertion } from './rehearsal-assertion';
import {
  DEFAULT_MY_DOMAIN,
  DEFAULT_USERNAME,
  planRehearsal,
  REHEARSAL_ADMIN,
  type RehearsalBase,
  type RehearsalPlan,
  rehearsalConsumerKey,
} from './rehearsal-plan';
import { strangerCertificatePem } from './stranger-certificate';

/** The admin's setup as the page knows it: empty values get a working default. */
export interface RehearsalStartInput {
  appKind: 'connected' | 'external';
  clientId?: string;
  username?: string;
  /** The org's My Domain name, so an External Client App's aud is the admin's real My Domain URL. */
  myDomain?: string;
  /** Set for a sandbox org: Connected Apps then log in through test.salesforce.com. */
  sandboxName?: string;
}

/** What the diagnosis may know about a request that went to the rehearsal emulator. */
export interface RehearsalTarget {
  playedHost: string;
  appKind: 'connected' | 'external';
  permittedUsers: 'admin-approved' | 'self-authorize';
  appAgeSeconds: number;
}

interface Running {
  emulator: RunningEmulator;
  plan: RehearsalPlan;
  breakage: Breakage;
  startedAt: number;
}

/** The assertion lifetime the rehearsal signs with: inside Salesforce's usual 2–5 minutes. */
const LIFETIME_SECONDS = 180;

/**
 * "Rehearse offline": the emulator playing an org built from the admin's own key, consumer key and user — a
 * working setup — which "Break it" restarts with one misconfiguration at a time. Lives on the Node side: the
 * private key signs here and the emulator listens on loopback only. Like Salesforce, the org holds the
 * certificate the admin uploaded, while assertions are signed by the key in use at the moment of signing: after a
 * rotation without a new upload, the rehearsal fails as the real login would.
 */
export class Rehearsal {
  private running: Running | undefined;
  private base: RehearsalBase | undefined;
  /** Login History of the emulators closed by a restart, so the page keeps the whole story. */
  private pastHistory: LoginHistoryRow[] = [];

  constructor(private readonly signingKey: () => KeyMaterial) {}

  /** `appCertificatePem`: the certificate the admin confirmed uploading to the app, else the key's own. */
  async start(input: RehearsalStartInput, key: KeyMaterial, appCertificatePem?: string) {
    const certificatePem = appCertificatePem ?? key.certificatePem;
    if (!certificatePem) {
      throw keyErrors.raise('no-certificate', 'The key in use has no certificate to upload to the rehearsal app.');
    }
    const myDomain = input.myDomain?.trim().toLowerCase() || DEFAULT_MY_DOMAIN;
    const sandboxName = input.sandboxName?.trim().toLowerCase();
    this.base = {
      org: sandboxName ? { type: 'sandbox', myDomain, sandboxName } : { type: 'production', myDomain },
      appKind: input.appKind,
      clientId: input.clientId?.trim() || rehearsalConsumerKey(),
      username: input.username?.trim() || DEFAULT_USERNAME,
      certificatePem,
      strangerCertificatePem: this.base?.strangerCertificatePem ?? (await strangerCertificatePem()),
      adminClientId: this.base?.adminClientId ?? rehearsalConsumerKey(),
      adminKey: { privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem ?? certificatePem },
    };
    this.pastHistory = [];
    return this.launch('none');
  }

  async apply(breakage: Breakage): Promise<RehearsalState> {
    this.require();
    return this.launch(breakage);
  }

  async stop(): Promise<void> {
    const current = this.running;
    this.running = undefined;
    await current?.emulator.close();
  }

  state(): RehearsalState {
    const { plan, emulator, breakage } = this.require();
    return {
      running: true,
      breakage,
      appKind: plan.appKind,
      endpoint: emulator.urls[plan.role],
      playedHost: roleHost(plan.role, plan.config.org),
      clientId: plan.clientId,
      username: plan.username,
      aud: plan.aud,
      urls: { ...emulator.urls },
    };
  }

  /** A fresh assertion with the rehearsal's claims, signed by the key in use (encoded as the breakage says). */
  async sign(): Promise<string> {
    const { plan } = this.require();
    const { privateKeyPem } = this.signingKey();
    const now = Math.floor(Date.now() / 1000) - plan.backdateSeconds;
    return rehearsalAssertion(plan.assertionStyle, privateKeyPem, {
      iss: plan.clientId,
      sub: plan.username,
      aud: plan.aud,
      expiresInSeconds: LIFETIME_SECONDS,
      jti: crypto.randomUUID(),
      now,
    });
  }

  /** When `endpoint` is one of the emulator's URLs: the real host it plays and what the org's app is like. */
  target(endpoint: string): RehearsalTarget | undefined {
    const running = this.running;
    if (!running) return undefined;
    const origin = safeOrigin(endpoint);
    const role = (Object.keys(running.emulator.urls) as EmulatorRole[]).find((r) => running.emulator.urls[r] === origin);
    if (!role) return undefined;
    const app = running.plan.config.apps[0]!;
    return {
      playedHost: roleHost(role, running.plan.config.org),
      appKind: app.kind,
      permittedUsers: app.permittedUsers,
      appAgeSeconds: app.ageSeconds + (Date.now() - running.startedAt) / 1000,
    };
  }

  /**
   * The org check's admin session on the rehearsal org: its System Administrator logs in through the JWT flow
   * as usual, through the host that serves the org (login for production, test for a sandbox).
   */
  async adminConnection(): Promise<AdminConnection> {
    const { plan, emulator } = this.require();
    const base = this.base as RehearsalBase;
    const { privateKeyPem } = base.adminKey;
    const role: EmulatorRole = plan.config.org.type === 'sandbox' ? 'test' : 'login';
    const assertion = await signBearerAssertion(privateKeyPem, {
      iss: base.adminClientId,
      sub: REHEARSAL_ADMIN.username,
      aud: roleHost(role, plan.config.org),
      expiresInSeconds: LIFETIME_SECONDS,
      jti: crypto.randomUUID(),
    });
    const attempt = await exchangeAssertion(emulator.urls[role], assertion);
    if (!attempt.grant) {
      const said = attempt.outcome.kind === 'response' ? tokenErrorOf(attempt.outcome.body)?.description : undefined;
      throw orgCheckErrors.raise(
        'org-check-rehearsal-admin-failed',
        `The rehearsal's System Administrator could not log in (${outcomeSummary(attempt.outcome)}${said ? `: ${said}` : ''}).`,
      );
    }
    return adminConnection('emulator', attempt.grant.instanceUrl, attempt.grant.accessToken, REHEARSAL_ADMIN.username);
  }

  loginHistory(): LoginHistoryRow[] {
    return [...(this.running?.emulator.loginHistory() ?? []), ...this.pastHistory].sort((a, b) => b.time.localeCompare(a.time));
  }

  private async launch(breakage: Breakage): Promise<RehearsalState> {
    if (!this.base) throw notRunning();
    const plan = planRehearsal(this.base, breakage);
    const previous = this.running;
    if (previous) {
      this.pastHistory.push(...previous.emulator.loginHistory());
      this.running = undefined;
      await previous.emulator.close();
    }
    const emulator = await startEmulator(plan.config);
    this.running = { emulator, plan, breakage, startedAt: Date.now() };
    return this.state();
  }

  private require(): Running {
    if (!this.running) throw notRunning();
    return this.running;
  }
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function notRunning(): StudioError {
  return exchangeErrors.raise('rehearsal-not-running');
}
