import type { Finding } from './finding';

/**
 * The header must say `"alg":"RS256"` (docs/salesforce-jwt.md): Salesforce verifies RS256 only.
 * RS512 was seen to fail with invalid_client; HS256 (jwt.io's default) and `none` can never work.
 */
export function lintHeader(header: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  for (const name of Object.keys(header)) {
    const lower = name.toLowerCase();
    if ((lower === 'alg' || lower === 'typ' || lower === 'kid') && name !== lower) {
      findings.push({
        code: 'claim-name-case',
        severity: 'error',
        where: 'header',
        message: `The header has "${name}": header names are case-sensitive, it must be "${lower}".`,
        hint: `Rename "${name}" to "${lower}" (all lower case).`,
      });
    }
  }
  const alg = header.alg;
  if (alg === undefined) {
    findings.push({
      code: 'alg-missing',
      severity: 'error',
      where: 'header',
      message: 'The header has no "alg".',
      hint: 'Use the header {"alg":"RS256"}: Salesforce needs to know the token is signed RS256.',
    });
    return findings;
  }
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    findings.push({
      code: 'alg-none',
      severity: 'error',
      where: 'header',
      message: 'The header says "alg":"none": the token claims to be unsigned.',
      hint: 'Salesforce never accepts an unsigned token: sign it RS256 with the private key whose certificate is in the app.',
    });
  } else if (typeof alg === 'string' && /^HS\d+$/i.test(alg)) {
    findings.push({
      code: 'alg-hmac',
      severity: 'error',
      where: 'header',
      message: `The header says "alg":"${alg}": signed with a shared secret, not with your private key.`,
      hint: 'jwt.io and several tutorials default to HS256. Salesforce verifies the assertion with the certificate you uploaded, so choose RS256 and sign with the private key (or use the JWT builder).',
    });
  } else if (alg !== 'RS256') {
    const text = typeof alg === 'string' ? alg : JSON.stringify(alg);
    findings.push({
      code: 'alg-not-rs256',
      severity: 'error',
      where: 'header',
      message:
        typeof alg === 'string' && alg.toUpperCase() === 'RS256'
          ? `The header says "alg":"${text}": algorithm names are case-sensitive.`
          : `The header says "alg":"${text}"; Salesforce only accepts RS256.`,
      hint: 'Use {"alg":"RS256"}: other algorithms (RS512, PS256, ES256) fail with invalid_client or invalid assertion.',
    });
  }
  return findings;
}
