import type { Finding, LintContext } from './finding';

/** The registered claim names Salesforce reads; `prn` is the legacy name of `sub` (prn wins when both are present). */
const CLAIM_NAMES = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'prn'];

const nonEmptyString = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Claim names and the required claims (docs/salesforce-jwt.md, "The assertion"). Names are
 * case-sensitive: `"Iss"` is not `iss` and Salesforce answers invalid_client_id.
 */
export function lintClaims(payload: Record<string, unknown>, context: LintContext): Finding[] {
  const findings: Finding[] = [];
  for (const name of Object.keys(payload)) {
    const lower = name.toLowerCase();
    if (CLAIM_NAMES.includes(lower) && name !== lower) {
      findings.push({
        code: 'claim-name-case',
        severity: 'error',
        where: `claim:${name}`,
        message: `The payload has "${name}": claim names are case-sensitive, Salesforce ignores it and looks for "${lower}".`,
        hint: `Rename "${name}" to "${lower}" (all lower case).`,
      });
    }
  }
  for (const name of ['iss', 'sub', 'prn', 'aud']) {
    const value = payload[name];
    if (typeof value === 'string' && value.trim() !== '' && value !== value.trim()) {
      findings.push({
        code: 'claim-whitespace',
        severity: 'error',
        where: `claim:${name}`,
        message: `"${name}" has spaces or line breaks around its value (${JSON.stringify(value)}): Salesforce compares it as is, so it matches nothing.`,
        hint:
          name === 'iss'
            ? 'Copy the Consumer Key again without the surrounding spaces: an iss with a space gives invalid_client_id.'
            : `Remove the spaces around the ${name} value and sign a fresh assertion.`,
      });
    }
  }
  if (!nonEmptyString(payload.iss)) {
    findings.push({
      code: 'iss-missing',
      severity: 'error',
      where: 'claim:iss',
      message: 'The payload has no "iss" (issuer) string.',
      hint: 'Set iss to the app’s Consumer Key: Setup → App Manager → your app → View → Manage Consumer Details (External Client Apps: Settings → OAuth Settings → Consumer Key and Secret).',
    });
  }
  if (context.purpose !== 'attestation' && !nonEmptyString(payload.sub) && !nonEmptyString(payload.prn)) {
    findings.push({
      code: 'sub-missing',
      severity: 'error',
      where: 'claim:sub',
      message: 'The payload has no "sub" (subject) string.',
      hint: 'Set sub to the exact username of the integration user in that org (sandbox usernames end with .sandboxname): Setup → Users.',
    });
  }
  const aud = payload.aud;
  if (aud === undefined || aud === null || aud === '' || (Array.isArray(aud) && aud.length === 0)) {
    findings.push({
      code: 'aud-missing',
      severity: 'error',
      where: 'claim:aud',
      message: 'The payload has no "aud" (audience).',
      hint: 'Set aud to https://login.salesforce.com (production), https://test.salesforce.com (sandbox), your My Domain URL (External Client Apps) or your Experience Cloud site URL.',
    });
  } else if (Array.isArray(aud)) {
    findings.push({
      code: 'aud-array',
      severity: 'error',
      where: 'claim:aud',
      message: 'The "aud" claim is a list; Salesforce wants a single string.',
      hint: `Send one audience as a plain string, e.g. "aud":${JSON.stringify(typeof aud[0] === 'string' ? aud[0] : 'https://login.salesforce.com')}: a list gives audience is invalid.`,
    });
  }
  if ('jti' in payload) {
    findings.push({
      code: 'jti-present',
      severity: 'info',
      where: 'claim:jti',
      message: 'The token has a "jti" (token id).',
      hint: 'Salesforce rejects a jti it has seen before (replay protection): build a new assertion, with a new jti, for every token request.',
    });
  }
  return findings;
}
