import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { ExchangeReport, HistoryEntry, LoginHistoryRow } from '../../../shared/salesforce/exchange-report';
import type { Breakage, RehearsalState } from '../../../shared/salesforce/rehearsal-breakage';
import { api } from '../../api/client';
import { useSession } from '../../app/session-store';
import { signRequest } from '../builder/sign-request';

/** Salesforce needs the assertion for one request: 3 minutes covers clock skew. */
const FRESH_LIFETIME = '180';

/**
 * What Test login sends: a fresh assertion signed for each press (a new jti, so a second press is no replay), or
 * the exact assertion in the box (one pasted from the admin's own integration, to see what Salesforce makes of it).
 */
export type AssertionMode = 'fresh' | 'exact';

/** The Token exchange page's own state; the configuration (endpoint, assertion, app) lives in useSession. */
export interface ExchangeState {
  /** The attempt in flight, for Cancel. */
  runningAttempt?: string;
  report?: ExchangeReport;
  error?: ErrorShape;
  history: HistoryEntry[];
  /** Set while "Rehearse offline" is on. */
  rehearsal?: RehearsalState;
  /** The assertion the rehearsal signed for its org (the session's assertion is left alone). */
  rehearsalAssertion?: string;
  rehearsalBusy: boolean;
  loginHistory: LoginHistoryRow[];
  assertionMode: AssertionMode;
  /** Signing before a Test login or a Copy as curl. */
  signing: boolean;
  /** The admin chose to rehearse the whole setup offline (wizard step 1): the test step starts the rehearsal. */
  offlinePlan: boolean;
}

export interface TestLoginRequest {
  endpoint: string;
  /** Sent as is in "exact" mode; in "fresh" mode a new one is signed and shown in its place. */
  assertion: string;
  appKind: 'connected' | 'external';
  /** The whole exchange's deadline (token request and proof); the Node side's default when absent. */
  timeoutMs?: number;
}

export interface ExchangeActions {
  testLogin(request: TestLoginRequest): Promise<void>;
  cancel(): Promise<void>;
  refreshHistory(): Promise<void>;
  startRehearsal(input: InputOf<'exchange.rehearsal.start'>): Promise<void>;
  breakIt(breakage: Breakage): Promise<void>;
  /** Signs a new assertion (the rehearsal org's, or the session's claims with the key in use) and shows it; undefined on an error, which is set. */
  signFresh(): Promise<string | undefined>;
  setAssertionMode(mode: AssertionMode): void;
  planOffline(offline: boolean): void;
  /** A pasted or edited assertion to send to the rehearsal org (e.g. one from jwt.io, to see what it gets). */
  setRehearsalAssertion(assertion: string): void;
  stopRehearsal(): Promise<void>;
  setError(error: ErrorShape | undefined): void;
}

export const initialExchangeState: ExchangeState = {
  history: [],
  rehearsalBusy: false,
  loginHistory: [],
  assertionMode: 'fresh',
  signing: false,
  offlinePlan: false,
};

export const useExchange = create<ExchangeState & ExchangeActions>()((set, get) => ({
  ...initialExchangeState,

  async testLogin({ endpoint, assertion: given, appKind, timeoutMs }) {
    const attemptId = crypto.randomUUID();
    set({ runningAttempt: attemptId, error: undefined, report: undefined });
    const assertion = get().assertionMode === 'fresh' ? await get().signFresh() : given;
    if (assertion === undefined) {
      set({ runningAttempt: undefined });
      return;
    }
    const result = await api['exchange.run']({ attemptId, endpoint, assertion, appKind, ...(timeoutMs ? { timeoutMs } : {}) });
    set({ runningAttempt: undefined, ...(result.ok ? { report: result.value } : { error: result.error }) });
    if (result.ok && result.value.rehearsal) set({ loginHistory: result.value.rehearsal.loginHistory });
    await get().refreshHistory();
  },

  async cancel() {
    const attemptId = get().runningAttempt;
    if (attemptId) await api['exchange.cancel']({ attemptId });
  },

  async refreshHistory() {
    const result = await api['exchange.history']();
    if (result.ok) set({ history: result.value });
  },

  async startRehearsal(input) {
    set({ rehearsalBusy: true, error: undefined, report: undefined, rehearsalAssertion: undefined, assertionMode: 'fresh' });
    const result = await api['exchange.rehearsal.start'](input);
    set({ rehearsalBusy: false, ...(result.ok ? { rehearsal: result.value, loginHistory: [] } : { error: result.error }) });
    if (result.ok) await get().signFresh();
  },

  async breakIt(breakage) {
    set({ rehearsalBusy: true, error: undefined, report: undefined, rehearsalAssertion: undefined, assertionMode: 'fresh' });
    const result = await api['exchange.rehearsal.break']({ breakage });
    set({ rehearsalBusy: false, ...(result.ok ? { rehearsal: result.value } : { error: result.error }) });
    if (result.ok) await get().signFresh();
  },

  async signFresh() {
    set({ signing: true });
    try {
      if (get().rehearsal) {
        const result = await api['exchange.rehearsal.sign']();
        set(result.ok ? { rehearsalAssertion: result.value.assertion } : { error: result.error });
        return result.ok ? result.value.assertion : undefined;
      }
      const session = useSession.getState();
      const request = signRequest(
        {
          mode: 'bearer',
          clientId: session.clientId,
          username: session.username,
          aud: session.aud,
          lifetime: FRESH_LIFETIME,
          withJti: true,
        },
        () => crypto.randomUUID(),
      );
      if (!request.ok) {
        set({ error: request.error });
        return undefined;
      }
      const result = await api['jwt.sign'](request.input);
      if (!result.ok) {
        set({ error: result.error });
        return undefined;
      }
      set({ error: undefined });
      session.setAssertion(result.value.token);
      return result.value.token;
    } finally {
      set({ signing: false });
    }
  },

  setAssertionMode(assertionMode) {
    set({ assertionMode });
  },

  planOffline(offlinePlan) {
    set({ offlinePlan });
  },

  setRehearsalAssertion(assertion) {
    set({ rehearsalAssertion: assertion, assertionMode: 'exact' });
  },

  async stopRehearsal() {
    set({ rehearsalBusy: true });
    const result = await api['exchange.rehearsal.stop']();
    set({
      rehearsalBusy: false,
      ...(result.ok ? { rehearsal: undefined, rehearsalAssertion: undefined, report: undefined } : { error: result.error }),
    });
  },

  setError(error) {
    set({ error });
  },
}));
