import { describe, expect, it } from 'vitest';
import { consumerKeyProblem } from './consumer-key';
import { classifyUrl, myDomainNameProblem, resolveEnvironment, tokenUrl } from './endpoints';
import { sandboxSuffix } from './username';

describe('Salesforce endpoints', () => {
  it('resolves each environment to its token host and aud', () => {
    expect(resolveEnvironment({ kind: 'production' })).toEqual({
      endpoint: 'https://login.salesforce.com',
      aud: 'https://login.salesforce.com',
    });
    expect(resolveEnvironment({ kind: 'sandbox' })).toEqual({
      endpoint: 'https://test.salesforce.com',
      aud: 'https://test.salesforce.com',
    });
    expect(resolveEnvironment({ kind: 'my-domain', myDomain: 'Acme' }).aud).toBe('https://acme.my.salesforce.com');
    expect(resolveEnvironment({ kind: 'my-domain', myDomain: 'acme', sandboxName: 'UAT' }).aud).toBe(
      'https://acme--uat.sandbox.my.salesforce.com',
    );
    expect(resolveEnvironment({ kind: 'site', siteUrl: 'https://acme.my.site.com/partners/' }).aud).toBe(
      'https://acme.my.site.com/partners',
    );
    expect(tokenUrl('https://login.salesforce.com/')).toBe('https://login.salesforce.com/services/oauth2/token');
  });

  it('classifies hosts', () => {
    expect(classifyUrl('https://login.salesforce.com').role).toBe('login');
    expect(classifyUrl('https://test.salesforce.com/services/oauth2/token').role).toBe('test');
    expect(classifyUrl('https://acme.my.salesforce.com')).toEqual({ role: 'my-domain', myDomain: 'acme' });
    expect(classifyUrl('https://acme--uat.sandbox.my.salesforce.com')).toEqual({
      role: 'sandbox-my-domain',
      myDomain: 'acme',
      sandboxName: 'uat',
    });
    expect(classifyUrl('https://acme.my.site.com/partners').role).toBe('site');
    expect(classifyUrl('http://127.0.0.1:3000').role).toBe('unknown');
    expect(classifyUrl('not a url').role).toBe('unknown');
  });

  it('checks My Domain names', () => {
    expect(myDomainNameProblem('acme-corp')).toBeUndefined();
    expect(myDomainNameProblem('acme.my.salesforce.com')).toMatch(/only the name/);
    expect(myDomainNameProblem('-acme')).toMatch(/letters, digits and hyphens/);
  });

  it('spots a sandbox suffix on a username', () => {
    expect(sandboxSuffix('admin@acme.com.uat')).toBe('uat');
    expect(sandboxSuffix('admin@acme.com.qa')).toBe('qa');
    expect(sandboxSuffix('admin@acme.com')).toBeUndefined();
    expect(sandboxSuffix('admin@acme.co.uk')).toBeUndefined();
    expect(sandboxSuffix('admin@acme.com.fullcopy')).toBe('fullcopy');
  });

  it('warns about unlikely consumer keys', () => {
    expect(consumerKeyProblem(`3MVG9${'a'.repeat(80)}`)).toBeUndefined();
    expect(consumerKeyProblem(` 3MVG9${'a'.repeat(80)}`)).toMatch(/spaces/);
    expect(consumerKeyProblem('ABC123DEF')).toMatch(/3MVG/);
  });
});
