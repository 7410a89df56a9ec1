import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../shell-quote';
import { renderSnippet } from './render-snippet';
import { SNIPPET_LANGS } from './snippet-params';

const params = {
  clientId: '3MVG9abc.def_ghi',
  username: "o'brien@acme.com.uat",
  endpoint: 'https://acme--uat.sandbox.my.salesforce.com/',
  keyFile: '/keys/my key.pem',
};

describe('snippets', () => {
  it('quote shell words so bash reads back exactly the value', () => {
    for (const value of ["o'brien", 'a b', '$HOME `x` "q"', '']) {
      expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
    }
  });

  it('carry every value, with the aud defaulting to the endpoint without its trailing slash', () => {
    for (const lang of SNIPPET_LANGS) {
      const code = renderSnippet(lang, params);
      expect(code, lang).toContain('3MVG9abc.def_ghi');
      expect(code, lang).toContain('acme--uat.sandbox.my.salesforce.com');
    }
    expect(renderSnippet('node', params)).toContain('const audience = "https://acme--uat.sandbox.my.salesforce.com";');
    expect(renderSnippet('node', params)).toContain('"https://acme--uat.sandbox.my.salesforce.com/services/oauth2/token"');
    expect(renderSnippet('sf', params)).not.toContain('SF_AUDIENCE_URL');
  });

  it('escape quotes for Apex and name the certificate for Auth.JWS', () => {
    const apex = renderSnippet('apex', { ...params, certificateName: 'acme_jwt' });
    expect(apex).toContain("jwt.setSub('o\\'brien@acme.com.uat');");
    expect(apex).toContain("new Auth.JWS(jwt, 'acme_jwt')");
    expect(apex).toContain('Remote Site Settings');
  });

  it('send the form body, never JSON, and sign with RS256', () => {
    expect(renderSnippet('curl', params)).toContain("--data-urlencode 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer'");
    expect(renderSnippet('python', params)).toContain('algorithm="RS256"');
    expect(renderSnippet('python', params)).toContain('data={"grant_type"');
    expect(renderSnippet('java', params)).toContain('SHA256withRSA');
    expect(renderSnippet('java', params)).toContain('application/x-www-form-urlencoded');
  });

  it('take the full token URL as the endpoint without doubling its path or putting it in the aud', () => {
    const code = renderSnippet('node', { ...params, endpoint: 'https://acme.my.salesforce.com/services/oauth2/token/' });
    expect(code).toContain('const audience = "https://acme.my.salesforce.com";');
    expect(code).toContain('const tokenUrl = "https://acme.my.salesforce.com/services/oauth2/token";');
    const sf = renderSnippet('sf', { ...params, endpoint: 'https://acme.my.salesforce.com/services/oauth2/token' });
    expect(sf).toContain("--instance-url 'https://acme.my.salesforce.com'");
    expect(sf).not.toContain('SF_AUDIENCE_URL');
  });
});
