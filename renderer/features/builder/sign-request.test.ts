import { describe, expect, it } from 'vitest';
import { type AssertionForm, changedSinceSigning, signRequest } from './sign-request';

const form: AssertionForm = {
  mode: 'bearer',
  clientId: '3MVG9abc',
  username: 'integration@acme.com',
  aud: 'https://login.salesforce.com',
  lifetime: '300',
  withJti: false,
};
const jti = () => 'uuid-1';

describe('signRequest', () => {
  it('builds the jwt.sign input, with a jti only when asked', () => {
    expect(signRequest(form, jti)).toEqual({
      ok: true,
      input: {
        mode: 'bearer',
        iss: '3MVG9abc',
        sub: 'integration@acme.com',
        aud: 'https://login.salesforce.com',
        expiresInSeconds: 300,
      },
    });
    expect(signRequest({ ...form, withJti: true }, jti)).toMatchObject({ input: { jti: 'uuid-1' } });
  });

  it('signs the Consumer Key and username without the spaces or line breaks copied around them', () => {
    expect(signRequest({ ...form, clientId: ' 3MVG9abc\n', username: 'integration@acme.com ' }, jti)).toMatchObject({
      ok: true,
      input: { iss: '3MVG9abc', sub: 'integration@acme.com' },
    });
  });

  it('leaves the username out of a client attestation', () => {
    const request = signRequest({ ...form, mode: 'attestation', username: '', aud: 'https://acme.my.site.com' }, jti);
    expect(request).toEqual({
      ok: true,
      input: { mode: 'attestation', iss: '3MVG9abc', aud: 'https://acme.my.site.com', expiresInSeconds: 300 },
    });
  });

  it('names the field to fix with a coded error and a hint', () => {
    const code = (changes: Partial<AssertionForm>) => {
      const request = signRequest({ ...form, ...changes }, jti);
      return request.ok ? 'ok' : request.error.code;
    };
    expect(code({ clientId: ' ' })).toBe('consumer-key-missing');
    expect(code({ username: '' })).toBe('username-missing');
    expect(code({ aud: '' })).toBe('aud-missing');
    expect(code({ lifetime: '0' })).toBe('bad-lifetime');
    expect(code({ lifetime: '5 min' })).toBe('bad-lifetime');
    expect(code({ lifetime: '1.5' })).toBe('bad-lifetime');
  });

  it('names the claims the form no longer says after a field was edited since signing', () => {
    const payload = { iss: '3MVG9abc', sub: 'integration@acme.com', aud: 'https://login.salesforce.com', exp: 1 };
    expect(changedSinceSigning(payload, { ...form, clientId: ' 3MVG9abc ' })).toEqual([]);
    expect(changedSinceSigning(payload, { ...form, username: 'other@acme.com', aud: 'https://test.salesforce.com' })).toEqual([
      'sub',
      'aud',
    ]);
    const attestation = { iss: '3MVG9abc', aud: 'https://acme.my.site.com', exp: 1 };
    expect(changedSinceSigning(attestation, { ...form, mode: 'attestation', aud: 'https://acme.my.site.com' })).toEqual([]);
    expect(changedSinceSigning(attestation, { ...form, mode: 'bearer', aud: 'https://acme.my.site.com' })).toEqual(['sub']);
  });
});
