import { describe, expect, it } from 'vitest';
import { aliasFromName, aliasProblem, normalizeAlias } from './alias';
import { checkCertificateRequest, checkKeySize, validityWarning } from './key-request';
import { assertKeystorePassword } from './keystore-password';
import { subjectProblems } from './subject';

describe('certificate Unique Name (JKS alias)', () => {
  it.each(['salesforce_jwt', 'A', 'key2', `a${'b'.repeat(63)}`])('accepts %s', (name) => {
    expect(aliasProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'Give'],
    ['1abc', 'Start with a letter'],
    ['_abc', 'Start with a letter'],
    ['my-key', 'letters, digits and underscores'],
    ['my key', 'letters, digits and underscores'],
    ['my__key', 'double underscore'],
    ['my_key_', 'end'],
    [`a${'b'.repeat(64)}`, 'At most 64'],
  ])('refuses %j', (name, problem) => {
    expect(aliasProblem(name)).toContain(problem);
    expect(() => normalizeAlias(name)).toThrow(expect.objectContaining({ code: 'invalid-alias' }));
  });

  it('lower-cases and says so', () => {
    expect(normalizeAlias('My_Key')).toEqual({ alias: 'my_key', lowerCased: true });
    expect(normalizeAlias('my_key')).toEqual({ alias: 'my_key', lowerCased: false });
  });

  it('makes a valid alias from any name', () => {
    for (const [name, alias] of [
      ['1', 'key_1'],
      ['Server Key (2)', 'server_key_2'],
      ['---', 'salesforce_jwt'],
      ['salesforce-jwt', 'salesforce_jwt'],
    ]) {
      expect(aliasFromName(name as string)).toBe(alias);
      expect(aliasProblem(alias as string)).toBeUndefined();
    }
  });
});

describe('certificate request', () => {
  it('validates the country, email and Common Name', () => {
    expect(subjectProblems({ commonName: 'x', country: 'USA' }).country).toContain('Two letters');
    expect(subjectProblems({ commonName: 'x', country: 'u1' }).country).toContain('Two letters');
    expect(subjectProblems({ commonName: ' ', email: 'nope' })).toMatchObject({
      commonName: expect.any(String),
      email: expect.any(String),
    });
    expect(subjectProblems({ commonName: 'x', country: 'us', email: 'a@b.co' })).toEqual({});
  });

  it('normalizes a request: country upper-cased, blanks dropped, alias lower-cased', () => {
    expect(
      checkCertificateRequest({
        subject: { commonName: ' jwt ', country: 'fr', organization: '  ' },
        days: 365,
        alias: 'Jwt_Key',
      }),
    ).toEqual({ subject: { commonName: 'jwt', country: 'FR' }, days: 365, alias: 'jwt_key', aliasLowerCased: true });
    expect(() => checkCertificateRequest({ subject: { commonName: 'x', country: 'FRA' }, days: 1, alias: 'a' })).toThrow(
      expect.objectContaining({ code: 'invalid-country' }),
    );
    expect(() => checkCertificateRequest({ subject: { commonName: 'x' }, days: 0, alias: 'a' })).toThrow(
      expect.objectContaining({ code: 'invalid-validity' }),
    );
  });

  it('warns past three years of validity', () => {
    expect(validityWarning(1095)).toBeUndefined();
    expect(validityWarning(1096)).toContain('More than 3 years');
  });

  it('takes 2048, 3072 and 4096-bit keys only, and keystore passwords of 6 characters or more', () => {
    expect(checkKeySize(3072)).toBe(3072);
    expect(() => checkKeySize(1024)).toThrow(expect.objectContaining({ code: 'invalid-key-size' }));
    expect(assertKeystorePassword('123456')).toBe('123456');
    expect(() => assertKeystorePassword('12345')).toThrow(expect.objectContaining({ code: 'password-too-short' }));
  });
});
