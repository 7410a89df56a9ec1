import { exchangeErrors } from '../../shared/errors/exchange-errors';
import { abbreviateAssertion, curlCommand } from '../../shared/salesforce/curl-command';
import { JWT_BEARER_GRANT, tokenUrl } from '../../shared/salesforce/endpoints';
import type { ExchangeOutcome } from '../../shared/salesforce/exchange-outcome';
import type { SentRequest } from '../../shared/salesforce/exchange-report';
import { readResponseBody, type TokenGrant, tokenGrantOf, withMaskedToken } from '../../shared/salesforce/token-response';
import type { NetworkSettings } from '../host/network-settings';
import { type HttpRequest, sendHttpRequest } from './transport/http-request';
import { NetworkError } from './transport/network-error';

/**
 * One deadline for a whole exchange, the token request and the proof calls together: Salesforce answers in well
 * under a second, 30 s leaves room for slow proxies without hanging forever.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

export type TransportOptions = Pick<HttpRequest, 'signal' | 'ca' | 'env' | 'resolveProxy'> & {
  /** The whole exchange's time (DEFAULT_TIMEOUT_MS when absent). */
  timeoutMs?: number;
  /** When the exchange must end (a performance.now() time): each request gets what is left of it. */
  deadline?: number;
};

/** The time one request may take: what is left of the exchange's deadline, or the whole timeout. */
export function requestTimeoutMs(options: { timeoutMs?: number | undefined; deadline?: number | undefined }): number {
  if (options.deadline === undefined) return options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return Math.max(1, Math.round(options.deadline - performance.now()));
}

/** The transport fields of one request: what is left of the deadline, the signal, the roots and the proxy. */
export function withTimeout({
  timeoutMs,
  deadline,
  ...transport
}: TransportOptions): Omit<HttpRequest, 'url' | 'method' | 'headers'> {
  return { timeoutMs: requestTimeoutMs({ timeoutMs, deadline }), ...transport };
}

/** The transport a host's network settings call for: its proxy resolution and its extra trusted roots. */
export function transportFor(network: NetworkSettings | undefined): TransportOptions {
  if (!network) return {};
  return {
    resolveProxy: (target) => network.proxyFor(target),
    ...(network.extraCa.length > 0 ? { ca: [...network.extraCa] } : {}),
  };
}

export interface ExchangeAttempt {
  sent: SentRequest;
  curl: string;
  /** Safe to show and log: a success body carries the access token masked. */
  outcome: ExchangeOutcome;
  elapsedMs: number;
  /** Only on success; holds the real access token and never leaves the Node side except on explicit request. */
  grant?: TokenGrant;
}

/**
 * Sends a request to a token URL exactly as given and reads the answer. The exchange below uses it with the
 * right form body; tests use it raw to reproduce the tutorials' request mistakes.
 */
export async function postTokenRequest(
  url: string,
  request: { headers: Record<string, string>; body: string },
  options: TransportOptions = {},
): Promise<{ outcome: ExchangeOutcome; elapsedMs: number; rawBody?: string }> {
  const start = performance.now();
  try {
    const response = await sendHttpRequest({
      url,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      ...withTimeout(options),
    });
    const contentType = typeof response.headers['content-type'] === 'string' ? response.headers['content-type'] : undefined;
    const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
    const outcome: ExchangeOutcome = {
      kind: 'response',
      status: response.status,
      body: readResponseBody(contentType, response.body),
      ...(contentType ? { contentType } : {}),
      ...(location ? { location } : {}),
    };
    return { outcome, elapsedMs: performance.now() - start, rawBody: response.body };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const outcome: ExchangeOutcome = {
      kind: 'network-error',
      error: error.kind,
      message: error.message,
      ...(error.errno ? { errno: error.errno } : {}),
    };
    return { outcome, elapsedMs: performance.now() - start };
  }
}

/** The endpoint as a base URL without trailing slashes, or the coded error a user can act on. */
export function checkedEndpoint(value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return value.trim().replace(/\/+$/, '');
  } catch {
    // Reported below.
  }
  throw exchangeErrors.raise('bad-endpoint', `${value.slice(0, 200)} is not an http(s) URL.`);
}

/**
 * The JWT Bearer token request (docs/salesforce-jwt.md, "The request"): POST {endpoint}/services/oauth2/token with
 * a form-encoded body holding grant_type and assertion, asking for JSON. Redirects are reported, not followed.
 */
export async function exchangeAssertion(
  endpoint: string,
  assertion: string,
  options: TransportOptions = {},
): Promise<ExchangeAttempt> {
  const url = tokenUrl(checkedEndpoint(endpoint));
  const headers = { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString();
  const { outcome, elapsedMs } = await postTokenRequest(url, { headers, body }, options);
  const grant = outcome.kind === 'response' && outcome.status === 200 ? tokenGrantOf(outcome.body) : undefined;
  return {
    sent: {
      method: 'POST',
      url,
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `grant_type=${encodeURIComponent(JWT_BEARER_GRANT)}&assertion=${abbreviateAssertion(assertion)}`,
    },
    curl: curlCommand(endpoint, assertion),
    outcome: outcome.kind === 'response' ? { ...outcome, body: withMaskedToken(outcome.body) } : outcome,
    elapsedMs: Math.round(elapsedMs),
    ...(grant ? { grant } : {}),
  };
}
