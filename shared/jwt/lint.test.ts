import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOGIN_URL, TEST_URL } from '../salesforce/endpoints';
import type { FindingCode, LintContext } from './finding';
import { lintJwt } from './lint';

const NOW = 1_800_000_000;
const KEY = `3MVG9${'x'.repeat(80)}`;
const SIG = 'c2lnbmF0dXJl';

const seg = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const HEADER = seg({ alg: 'RS256' });
const CLAIMS = { iss: KEY, sub: 'integration@acme.com', aud: LOGIN_URL, exp: NOW + 300 };

/** A token from a header and claims; the signature is opaque to the linter. */
function token(header: unknown = { alg: 'RS256' }, payload: unknown = CLAIMS, signature = SIG): string {
  return `${seg(header)}.${seg(payload)}.${signature}`;
}

const withClaims = (changes: Record<string, unknown>, drop: string[] = []) => {
  const claims: Record<string, unknown> = { ...CLAIMS, ...changes };
  for (const name of drop) delete claims[name];
  return token(undefined, claims);
};

const codes = (jwt: string, context: LintContext = {}) => lintJwt(jwt, { now: NOW, ...context }).findings.map((f) => f.code);

interface Case {
  code: FindingCode;
  trigger: string;
  nearMiss: string;
  context?: LintContext;
}

/** Every finding code: one token that triggers it, and one close to it that must not. */
const cases: Case[] = [
  { code: 'not-three-segments', trigger: `${HEADER}.${seg(CLAIMS)}`, nearMiss: `${HEADER}.${seg(CLAIMS)}.` },
  { code: 'bearer-prefix', trigger: `Bearer ${token()}`, nearMiss: `Bearertoken.${token()}` },
  {
    code: 'access-token-not-jwt',
    trigger: `00D5g000004XyZa!AQ4AQFk8mP2Rz.${'q'.repeat(90)}`,
    nearMiss: `00D5g000004XyZa.${seg(CLAIMS)}.${SIG}`,
  },
  {
    code: 'jwe-not-jws',
    trigger: `${seg({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.${'k'.repeat(43)}.${'i'.repeat(16)}.${'c'.repeat(40)}.${'t'.repeat(22)}`,
    nearMiss: `${token()}.extra`,
  },
  { code: 'bad-base64url', trigger: token(undefined, undefined, 'ab+c/def'), nearMiss: token(undefined, undefined, 'ab-c_def') },
  { code: 'base64-padding', trigger: token(undefined, undefined, 'c2lnbg=='), nearMiss: token(undefined, undefined, 'c2lnbg') },
  {
    code: 'whitespace-in-token',
    trigger: `${HEADER}.${seg(CLAIMS).slice(0, 20)}\n${seg(CLAIMS).slice(20)}.${SIG}`,
    nearMiss: `  ${token()}\n`,
  },
  { code: 'bad-json', trigger: `${HEADER}.${seg('{iss: "x"}')}.${SIG}`, nearMiss: token() },
  { code: 'alg-missing', trigger: token({ typ: 'JWT' }), nearMiss: token({ alg: 'RS256', typ: 'JWT' }) },
  { code: 'alg-not-rs256', trigger: token({ alg: 'RS512' }), nearMiss: token({ alg: 'RS256' }) },
  { code: 'alg-hmac', trigger: token({ alg: 'HS256' }), nearMiss: token({ alg: 'RS256' }) },
  { code: 'alg-none', trigger: token({ alg: 'none' }, CLAIMS, ''), nearMiss: token({ alg: 'RS256' }) },
  {
    code: 'claim-name-case',
    trigger: withClaims({ Iss: KEY }, ['iss']),
    nearMiss: withClaims({ issuer: 'a custom claim' }),
  },
  {
    code: 'claim-whitespace',
    trigger: withClaims({ iss: `${KEY} ` }),
    nearMiss: withClaims({ iss: KEY, sub: 'integration@acme.com' }),
  },
  { code: 'iss-missing', trigger: withClaims({}, ['iss']), nearMiss: withClaims({ iss: KEY }) },
  { code: 'sub-missing', trigger: withClaims({}, ['sub']), nearMiss: withClaims({ prn: 'integration@acme.com' }, ['sub']) },
  { code: 'aud-missing', trigger: withClaims({}, ['aud']), nearMiss: withClaims({ aud: TEST_URL }) },
  { code: 'exp-missing', trigger: withClaims({}, ['exp']), nearMiss: withClaims({ exp: NOW + 120 }) },
  { code: 'aud-array', trigger: withClaims({ aud: [LOGIN_URL] }), nearMiss: withClaims({ aud: LOGIN_URL }) },
  {
    code: 'aud-not-origin',
    trigger: withClaims({ aud: `${LOGIN_URL}/` }),
    nearMiss: withClaims({ aud: 'https://acme.my.site.com/partners' }),
  },
  {
    code: 'aud-unknown-host',
    trigger: withClaims({ aud: 'https://login.example.com' }),
    nearMiss: withClaims({ aud: 'https://acme--uat.sandbox.my.salesforce.com' }),
  },
  {
    code: 'aud-endpoint-mismatch',
    trigger: withClaims({ aud: TEST_URL }),
    // The same aud posted where it belongs.
    nearMiss: withClaims({ aud: LOGIN_URL }),
    context: { endpoint: LOGIN_URL },
  },
  { code: 'exp-string', trigger: withClaims({ exp: String(NOW + 300) }), nearMiss: withClaims({ exp: NOW + 300 }) },
  { code: 'exp-milliseconds', trigger: withClaims({ exp: (NOW + 300) * 1000 }), nearMiss: withClaims({ exp: NOW + 300 }) },
  { code: 'exp-past', trigger: withClaims({ exp: NOW - 10 }), nearMiss: withClaims({ exp: NOW + 10 }) },
  { code: 'exp-far-future', trigger: withClaims({ exp: NOW + 86_400 }), nearMiss: withClaims({ exp: NOW + 3600 }) },
  { code: 'nbf-future', trigger: withClaims({ nbf: NOW + 60 }), nearMiss: withClaims({ nbf: NOW }) },
  { code: 'iat-future', trigger: withClaims({ iat: NOW + 60 }), nearMiss: withClaims({ iat: NOW }) },
  { code: 'jti-present', trigger: withClaims({ jti: '5f1c7a52-9d0c-4a8e-b1f0-3c2d4e5f6a7b' }), nearMiss: token() },
  { code: 'unsigned', trigger: token(undefined, undefined, ''), nearMiss: token() },
];

describe('lintJwt', () => {
  it('finds nothing wrong with a correct bearer assertion', () => {
    expect(lintJwt(token(), { now: NOW, endpoint: LOGIN_URL })).toEqual({
      header: { alg: 'RS256' },
      payload: CLAIMS,
      findings: [],
    });
  });

  it('has a case for every finding code', () => {
    expect(new Set(cases.map((c) => c.code)).size).toBe(30);
  });

  for (const c of cases) {
    it(`${c.code}: triggered, and not by its near miss`, () => {
      const report = lintJwt(c.trigger, { now: NOW, ...c.context });
      const finding = report.findings.find((f) => f.code === c.code);
      expect(finding).toBeDefined();
      expect(finding?.message.length).toBeGreaterThan(10);
      expect(finding?.hint.length).toBeGreaterThan(10);
      expect(finding?.where).toMatch(/^(token|header|payload|signature|claim:\w+)$/);
      expect(codes(c.nearMiss, c.context)).not.toContain(c.code);
    });
  }

  it('names the claim a wrong-case name is about, and that Salesforce ignores it', () => {
    const findings = lintJwt(withClaims({ Iss: KEY, SUB: 'x', Exp: NOW }, ['iss', 'sub']), { now: NOW }).findings;
    expect(findings.filter((f) => f.code === 'claim-name-case').map((f) => f.where)).toEqual([
      'claim:Iss',
      'claim:SUB',
      'claim:Exp',
    ]);
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['iss-missing', 'sub-missing']));
  });

  it('explains jwt.io’s HS256 default, and does not also call it simply not RS256', () => {
    const report = lintJwt(token({ alg: 'HS256', typ: 'JWT' }), { now: NOW });
    expect(report.findings.map((f) => f.code)).toEqual(['alg-hmac']);
    expect(report.findings[0]?.hint).toContain('jwt.io');
  });

  it('tells a segment cut short (a length base64url never has) from one with foreign characters', () => {
    const cut = lintJwt(`${HEADER}.${seg(CLAIMS)}.${SIG}a`, { now: NOW }).findings;
    expect(cut).toEqual([expect.objectContaining({ code: 'bad-base64url', where: 'signature' })]);
    expect(cut[0]?.message).toBe(
      `The signature is ${SIG.length + 1} characters long, a length base64url never has: it is cut short or has a character too many.`,
    );
    expect(cut[0]?.hint).toContain('Copy the whole token again');
    expect(lintJwt('a.b.c', { now: NOW }).findings[0]?.message).toBe(
      'The header is 1 character long, a length base64url never has: it is cut short or has a character too many.',
    );
    const foreign = lintJwt(token(undefined, undefined, 'ab*d'), { now: NOW }).findings[0];
    expect(foreign?.message).toBe('The signature contains characters that are not base64url.');
  });

  it('treats a lower-case rs256 as the wrong algorithm name', () => {
    expect(lintJwt(token({ alg: 'rs256' }), { now: NOW }).findings[0]).toMatchObject({
      code: 'alg-not-rs256',
      message: expect.stringContaining('case-sensitive'),
    });
  });

  it('grades time claims: string exp is a warning, milliseconds a warning, past an error with the skew, far future info', () => {
    const severity = (jwt: string, code: FindingCode) =>
      lintJwt(jwt, { now: NOW }).findings.find((f) => f.code === code)?.severity;
    expect(severity(withClaims({ exp: String(NOW + 300) }), 'exp-string')).toBe('warning');
    expect(severity(withClaims({ exp: 'tomorrow' }), 'exp-string')).toBe('error');
    expect(severity(withClaims({ exp: (NOW + 300) * 1000 }), 'exp-milliseconds')).toBe('warning');
    expect(severity(withClaims({ exp: NOW - 3600 }), 'exp-past')).toBe('error');
    expect(severity(withClaims({ exp: NOW + 86_400 }), 'exp-far-future')).toBe('info');
    expect(severity(withClaims({ jti: 'a' }), 'jti-present')).toBe('info');
    const justExpired = lintJwt(withClaims({ exp: NOW - 60 }), { now: NOW }).findings[0];
    expect(justExpired?.message).toBe(`The token expired 60 s ago (${new Date((NOW - 60) * 1000).toISOString()}).`);
    expect(justExpired?.hint).toContain('3 minutes');
    expect(codes(withClaims({ exp: (NOW + 300) * 1000 }))).toEqual(['exp-milliseconds']);
  });

  it('accepts a string exp as Salesforce does, still checking whether it is past', () => {
    expect(codes(withClaims({ exp: String(NOW - 5) }))).toEqual(['exp-string', 'exp-past']);
  });

  it('flags every way an aud is not a bare origin, except an Experience Cloud site path', () => {
    for (const aud of [
      'http://login.salesforce.com',
      'https://login.salesforce.com/services/oauth2/token',
      'https://acme.my.salesforce.com/',
      'https://login.salesforce.com?x=1',
      'login.salesforce.com',
    ]) {
      expect(codes(withClaims({ aud })), aud).toContain('aud-not-origin');
    }
    expect(codes(withClaims({ aud: 'https://acme.my.site.com/partners/' }))).toContain('aud-not-origin');
    expect(codes(withClaims({ aud: 'https://acme.my.site.com/partners' }))).toEqual([]);
  });

  it('matches the aud with the endpoint: test for sandboxes, My Domain or its legacy host, the site itself', () => {
    const mismatch = (aud: string, endpoint: string) =>
      codes(withClaims({ aud }), { endpoint }).includes('aud-endpoint-mismatch');
    expect(mismatch(TEST_URL, LOGIN_URL)).toBe(true);
    expect(mismatch(LOGIN_URL, TEST_URL)).toBe(true);
    expect(mismatch(TEST_URL, TEST_URL)).toBe(false);
    expect(mismatch('https://acme.my.salesforce.com', 'https://acme.my.salesforce.com')).toBe(false);
    expect(mismatch(LOGIN_URL, 'https://acme.my.salesforce.com')).toBe(false);
    expect(mismatch(TEST_URL, 'https://acme.my.salesforce.com')).toBe(true);
    expect(mismatch(TEST_URL, 'https://acme--uat.sandbox.my.salesforce.com')).toBe(false);
    expect(mismatch('https://other.my.salesforce.com', 'https://acme.my.salesforce.com')).toBe(true);
    expect(mismatch('https://acme.my.site.com/partners', 'https://acme.my.site.com/partners')).toBe(false);
    expect(mismatch(LOGIN_URL, 'https://acme.my.site.com/partners')).toBe(true);
    // A host typed without https:// is the same endpoint; a half-typed one (the inspector's field) is none yet.
    expect(mismatch(LOGIN_URL, 'login.salesforce.com')).toBe(false);
    expect(mismatch(LOGIN_URL, 'test.salesforce.com')).toBe(true);
    expect(mismatch(LOGIN_URL, 'https://')).toBe(false);
    expect(mismatch(LOGIN_URL, '  ')).toBe(false);
  });

  it('does not ask a client attestation for a sub', () => {
    expect(codes(withClaims({}, ['sub']), { purpose: 'attestation' })).toEqual([]);
  });

  it('still reports on a token that cannot be split, and decodes what it can', () => {
    expect(lintJwt('', { now: NOW }).findings.map((f) => f.code)).toEqual(['not-three-segments']);
    const pem = lintJwt('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', { now: NOW });
    expect(pem.findings.map((f) => f.code)).toEqual(['whitespace-in-token', 'not-three-segments']);
    expect(pem.findings[1]?.message).toContain('PEM');
    const fourParts = lintJwt(`${token()}.extra`, { now: NOW });
    expect(fourParts.findings.map((f) => f.code)).toEqual(['not-three-segments']);
    expect(fourParts.payload).toEqual(CLAIMS);
    expect(lintJwt('a.b.c.d.e', { now: NOW }).findings[0]?.message).toContain('JWE');
  });

  it('still decodes and checks the JWT after a Bearer prefix', () => {
    const report = lintJwt(`Bearer ${withClaims({ aud: `${LOGIN_URL}/` })}`, { now: NOW });
    expect(report.findings.map((f) => f.code)).toEqual(['bearer-prefix', 'aud-not-origin']);
    expect(report.header).toEqual({ alg: 'RS256' });
    expect(report.payload?.iss).toBe(KEY);
  });

  it('names an access token or a JWE in one finding, without lint rules meant for a signed JWT', () => {
    for (const id of ['00D5g000004XyZa', '00D5g000004XyZaEAK']) {
      expect(codes(`${id}!AQ4AQFk8mP2Rz.x_-y${'z'.repeat(60)}`)).toEqual(['access-token-not-jwt']);
    }
    const jwe = lintJwt(`${seg({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`, { now: NOW });
    expect(jwe.findings.map((f) => f.code)).toEqual(['jwe-not-jws']);
    expect(jwe.header).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM' });
  });

  it('says = padding once, naming every padded segment', () => {
    const padded = lintJwt(`${HEADER}==.${seg(CLAIMS)}=.${SIG}`, { now: NOW }).findings.filter(
      (f) => f.code === 'base64-padding',
    );
    expect(padded).toEqual([expect.objectContaining({ where: 'token', message: 'The header and payload end with = padding.' })]);
  });

  it('flags the Salesforce help page’s trap: padding and line breaks copied with the token', () => {
    const padded = `${Buffer.from(JSON.stringify({ alg: 'RS256' })).toString('base64')}.${Buffer.from(JSON.stringify(CLAIMS)).toString('base64')}.${SIG}`;
    const wrapped = padded.replace(/(.{64})/g, '$1\n');
    const found = codes(wrapped);
    expect(found).toContain('whitespace-in-token');
    expect(found.filter((c) => c === 'base64-padding').length).toBeGreaterThan(0);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_\-=+/. \n]{0,120}$/)), (text) => {
        const report = lintJwt(text, { now: NOW, endpoint: LOGIN_URL });
        expect(Array.isArray(report.findings)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (header, payload) => {
        expect(Array.isArray(lintJwt(token(header, payload), { now: NOW }).findings)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
