import { MAX_JSON_DEPTH } from '../json/json-depth';
import type { Finding } from './finding';
import type { CompactJwt, JsonSegment } from './read-compact-jwt';

/**
 * The token's shape: three base64url segments without padding or line breaks (RFC 7515 §7.1). Salesforce's
 * own help page shows an example with `=` padding and line breaks: a trap, it answers `invalid assertion`.
 */
export function lintStructure(jwt: CompactJwt): Finding[] {
  const findings: Finding[] = [];
  if (jwt.bearerPrefix) {
    findings.push({
      code: 'bearer-prefix',
      severity: 'error',
      where: 'token',
      message: 'The text starts with "Bearer ": that is the Authorization header’s scheme, not part of the JWT.',
      hint: 'Send only the token after "Bearer " as the assertion parameter; the JWT after it is checked below.',
    });
  }
  if (jwt.innerWhitespace) {
    findings.push({
      code: 'whitespace-in-token',
      severity: 'error',
      where: 'token',
      message: 'The token contains spaces or line breaks.',
      hint: 'Copy the token as one unbroken line: a wrapped copy (e-mail, a help page, a terminal) adds line breaks Salesforce rejects as invalid assertion.',
    });
  }
  if (jwt.segments.length !== 3) findings.push(segmentCountFinding(jwt));
  const named: [string, string | undefined][] = [
    ['header', jwt.header?.text],
    ['payload', jwt.payload?.text],
    ['signature', jwt.signature?.text],
  ];
  // One finding for the padding however many segments carry it: the same fix said three times reads as three problems.
  const padded = named.filter(([, text]) => text !== undefined && /=/.test(text)).map(([where]) => where);
  if (padded.length > 0) {
    findings.push({
      code: 'base64-padding',
      severity: 'error',
      where: padded.length === 1 ? (padded[0] as string) : 'token',
      message:
        padded.length === 1
          ? `The ${padded[0]} ends with = padding.`
          : `The ${padded.slice(0, -1).join(', ')} and ${padded.at(-1)} end with = padding.`,
      hint: 'JWT segments are base64url without padding: remove the trailing = signs (the example on Salesforce’s help page has them; do not copy it).',
    });
  }
  for (const [where, text] of named) {
    if (text === undefined) continue;
    if (/[^A-Za-z0-9_=-]/.test(text) || text.replace(/=+$/, '').length % 4 === 1) {
      findings.push(base64urlFinding(where, text));
    }
  }
  for (const [where, segment] of [
    ['header', jwt.header],
    ['payload', jwt.payload],
  ] as const) {
    if (segment) findings.push(...jsonFinding(where, segment));
  }
  if (jwt.signature?.text === '') {
    findings.push({
      code: 'unsigned',
      severity: 'error',
      where: 'signature',
      message: 'The token has no signature.',
      hint: 'Salesforce only accepts a token signed RS256 with the private key whose certificate is uploaded to the app: sign it in the JWT builder.',
    });
  }
  return findings;
}

function segmentCountFinding(jwt: CompactJwt): Finding {
  const count = jwt.segments.length;
  // Pasting the private key as the assertion is a real cause of invalid assertion (docs/salesforce-jwt.md, errors).
  const message = jwt.compact.includes('-----BEGIN')
    ? 'This is a PEM block (a key or a certificate), not a JWT.'
    : count === 0
      ? 'The token is empty.'
      : count === 5
        ? 'This has five segments: it is an encrypted JWT (JWE), not a signed one.'
        : `The token has ${count} segment${count === 1 ? '' : 's'} instead of three (header.payload.signature).`;
  return {
    code: 'not-three-segments',
    severity: 'error',
    where: 'token',
    message,
    hint:
      count === 2
        ? 'The signature is missing: paste the whole token, up to the end of the third part.'
        : 'A JWT Bearer assertion is header.payload.signature separated by two dots: paste the whole assertion, not a private key or an access token.',
  };
}

function base64urlFinding(where: string, text: string): Finding {
  const standard = /[+/]/.test(text);
  // Every character may be right and the segment still cut short: no base64 text has a length of 4n + 1.
  const cutShort = !standard && /^[A-Za-z0-9_-]*=*$/.test(text);
  const length = text.replace(/=+$/, '').length;
  return {
    code: 'bad-base64url',
    severity: 'error',
    where,
    message: standard
      ? `The ${where} uses the standard base64 alphabet (+ or /), not base64url.`
      : cutShort
        ? `The ${where} is ${length} character${length === 1 ? '' : 's'} long, a length base64url never has: it is cut short or has a character too many.`
        : `The ${where} contains characters that are not base64url.`,
    hint: standard
      ? 'Encode each segment with base64url (- and _ instead of + and /, no padding): standard base64 gives Salesforce’s invalid assertion.'
      : cutShort
        ? 'Copy the whole token again: a character was lost or added when it was copied.'
        : 'Each segment may only use letters, digits, - and _: the token was damaged when copied.',
  };
}

function jsonFinding(where: 'header' | 'payload', segment: JsonSegment): Finding[] {
  if (!segment.problem || segment.problem === 'not-base64') return [];
  if (segment.problem === 'too-deep') {
    return [
      {
        code: 'json-too-deep',
        severity: 'error',
        where,
        message: `The decoded ${where} nests deeper than ${MAX_JSON_DEPTH} levels; it is not decoded further.`,
        hint: 'A JWT Bearer assertion is a flat object (iss, sub, aud, exp): this token was built to break parsers, or is not the one meant.',
      },
    ];
  }
  const why = {
    'not-utf8': 'is not UTF-8 text',
    'not-json': 'is not valid JSON',
    'not-object': 'is JSON but not an object',
  }[segment.problem];
  return [
    {
      code: 'bad-json',
      severity: 'error',
      where,
      message: `The decoded ${where} ${why}.`,
      hint:
        where === 'header'
          ? 'The header must be a JSON object such as {"alg":"RS256"}.'
          : 'The payload must be a JSON object with the iss, sub, aud and exp claims, with double-quoted names.',
    },
  ];
}
