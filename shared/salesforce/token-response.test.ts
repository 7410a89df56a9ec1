import { describe, expect, it } from 'vitest';
import { maskToken } from '../secrets/mask';
import { abbreviateAssertion, curlCommand } from './curl-command';
import { readResponseBody, tokenErrorOf, tokenGrantOf, withMaskedToken } from './token-response';

const TOKEN = '00D5g000004ABCD!AQ0AQHx1y2z3.token_value_for_tests_only_0123456789';

describe('reading a token endpoint answer', () => {
  it('pretty-prints JSON and reads an OAuth error', () => {
    const body = readResponseBody(
      'application/json;charset=UTF-8',
      '{"error":"invalid_grant","error_description":"audience is invalid"}',
    );
    expect(body).toMatchObject({
      kind: 'json',
      pretty: '{\n  "error": "invalid_grant",\n  "error_description": "audience is invalid"\n}',
    });
    expect(tokenErrorOf(body)).toEqual({ error: 'invalid_grant', description: 'audience is invalid' });
  });

  it('turns HTML into its title and a short text excerpt, even without a content type', () => {
    const page = `<!DOCTYPE html><html><head><title> Maintenance </title><style>p{}</style></head><body><p>Back &amp; soon</p>${'x '.repeat(400)}</body></html>`;
    const body = readResponseBody(undefined, page);
    expect(body.kind).toBe('html');
    if (body.kind !== 'html') return;
    expect(body.title).toBe('Maintenance');
    expect(body.excerpt.startsWith('Back & soon x x')).toBe(true);
    expect(body.excerpt.length).toBeLessThanOrEqual(401);
  });

  it('knows empty and plain text bodies', () => {
    expect(readResponseBody('text/plain', '  ')).toEqual({ kind: 'empty' });
    expect(readResponseBody('text/plain', 'Bad Gateway')).toEqual({ kind: 'text', excerpt: 'Bad Gateway' });
  });

  it('reads the grant and masks the token everywhere it is shown', () => {
    const json = {
      access_token: TOKEN,
      instance_url: 'https://acme.my.salesforce.com',
      id: 'https://login.salesforce.com/id/00D/005',
      token_type: 'Bearer',
      scope: 'api',
    };
    const body = readResponseBody('application/json', JSON.stringify(json));
    expect(tokenGrantOf(body)).toMatchObject({ accessToken: TOKEN, tokenType: 'Bearer', scope: 'api' });
    const masked = withMaskedToken(body);
    expect(JSON.stringify(masked)).not.toContain(TOKEN);
    expect(JSON.stringify(masked)).not.toContain(TOKEN.slice(4, -4));
    expect(maskToken(TOKEN)).toBe(`00D5…6789 (${TOKEN.length} characters, hidden)`);
    expect(maskToken('short')).toBe('•••••');
  });
});

describe('the request as text', () => {
  it('quotes every value for a POSIX shell and abbreviates the assertion for display', () => {
    const command = curlCommand('https://login.salesforce.com/', "a.b'c");
    expect(command).toBe(
      "curl -sS -X POST 'https://login.salesforce.com/services/oauth2/token' -H 'Accept: application/json' -H 'Content-Type: application/x-www-form-urlencoded' --data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer' --data-urlencode 'assertion=a.b'\\''c'",
    );
    const jwt = `eyJhbGciOiJSUzI1NiJ9.${'p'.repeat(200)}.${'s'.repeat(300)}`;
    expect(abbreviateAssertion(jwt)).toBe(`eyJhbGciOiJSUzI1NiJ9…ssssssssssss (${jwt.length} characters)`);
  });
});
