import type { CauseCode } from './cause-code';
import { classifyUrl, LOGIN_URL, TEST_URL } from './endpoints';
import { orgBaseUrl } from './setup-links';
import { sandboxSuffix } from './username';

/** One value in play for a cause, shown beside it so the admin compares instead of reading. */
export interface CauseValue {
  label: string;
  value: string;
}

export interface CauseValueInput {
  /** The token endpoint base URL the request went to. */
  endpoint: string;
  /** The claims of the assertion sent. */
  payload?: Record<string, unknown>;
  /** The org's My Domain URL, when the wizard knows it. */
  myDomainUrl?: string;
  /** SHA-256 of the certificate that pairs with the signing key. */
  certificateFingerprint?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '(none)' : JSON.stringify(value));

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The aud the endpoint accepts (docs/salesforce-jwt.md, "The request"): login, test, or the My Domain itself. */
function audienceFor(endpoint: string, myDomainUrl: string | undefined): string {
  const role = classifyUrl(endpoint).role;
  if (role === 'login') return LOGIN_URL;
  if (role === 'test') return TEST_URL;
  return orgBaseUrl(endpoint) ?? myDomainUrl ?? endpoint.replace(/\/+$/, '');
}

/**
 * The values a cause is about, from what the app knows: the aud sent beside the host and the aud to use, the
 * username and its sandbox suffix, the certificate's fingerprint, the host that did not answer.
 */
export function causeValues(code: CauseCode, input: CauseValueInput): CauseValue[] {
  const { endpoint, payload = {}, myDomainUrl, certificateFingerprint } = input;
  const myDomain = orgBaseUrl(endpoint) ?? myDomainUrl;
  const username = typeof payload.sub === 'string' ? payload.sub : undefined;
  const suffix = username ? sandboxSuffix(username) : undefined;
  switch (code) {
    case 'audience-invalid':
      return [
        { label: 'aud sent', value: text(payload.aud) },
        { label: 'Host it was sent to', value: hostOf(endpoint) },
        { label: 'aud to use', value: audienceFor(endpoint, myDomainUrl) },
      ];
    case 'external-app-needs-my-domain':
      return [
        { label: 'Host it was sent to', value: hostOf(endpoint) },
        { label: 'Endpoint and aud to use', value: myDomain ?? 'your My Domain (Setup → My Domain shows it)' },
      ];
    case 'wrong-environment':
    case 'user-not-approved':
    case 'user-not-assigned':
    case 'user-inactive':
      return [
        { label: 'Username (sub)', value: username ?? '(none)' },
        { label: 'Sandbox suffix', value: suffix ? `.${suffix}` : 'none (a production username)' },
        { label: 'Host it was sent to', value: hostOf(endpoint) },
      ];
    case 'certificate-mismatch':
    case 'jti-replayed':
      return certificateFingerprint ? [{ label: 'Your key’s certificate (SHA-256)', value: certificateFingerprint }] : [];
    case 'client-id-invalid':
    case 'app-not-propagated':
      return [{ label: 'Consumer Key sent (iss)', value: text(payload.iss) }];
    case 'dns-failure':
    case 'connection-refused':
    case 'timeout':
    case 'tls-error':
    case 'redirected':
    case 'not-a-token-endpoint':
      return [{ label: 'Host', value: hostOf(endpoint) }];
    case 'assertion-expired':
      return typeof payload.exp === 'number' ? [{ label: 'exp sent', value: new Date(payload.exp * 1000).toISOString() }] : [];
    default:
      return [];
  }
}
