import { describe, expect, it } from 'vitest';
import { orgBaseUrl, SETUP_PAGES, setupPage, setupPageUrl, splitSetupText } from './setup-links';

const ORG = 'https://acme.my.salesforce.com';

describe('setup links', () => {
  it('maps each Setup page to its Lightning Setup URL under the My Domain', () => {
    expect(setupPageUrl(setupPage('certificates'), ORG)).toBe(
      'https://acme.my.salesforce.com/lightning/setup/CertificatesAndKeysManagement/home',
    );
    expect(setupPageUrl(setupPage('external-client-apps'), ORG)).toBe(
      'https://acme.my.salesforce.com/lightning/setup/ManageExternalClientApplication/home',
    );
    expect(setupPageUrl(setupPage('login-history'), `${ORG}/`)).toBe(`${ORG}/lightning/setup/OrgLoginHistory/home`);
    for (const page of SETUP_PAGES) {
      expect(setupPageUrl(page, ORG)).toMatch(/^https:\/\/acme\.my\.salesforce\.com\/lightning\/setup\/[A-Za-z]+\/home$/);
    }
    expect(new Set(SETUP_PAGES.map((p) => p.lightningPage)).size).toBe(SETUP_PAGES.length);
  });

  it('knows the org only from a My Domain URL, a sandbox one included', () => {
    expect(orgBaseUrl('https://ACME.my.salesforce.com/services/oauth2/token')).toBe(ORG);
    expect(orgBaseUrl('https://acme--uat.sandbox.my.salesforce.com')).toBe('https://acme--uat.sandbox.my.salesforce.com');
    expect(orgBaseUrl('https://login.salesforce.com')).toBeUndefined();
    expect(orgBaseUrl('http://127.0.0.1:4000')).toBeUndefined();
  });

  it('links the page each "Setup →" path starts at, the longest name first', () => {
    const parts = splitSetupText('Setup → Manage Connected Apps → your app; then Setup → Users → Users → Edit.', ORG);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Setup → Manage Connected Apps → your app; then Setup → Users → Users → Edit.',
    );
    const links = parts.filter((p) => 'href' in p && p.href);
    expect(links.map((p) => ('href' in p ? p.href : ''))).toEqual([
      `${ORG}/lightning/setup/ConnectedApplication/home`,
      `${ORG}/lightning/setup/ManageUsers/home`,
    ]);
    const quickFind = splitSetupText('Setup → Quick Find "Certificate and Key Management" → Import from Keystore', ORG);
    expect(quickFind[1]).toMatchObject({
      text: 'Certificate and Key Management',
      href: `${ORG}/lightning/setup/CertificatesAndKeysManagement/home`,
    });
    // Not a Setup path: left as text. No org known: the page is marked, without a link.
    expect(splitSetupText('Ask the App Manager team.', ORG)).toEqual([{ text: 'Ask the App Manager team.' }]);
    expect(splitSetupText('Setup → My Domain shows it', undefined)[1]).toEqual({
      text: 'My Domain',
      page: setupPage('my-domain'),
    });
  });
});
