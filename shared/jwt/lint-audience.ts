import { classifyUrl, type HostRole, LOGIN_URL, TEST_URL } from '../salesforce/endpoints';
import type { Finding } from './finding';

/**
 * `aud` is a single `https://host` with no path and no trailing slash, except an Experience Cloud site URL
 * whose path is part of it; and it must match the host the assertion is posted to: login for production, test
 * for sandboxes, the site URL for Experience Cloud, My Domain for External Client Apps
 * (docs/salesforce-jwt.md, "The assertion"; Salesforce answers `audience is invalid`).
 */
export function lintAudience(aud: string, endpoint: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const url = parseUrl(aud);
  const problem = url ? originProblem(aud, url) : 'is not a URL';
  if (problem) {
    findings.push({
      code: 'aud-not-origin',
      severity: 'error',
      where: 'claim:aud',
      message: `The "aud" ${problem}.`,
      hint: 'Use exactly https://login.salesforce.com, https://test.salesforce.com, https://NAME.my.salesforce.com or your Experience Cloud site URL: https, no trailing slash, no path (except a site’s path).',
    });
  }
  const role = classifyUrl(aud).role;
  if (url && (role === 'unknown' || role === 'other-salesforce')) {
    findings.push({
      code: 'aud-unknown-host',
      severity: 'warning',
      where: 'claim:aud',
      message: `The "aud" host is not a Salesforce login host: ${url.host}.`,
      hint: 'Salesforce expects login.salesforce.com, test.salesforce.com, a My Domain (NAME.my.salesforce.com) or an Experience Cloud site; a custom domain of a site is fine.',
    });
  }
  // A host typed without its scheme (login.salesforce.com) is meant as https; a half-typed URL is no endpoint yet.
  const endpointUrl =
    endpoint === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint.trim()) ? endpoint?.trim() : `https://${endpoint.trim()}`;
  if (endpointUrl !== undefined && parseUrl(endpointUrl)?.hostname) {
    const accepted = acceptedAudiences(endpointUrl);
    if (!accepted.includes(normalized(aud))) {
      findings.push({
        code: 'aud-endpoint-mismatch',
        severity: 'error',
        where: 'claim:aud',
        message: `The "aud" ${aud} does not match the token endpoint ${endpointUrl}.`,
        hint: `Posted to ${endpointUrl}, the assertion needs aud ${accepted.join(' or ')}: login for production, test for sandboxes, the My Domain for External Client Apps, the site URL for Experience Cloud.`,
      });
    }
  }
  return findings;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Lower-case scheme and host, no trailing slash: how two audiences are compared. */
function normalized(text: string): string {
  const parsed = parseUrl(text.trim());
  return parsed ? `${parsed.protocol}//${parsed.host}${parsed.pathname}`.replace(/\/+$/, '') : text.trim();
}

function originProblem(aud: string, url: URL): string | undefined {
  if (aud !== aud.trim()) return 'has spaces around it';
  if (url.protocol !== 'https:') return `uses ${url.protocol.replace(':', '')} instead of https`;
  if (url.search || url.hash || aud.includes('?') || aud.includes('#')) return 'has a query or fragment';
  if (url.username || url.password || url.port) return 'has a port or user name';
  if (aud.endsWith('/')) return 'ends with a slash';
  if (url.pathname !== '/' && classifyUrl(aud).role !== 'site') return `has a path (${url.pathname})`;
  return undefined;
}

/** The audiences Salesforce accepts at a token endpoint; a My Domain also accepts the legacy host of its kind. */
function acceptedAudiences(endpoint: string): string[] {
  const base = normalized(endpoint);
  const role: HostRole = classifyUrl(endpoint).role;
  switch (role) {
    case 'login':
      return [LOGIN_URL];
    case 'test':
      return [TEST_URL];
    case 'my-domain':
      return [base, LOGIN_URL];
    case 'sandbox-my-domain':
      return [base, TEST_URL];
    default:
      return [base];
  }
}
