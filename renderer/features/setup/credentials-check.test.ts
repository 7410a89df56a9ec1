import { describe, expect, it } from 'vitest';
import { consumerKeyWarning, trimPasted, usernameWarning } from './credentials-check';
import { chooseEnvironment, initialOrgForm, orgFormFor, sameEnvironment } from './org-choice';

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

  it('checks against the sandbox name a Connected App sandbox was given, and names the expected suffix', () => {
    expect(usernameWarning('admin@acme.com.uat', { kind: 'sandbox', sandboxName: 'uat' })).toBeUndefined();
    expect(usernameWarning('admin@acme.com.qa', { kind: 'sandbox', sandboxName: 'uat' })).toMatch(/sandbox "uat"/);
    expect(usernameWarning('admin@acme.com', { kind: 'sandbox', sandboxName: 'uat' })).toMatch(
      /sandbox "uat".*end in \.uat \(admin@acme\.com\.uat\)/,
    );
    // .dev is a top-level domain too: the known sandbox name settles it.
    expect(usernameWarning('admin@acme.com.dev', { kind: 'my-domain', myDomain: 'acme', sandboxName: 'dev' })).toBeUndefined();
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
    expect(chooseEnvironment({ ...connected, orgKind: 'sandbox', sandboxName: ' uat ' }).environment).toEqual({
      kind: 'sandbox',
      sandboxName: 'uat',
    });
    expect(chooseEnvironment({ ...connected, orgKind: 'sandbox', sandboxName: 'u-a-t' }).problems.sandboxName).toMatch(
      /letters and digits/,
    );
    expect(chooseEnvironment({ ...connected, orgKind: 'site', siteUrl: 'http://acme.my.site.com' }).problems.siteUrl).toMatch(
      /https/,
    );
  });

  it('shows an opened profile: the answers that select its environment again', () => {
    const environments = [
      ['external', { kind: 'my-domain', myDomain: 'acme' }],
      ['external', { kind: 'my-domain', myDomain: 'acme', sandboxName: 'uat' }],
      ['connected', { kind: 'production' }],
      ['connected', { kind: 'sandbox' }],
      ['connected', { kind: 'sandbox', sandboxName: 'qa' }],
      ['connected', { kind: 'site', siteUrl: 'https://acme.my.site.com/partners' }],
    ] as const;
    for (const [appKind, environment] of environments) {
      const form = orgFormFor(appKind, environment);
      expect(form.appKind).toBe(appKind);
      expect(sameEnvironment(chooseEnvironment(form).environment, environment), JSON.stringify(environment)).toBe(true);
    }
    // Step 1 cannot make a Connected App on a My Domain: the closest answers select login instead.
    const closest = chooseEnvironment(orgFormFor('connected', { kind: 'my-domain', myDomain: 'acme' })).environment;
    expect(sameEnvironment(closest, { kind: 'my-domain', myDomain: 'acme' })).toBe(false);
    expect(sameEnvironment({ myDomain: 'acme', kind: 'my-domain' } as const, { kind: 'my-domain', myDomain: 'acme' })).toBe(true);
  });
});
