import { describe, expect, it } from 'vitest';
import { rehearsalOrgFor } from './rehearsal-org';

describe('rehearsalOrgFor', () => {
  it('plays production for production and sites', () => {
    expect(rehearsalOrgFor({ kind: 'production' }, 'a@acme.com')).toEqual({});
    expect(rehearsalOrgFor({ kind: 'site', siteUrl: 'https://acme.my.site.com' }, 'a@acme.com')).toEqual({});
  });

  it('keeps a sandbox a sandbox: its name, else the username suffix, else uat', () => {
    expect(rehearsalOrgFor({ kind: 'sandbox', sandboxName: 'QA' }, 'a@acme.com.qa')).toEqual({ sandboxName: 'qa' });
    expect(rehearsalOrgFor({ kind: 'sandbox' }, 'a@acme.com.dev2')).toEqual({ sandboxName: 'dev2' });
    expect(rehearsalOrgFor({ kind: 'sandbox' }, 'a@acme.com')).toEqual({ sandboxName: 'uat' });
  });

  it("keeps the org's My Domain (and sandbox), dropping a name that cannot be one", () => {
    expect(rehearsalOrgFor({ kind: 'my-domain', myDomain: 'Acme' }, 'a@acme.com')).toEqual({ myDomain: 'acme' });
    expect(rehearsalOrgFor({ kind: 'my-domain', myDomain: 'acme', sandboxName: 'uat' }, 'a@acme.com.uat')).toEqual({
      myDomain: 'acme',
      sandboxName: 'uat',
    });
    expect(rehearsalOrgFor({ kind: 'my-domain', myDomain: 'acme.my.salesforce.com' }, 'a@acme.com')).toEqual({});
  });
});
