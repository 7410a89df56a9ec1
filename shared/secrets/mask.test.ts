import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecretsInJson, maskSecretsInText, maskToken } from './mask';

const ACCESS = '00D5g000004ABCD!AQ4AQLongAccessTokenValueForTheTest0123456789abcdef';
const REFRESH = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ.DifferentRefreshValue9q8w7e';
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIwMDUifQ.c2lnbmF0dXJl';

describe('maskSecretsInText', () => {
  it('masks Authorization values, session ids, JWTs and opaque credentials', () => {
    const text = `Authorization: Bearer ${ACCESS} sid=${ACCESS} id ${ID_TOKEN} refresh ${REFRESH}`;
    const masked = maskSecretsInText(text);
    for (const secret of [ACCESS, REFRESH, ID_TOKEN]) expect(masked).not.toContain(secret);
    expect(masked).toContain('Authorization: Bearer 00D5…cdef');
  });

  it('leaves what is no secret: URLs, host names, fingerprints, prose', () => {
    const plain = [
      'https://acme--uat.sandbox.my.salesforce.com/id/00D5g000004ABCDEAA/0055g000005EFGHAAA',
      'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
      "user hasn't approved this consumer",
      'expired access/refresh token',
    ];
    for (const text of plain) expect(maskSecretsInText(text)).toBe(text);
  });

  it('masks a known secret wherever it appears, even cut or glued to other text', () => {
    expect(maskSecretsInText(`x${'secret-value-1'}y`, ['secret-value-1'])).toBe(`x${maskToken('secret-value-1')}y`);
  });
});

describe('maskSecretsInJson', () => {
  it('masks credential fields whole and strings everywhere, in a copy', () => {
    const answer = {
      access_token: ACCESS,
      refresh_token: REFRESH,
      id_token: ID_TOKEN,
      nested: [{ note: `Bearer ${ACCESS}` }],
      n: 1,
    };
    const masked = JSON.stringify(maskSecretsInJson(answer));
    for (const secret of [ACCESS, REFRESH, ID_TOKEN]) expect(masked).not.toContain(secret);
    expect(answer.access_token).toBe(ACCESS);
    expect(JSON.parse(masked).n).toBe(1);
  });

  it('never throws and never lets a planted token through, at any depth (fuzz)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 1000 }), (value, depth) => {
        let nested: unknown = { refresh_token: REFRESH, value };
        for (let i = 0; i < depth; i++) nested = [nested];
        expect(JSON.stringify(maskSecretsInJson(nested))).not.toContain(REFRESH);
      }),
      { numRuns: 60 },
    );
  });
});
