import { describe, expect, it } from 'vitest';
import { consumerKeyWarning, trimPasted, usernameWarning } from './credentials-check';
import { chooseEnvironment, initialOrgForm } from './org-choice';

describe('step 5 checks', () => {
  it('trims pasted values and says what was removed', () => {
    expect(trimPasted('3MVG9abc')).toEqual({ value: '3MVG9abc' });
    expect(trimPasted(' 3MVG9abc\n')).toEqual({ value: '3MVG9abc', removed: '2 characters (spaces or line breaks)' });
    expect(trimPasted('a@b.com ')).toEqual({ value: 'a@b.com', removed: '1 character (spaces)' });
  });

  it('warns about unlikely consumer keys', () => {
    expect(consumerKeyWarning('')).toBeUndefined();
    expect(consumerKeyWarning('my-secret-123')).toMatch(/letters, digits/);
    expect(consumerKeyWarning(`3MVG9${'a'.repeat(80)}`)).toBeUndefined();
  });

  it('checks the sandbox suffix of the username against the environment', () => {
    expect(usernameWarning('admin@acme.com.uat', { kind: 'production' })).toMatch(/ends in \.uat.*chose production/);
    expect(usernameWarning('admin@acme.com.uat', { kind: 'my-domain', myDomain: 'acme' })).toMatch(/production/);
    expect(usernameWarning('admin@acme.com.uat', { kind: 'sandbox' })).toBeUndefined();
    expect(usernameWarning('admin@acme.com.uat', { kind: 'my-domain', myDomain: 'acme', sandboxName: 'UAT' })).toBeUndefined();
    expect(usernameWarning('admin@acme.com.qa', { kind: 'my-domain', myDomain: 'acme', sandboxName: 'uat' })).toMatch(
      /sandbox "uat"/,
    );
    expect(usernameWarning('admin@acme.com', { kind: 'sandbox' })).toMatch(/no sandbox suffix/);
    expect(usernameWarning('admin@acme.com', { kind: 'production' })).toBeUndefined();
    expect(usernameWarning('admin', { kind: 'production' })).toMatch(/e-mail address/);
  });
});

describe('step 1 environment', () => {
  it('uses the My Domain for External Client Apps, production or sandbox', () => {
    expect(chooseEnvironment({ ...initialOrgForm, myDomain: 'acme' }).environment).toEqual({
      kind: 'my-domain',
      myDomain: 'acme',
    });
    expect(
      chooseEnvironment({ ...initialOrgForm, orgKind: 'sandbox', myDomain: 'acme', sandboxName: 'uat' }).environment,
    ).toEqual({
      kind: 'my-domain',
      myDomain: 'acme',
      sandboxName: 'uat',
    });
    expect(chooseEnvironment(initialOrgForm).problems.myDomain).toMatch(/My Domain/);
    expect(chooseEnvironment({ ...initialOrgForm, orgKind: 'site', myDomain: 'acme' }).problems.orgKind).toMatch(/My Domain/);
  });

  it('uses login, test or the site for Connected Apps', () => {
    const connected = { ...initialOrgForm, appKind: 'connected' as const };
    expect(chooseEnvironment(connected).environment).toEqual({ kind: 'production' });
    expect(chooseEnvironment({ ...connected, orgKind: 'sandbox' }).environment).toEqual({ kind: 'sandbox' });
    expect(
      chooseEnvironment({ ...connected, orgKind: 'site', siteUrl: 'https://acme.my.site.com/partners' }).environment,
    ).toEqual({
      kind: 'site',
      siteUrl: 'https://acme.my.site.com/partners',
    });
    expect(chooseEnvironment({ ...connected, orgKind: 'site', siteUrl: 'http://acme.my.site.com' }).problems.siteUrl).toMatch(
      /https/,
    );
  });
});
