import { DEFAULT_ALIAS } from '../keys/alias';

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

export const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Seconds the snippets' assertions stay valid: within the 2–5 minutes Salesforce's docs use, clock skew included. */
export const ASSERTION_LIFETIME_SECONDS = 180;

export function snippetAud(params: SnippetParams): string {
  return (params.aud ?? params.endpoint).replace(/\/+$/, '');
}

export function snippetCertificateName(params: SnippetParams): string {
  return params.certificateName ?? DEFAULT_ALIAS;
}
