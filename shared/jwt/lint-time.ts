import type { Finding } from './finding';
import { formatDuration, isoDate, MILLISECONDS_THRESHOLD, numericDate } from './relative-time';

/** Salesforce tolerates about 3 minutes of clock skew on `exp` (Salesforce help, "OAuth 2.0 JWT Bearer Flow"). */
export const CLOCK_SKEW_SECONDS = 180;
/** Longer than this, an assertion is a replayable credential for no benefit: Salesforce uses it once. */
export const LONG_LIFETIME_SECONDS = 3600;

/**
 * `exp` is required, a NumericDate in SECONDS (RFC 7519 §2), in the future on arrival; `nbf` and `iat` are
 * optional but must not be in the future.
 */
export function lintTimes(payload: Record<string, unknown>, now: number): Finding[] {
  const findings: Finding[] = [];
  const exp = payload.exp;
  const seconds = numericDate(exp);
  if (exp === undefined) {
    findings.push({
      code: 'exp-missing',
      severity: 'error',
      where: 'claim:exp',
      message: 'The payload has no "exp" (expiry).',
      hint: 'Set exp to now + 120 to 300 seconds, as a number of seconds since 1970 (not milliseconds).',
    });
  } else if (seconds === undefined) {
    findings.push({
      code: typeof exp === 'string' ? 'exp-string' : 'exp-missing',
      severity: 'error',
      where: 'claim:exp',
      message: `The "exp" claim is ${JSON.stringify(exp)}, not a date in seconds.`,
      hint: 'Set exp to now + 120 to 300 seconds, as a number of seconds since 1970.',
    });
  }
  if (typeof exp === 'string' && seconds !== undefined) {
    findings.push({
      code: 'exp-string',
      severity: 'warning',
      where: 'claim:exp',
      message: 'The "exp" claim is a string; RFC 7519 wants a number.',
      hint: `Salesforce accepts it (its help page’s example uses one), but write it as a number: "exp":${seconds}.`,
    });
  }
  if (seconds !== undefined) findings.push(...expiryFindings(seconds, now));
  findings.push(...notInFuture(payload, 'nbf', now), ...notInFuture(payload, 'iat', now));
  return findings;
}

function expiryFindings(exp: number, now: number): Finding[] {
  if (exp > MILLISECONDS_THRESHOLD) {
    return [
      {
        code: 'exp-milliseconds',
        severity: 'warning',
        where: 'claim:exp',
        message: `The "exp" ${exp} looks like milliseconds (${isoDate(exp / 1000) ?? 'a date'} in milliseconds, or a date thousands of years away in seconds).`,
        hint: 'exp is in seconds since 1970: divide by 1000 (Math.floor(Date.now() / 1000) + 300). Salesforce accepts it, so it is not the cause of a failure, but the assertion then never expires.',
      },
    ];
  }
  if (exp <= now) {
    const graceLeft = exp + CLOCK_SKEW_SECONDS - now;
    return [
      {
        code: 'exp-past',
        severity: 'error',
        where: 'claim:exp',
        message: `The token expired ${formatDuration(now - exp)} ago (${isoDate(exp)}).`,
        hint:
          graceLeft > 0
            ? `Salesforce allows about 3 minutes of clock skew, so it may pass for ${formatDuration(graceLeft)} more; do not rely on it: build a new assertion (exp = now + 300 s) and check this computer’s clock.`
            : 'This is past even the ~3 minutes of clock skew Salesforce allows: it answers expired authorization code. Build a new assertion with exp = now + 120 to 300 s, in seconds, and check this computer’s clock.',
      },
    ];
  }
  if (exp - now > LONG_LIFETIME_SECONDS) {
    return [
      {
        code: 'exp-far-future',
        severity: 'info',
        where: 'claim:exp',
        message: `The token is valid for ${formatDuration(exp - now)} more.`,
        hint: 'Salesforce enforces no maximum, but the assertion is used once: 2 to 5 minutes limit what a leaked assertion can do.',
      },
    ];
  }
  return [];
}

function notInFuture(payload: Record<string, unknown>, claim: 'nbf' | 'iat', now: number): Finding[] {
  const value = numericDate(payload[claim]);
  if (value === undefined || value <= now) return [];
  const code = claim === 'nbf' ? 'nbf-future' : 'iat-future';
  return [
    {
      code,
      severity: 'warning',
      where: `claim:${claim}`,
      message:
        claim === 'nbf'
          ? `The token is not valid before ${isoDate(value) ?? value} (in ${formatDuration(value - now)}).`
          : `The token claims it was issued in the future: ${isoDate(value) ?? value} (in ${formatDuration(value - now)}).`,
      hint:
        value > MILLISECONDS_THRESHOLD
          ? `${claim} looks like milliseconds: use seconds since 1970, or leave it out (Salesforce does not need it).`
          : `Check the clock of the computer that built the token, or leave ${claim} out (Salesforce does not need it).`,
    },
  ];
}
