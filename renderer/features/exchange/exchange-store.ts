import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import type { ExchangeReport, HistoryEntry, LoginHistoryRow } from '../../../shared/salesforce/exchange-report';
import type { Breakage, RehearsalState } from '../../../shared/salesforce/rehearsal-breakage';
import { api } from '../../api/client';

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
}

export interface TestLoginRequest {
  endpoint: string;
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
  signForRehearsal(): Promise<void>;
  /** A pasted or edited assertion to send to the rehearsal org (e.g. one from jwt.io, to see what it gets). */
  setRehearsalAssertion(assertion: string): void;
  stopRehearsal(): Promise<void>;
  setError(error: ErrorShape | undefined): void;
}

export const initialExchangeState: ExchangeState = { history: [], rehearsalBusy: false, loginHistory: [] };

export const useExchange = create<ExchangeState & ExchangeActions>()((set, get) => ({
  ...initialExchangeState,

  async testLogin({ endpoint, assertion, appKind, timeoutMs }) {
    const attemptId = crypto.randomUUID();
    set({ runningAttempt: attemptId, error: undefined, report: undefined });
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
    set({ rehearsalBusy: true, error: undefined, report: undefined, rehearsalAssertion: undefined });
    const result = await api['exchange.rehearsal.start'](input);
    set({ rehearsalBusy: false, ...(result.ok ? { rehearsal: result.value, loginHistory: [] } : { error: result.error }) });
    if (result.ok) await get().signForRehearsal();
  },

  async breakIt(breakage) {
    set({ rehearsalBusy: true, error: undefined, report: undefined, rehearsalAssertion: undefined });
    const result = await api['exchange.rehearsal.break']({ breakage });
    set({ rehearsalBusy: false, ...(result.ok ? { rehearsal: result.value } : { error: result.error }) });
    if (result.ok) await get().signForRehearsal();
  },

  async signForRehearsal() {
    const result = await api['exchange.rehearsal.sign']();
    set(result.ok ? { rehearsalAssertion: result.value.assertion } : { error: result.error });
  },

  setRehearsalAssertion(assertion) {
    set({ rehearsalAssertion: assertion });
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
