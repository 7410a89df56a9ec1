import { describe, expect, it } from 'vitest';
import { lintJwt } from './lint';
import { reencodeJwt } from './reencode';

const seg = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const TOKEN = `${seg({ alg: 'RS256' })}.${seg({ iss: 'a', sub: 'ü@acme.com' })}.c2ln`;

describe('reencodeJwt', () => {
  it('replaces the payload with the edited JSON and keeps the header and the old signature', () => {
    const edited = reencodeJwt(TOKEN, 'payload', '{\n  "iss": "b",\n  "sub": "ü@acme.com"\n}');
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    const [header, payload, signature] = edited.token.split('.');
    expect(header).toBe(TOKEN.split('.')[0]);
    expect(signature).toBe('c2ln');
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))).toEqual({ iss: 'b', sub: 'ü@acme.com' });
    expect(lintJwt(edited.token).payload).toEqual({ iss: 'b', sub: 'ü@acme.com' });
  });

  it('leaves the token alone while the JSON is not an object yet', () => {
    expect(reencodeJwt(TOKEN, 'header', '{"alg": ')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('Not valid JSON'),
    });
    expect(reencodeJwt(TOKEN, 'header', '[1]')).toEqual({ ok: false, problem: 'The header must be a JSON object ({ … }).' });
  });
});
