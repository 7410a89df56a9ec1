import type { ExchangeReport, HistoryEntry, LoginHistoryRow } from '../salesforce/exchange-report';
import { BREAKAGE_IDS, type Breakage, type RehearsalState } from '../salesforce/rehearsal-breakage';
import { method } from './method';
import { type Schema, s } from './schema';

const TOKEN_MAX = 64 * 1024;
const attemptId = s.string({ min: 1, max: 100, pattern: /^[A-Za-z0-9_-]+$/ });
const appKind = s.optional(s.literal('connected', 'external'));

/**
 * The token exchange: a live "Test login" with its ranked diagnosis, Cancel, the access token kept on the
 * Node side (revealed only on request), the attempts' history, and the offline rehearsal on the emulator.
 */
export const exchangeContract = {
  /** POSTs the assertion to {endpoint}/services/oauth2/token; on success proves the token. */
  'exchange.run': method<ExchangeReport>()(
    s.object({
      /** Chosen by the caller, so Cancel can name the request while it runs. */
      attemptId,
      endpoint: s.string({ min: 1, max: 2000 }),
      assertion: s.string({ min: 1, max: TOKEN_MAX }),
      timeoutMs: s.optional(s.number({ min: 100, max: 120_000, integer: true })),
      appKind,
      permittedUsers: s.optional(s.literal('admin-approved', 'self-authorize')),
    }),
  ),
  'exchange.cancel': method<{ cancelled: boolean }>()(s.object({ attemptId })),
  /** The access token of a successful attempt, in full: only when the user clicks Reveal or Copy. */
  'exchange.revealToken': method<{ accessToken: string }>()(s.object({ attemptId })),
  'exchange.history': method<HistoryEntry[]>()(s.none()),
  /** Starts the emulator with a working org built from the current key's certificate. */
  'exchange.rehearsal.start': method<RehearsalState>()(
    s.object({
      appKind: s.literal('connected', 'external'),
      clientId: s.optional(s.string({ max: 500 })),
      username: s.optional(s.string({ max: 500 })),
      /** The org's My Domain name (a bad one is ignored for the default); a sandbox name makes it a sandbox. */
      myDomain: s.optional(s.string({ max: 40, pattern: /^[A-Za-z0-9-]*$/ })),
      sandboxName: s.optional(s.string({ max: 10, pattern: /^[A-Za-z0-9]*$/ })),
    }),
  ),
  /** Restarts the emulator with one misconfiguration, or the working setup again ('none'). */
  'exchange.rehearsal.break': method<RehearsalState>()(
    s.object({ breakage: s.literal('none', ...BREAKAGE_IDS) as Schema<Breakage> }),
  ),
  /** Signs a fresh assertion with the rehearsal's claims (and the breakage's, e.g. an expired exp). */
  'exchange.rehearsal.sign': method<{ assertion: string }>()(s.none()),
  'exchange.rehearsal.stop': method<{ running: false }>()(s.none()),
  'exchange.rehearsal.loginHistory': method<LoginHistoryRow[]>()(s.none()),
};
