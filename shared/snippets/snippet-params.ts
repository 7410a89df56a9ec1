import { DEFAULT_ALIAS } from '../keys/alias';
import { JWT_BEARER_GRANT, TOKEN_PATH, tokenUrl } from '../salesforce/endpoints';

/** The languages `snippets --lang` accepts; a public interface (CLI flag values, UI tabs). */
export const SNIPPET_LANGS = ['curl', 'sf', 'apex', 'node', 'python', 'java'] as const;
export type SnippetLang = (typeof SNIPPET_LANGS)[number];

export const SNIPPET_TITLES: Record<SnippetLang, string> = {
  curl: 'curl (bash + openssl)',
  sf: 'Salesforce CLI',
  apex: 'Apex',
  node: 'Node.js (jose + fetch)',
  python: 'Python (PyJWT + requests)',
  java: 'Java (JDK only)',
};

/** What every snippet needs: the values of one working configuration. */
export interface SnippetParams {
  /** The app's Consumer Key: the assertion's `iss`. */
  clientId: string;
  /** The Salesforce username: the assertion's `sub`. */
  username: string;
  /** Token host base URL (the token path is added). */
  endpoint: string;
  /** The assertion's `aud`; defaults to the endpoint (true for login, test, My Domain and sites). */
  aud?: string;
  /** Path of the private key file the integration signs with (PEM). */
  keyFile: string;
  /** The certificate's Unique Name in Certificate and Key Management, for Apex `Auth.JWS`. */
  certificateName?: string;
}

/**
 * The REST API version the snippets' first query goes through: Winter '25, served by every org today and by the
 * emulator (docs/emulator.md).
 */
export const SNIPPET_API_VERSION = '62.0';

/** The snippets' first real call after login: every user can read the org's own record. */
export const SNIPPET_QUERY = 'SELECT Name FROM Organization';

/** How much of a non-JSON answer (an HTML page) a snippet shows when it stops. */
export const SNIPPET_EXCERPT_CHARS = 200;

/** Seconds the snippets' assertions stay valid: within the 2–5 minutes Salesforce's docs use, clock skew included. */
export const ASSERTION_LIFETIME_SECONDS = 180;

/**
 * The token host's base URL. The full token URL is accepted too (it is what Setup pages and tutorials show):
 * its path would otherwise be doubled in the request and leak into the default `aud`, which must be a bare host.
 */
export function snippetEndpoint(endpoint: string): string {
  const base = endpoint.trim().replace(/\/+$/, '');
  return base.endsWith(TOKEN_PATH) ? base.slice(0, -TOKEN_PATH.length) : base;
}

export function snippetAud(params: SnippetParams): string {
  return (params.aud ?? params.endpoint).replace(/\/+$/, '');
}

export function snippetCertificateName(params: SnippetParams): string {
  return params.certificateName ?? DEFAULT_ALIAS;
}

/** What the scripted snippets (curl, Node, Python, Java) write into their code, each quoting it in its language. */
export interface SnippetValues {
  clientId: string;
  username: string;
  aud: string;
  tokenUrl: string;
  keyFile: string;
  grant: string;
  apiVersion: string;
  query: string;
  excerptChars: number;
  lifetimeSeconds: number;
}

export function snippetValues(params: SnippetParams): SnippetValues {
  return {
    clientId: params.clientId,
    username: params.username,
    aud: snippetAud(params),
    tokenUrl: tokenUrl(params.endpoint),
    keyFile: params.keyFile,
    grant: JWT_BEARER_GRANT,
    apiVersion: SNIPPET_API_VERSION,
    query: SNIPPET_QUERY,
    excerptChars: SNIPPET_EXCERPT_CHARS,
    lifetimeSeconds: ASSERTION_LIFETIME_SECONDS,
  };
}
