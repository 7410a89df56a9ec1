import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchChromium, test } from './fixtures';
import { expectNoKeyWhenSigning, openArea } from './flows/app-ui';
import { launchWebHost } from './launch-web-host';

const CONSUMER_KEY = `3MVG9${'A'.repeat(80)}`;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Loads a key through the API, as the keys page does: the builder signs with the host's current key. */
async function generateKey(page: Page) {
  const result = await page.evaluate(async () => {
    // Same-origin: the browser sends the session cookie the token link set.
    const response = await fetch('/api/keys.generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: { commonName: 'jwt-e2e' }, days: 30, alias: 'jwt_e2e', bits: 2048 }),
    });
    return (await response.json()) as { ok: boolean };
  });
  expect(result.ok).toBe(true);
}

/**
 * A web host and browser of the test's own: loading a key into the worker's shared host would change what the
 * other spec files running in the same worker see.
 */
async function withOwnWebHost(run: (page: Page) => Promise<void>) {
  const host = await launchWebHost();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await expect(page.getByTestId('host-kind')).toBeVisible();
    await run(page);
  } finally {
    await browser.close();
    await host.stop();
  }
}

test('a token built with the generated key opens in the inspector with a valid signature and no errors; an attestation has no sub', async ({
  hostKind,
}) => {
  test.skip(hostKind !== 'web', 'the key is loaded through the web host API');
  await withOwnWebHost(async (page) => {
    await generateKey(page);
    await openArea(page, 'JWT builder');
    await page.getByLabel('Consumer Key (iss)').fill(CONSUMER_KEY);
    await page.getByLabel('Username (sub)').fill('integration@acme.com');
    await expect(page.getByLabel('Audience (aud)')).toHaveValue('https://login.salesforce.com');
    await page.getByRole('button', { name: 'Sign assertion' }).click();
    const signed = page.getByRole('figure', { name: 'Signed assertion' });
    await expect(signed).toContainText('eyJhbGciOiJSUzI1NiJ9.');
    await expect(page.getByText(/Expires in \d+ min/)).toBeVisible();
    const token = (await signed.textContent())?.trim() ?? '';
    await page.getByRole('button', { name: 'Open in inspector' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'JWT inspector' })).toBeVisible();
    await expect(page.getByLabel('JWT to inspect')).toHaveValue(token);
    await expect(page.getByLabel('Token endpoint to check aud against')).toHaveValue('https://login.salesforce.com');
    await expect(page.getByText('Signature valid')).toBeVisible();
    await expect(page.getByText('Salesforce rules: no errors')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Payload' })).toContainText('integration@acme.com');
    await expect(page.getByText(/expires in \d+ min/)).toBeVisible();

    await openArea(page, 'JWT builder');
    await page.getByLabel('Username (sub)').fill('other@acme.com');
    await expect(page.getByRole('alert').filter({ hasText: 'it still carries the old sub' })).toBeVisible();
    await page.getByLabel('Username (sub)').fill('integration@acme.com');
    await expect(page.getByText('it still carries the old')).toHaveCount(0);
    await page.getByLabel('Client attestation (first-party app, Experience Cloud)').check();
    await page.getByLabel('Experience Cloud site URL').fill('https://acme.my.site.com/partners/');
    await expect(page.getByLabel('Audience (aud)')).toHaveValue('https://acme.my.site.com/partners');
    await page.getByRole('button', { name: 'Sign assertion' }).click();
    const payload = page.getByRole('figure', { name: 'Payload' });
    await expect(payload).toContainText('"aud": "https://acme.my.site.com/partners"');
    await expect(payload).not.toContainText('"sub"');
    // Opened in the inspector, it is checked as an attestation: no sub is asked for.
    await page.getByRole('button', { name: 'Open in inspector' }).click();
    await expect(page.getByLabel('Check as')).toHaveValue('attestation');
    await expect(page.getByText('Signature valid')).toBeVisible();
    await expect(page.getByText('Salesforce rules: no errors')).toBeVisible();
  });
});

test('a pasted token with "Iss" and a millisecond exp shows both findings, and is sent nowhere', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()}\n${request.postData() ?? ''}`));
  await openArea(page, 'JWT inspector');
  const token = `${b64url({ alg: 'RS256' })}.${b64url({
    Iss: CONSUMER_KEY,
    sub: 'integration@acme.com',
    aud: 'https://login.salesforce.com',
    exp: Date.now() + 300_000,
  })}.c2lnbmF0dXJl`;
  await page.getByLabel('JWT to inspect').fill(token);
  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(findings.locator('[data-code="claim-name-case"]')).toContainText('"Iss"');
  await expect(findings.locator('[data-code="exp-milliseconds"]')).toContainText('milliseconds');
  await expect(findings.locator('[data-code="iss-missing"]')).toBeVisible();
  await expect(page.getByText('Signature unchecked').or(page.getByText('Signature invalid'))).toBeVisible();
  // The claims table reads the millisecond exp as what was meant, not as a date 56,000 years away.
  await expect(page.getByRole('definition').filter({ hasText: 'milliseconds, not seconds' })).toContainText(/in [45] min/);
  const payloadSegment = token.split('.')[1] ?? '';
  expect(sent.filter((request) => request.includes(payloadSegment))).toEqual([]);
});

test('the builder fills aud and endpoint from the environment, and warns when an edited aud disagrees', async ({ page }) => {
  await openArea(page, 'JWT builder');
  const environment = page.getByLabel('Environment');
  const aud = page.getByLabel('Audience (aud)');
  await environment.selectOption('sandbox');
  await expect(aud).toHaveValue('https://test.salesforce.com');
  await environment.selectOption('my-domain');
  await page.getByLabel('My Domain name').fill('acme');
  await page.getByLabel('Sandbox name (optional)').fill('uat');
  await expect(aud).toHaveValue('https://acme--uat.sandbox.my.salesforce.com');
  await expect(page.getByText('https://acme--uat.sandbox.my.salesforce.com/services/oauth2/token')).toBeVisible();
  await aud.fill('https://login.salesforce.com');
  await expect(page.getByText(/does not match the token endpoint/)).toBeVisible();
  // The whole URL copied from the address bar is read as the name and the sandbox.
  await page.getByLabel('Sandbox name (optional)').fill('');
  await page.getByLabel('My Domain name').fill('https://globex--qa.sandbox.my.salesforce.com');
  await expect(page.getByLabel('My Domain name')).toHaveValue('globex');
  await expect(page.getByLabel('Sandbox name (optional)')).toHaveValue('qa');
  await expect(aud).toHaveValue('https://globex--qa.sandbox.my.salesforce.com');
  await environment.selectOption('site');
  await expect(page.getByText('Token endpoint: enter the site URL to see it')).toBeVisible();
  await page.getByLabel('Lifetime (seconds)').fill('86400');
  await expect(page.getByText(/Salesforce uses the assertion once: 120 to 300 seconds is enough/)).toBeVisible();
  await page.getByLabel('Lifetime (seconds)').fill('0');
  await expect(page.getByText('Enter a whole number of seconds greater than zero.')).toBeVisible();
});

test('the inspector opens a token from a file or a drop, and checks it against a pasted public key', async ({ page }) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const input = `${b64url({ alg: 'RS256' })}.${b64url({ iss: CONSUMER_KEY, sub: 'a@acme.com', aud: 'https://login.salesforce.com', exp: Math.floor(Date.now() / 1000) + 600 })}`;
  const token = `${input}.${createSign('sha256').update(input).sign(privateKey).toString('base64url')}`;
  const file = join(mkdtempSync(join(tmpdir(), 'sfjs-jwt-e2e-')), 'assertion.jwt');
  writeFileSync(file, `${token}\n`);
  await openArea(page, 'JWT inspector');
  await page.getByLabel('Or open a file').setInputFiles(file);
  await expect(page.getByLabel('JWT to inspect')).toHaveValue(token);
  await page.getByLabel('A key I paste').check();
  await page
    .getByLabel('Certificate, public key, JWK or JWKS')
    .fill(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  await expect(page.getByText('Signature valid')).toBeVisible();
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
  await page.getByLabel('Certificate, public key, JWK or JWKS').fill(other.toString());
  await expect(page.getByText('Signature invalid')).toBeVisible();
  await expect(page.getByText(/signed with another private key/)).toBeVisible();
  await page.getByLabel('Token endpoint to check aud against').selectOption('https://test.salesforce.com');
  await expect(page.getByRole('list', { name: 'Findings' }).locator('[data-code="aud-endpoint-mismatch"]')).toBeVisible();
  const unsigned = `${b64url({ alg: 'none' })}.${b64url({ iss: CONSUMER_KEY })}.`;
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.jwt', { type: 'text/plain' }));
    return transfer;
  }, unsigned);
  await page.getByLabel('JWT to inspect').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByLabel('JWT to inspect')).toHaveValue(unsigned);
  await expect(page.getByRole('list', { name: 'Findings' }).locator('[data-code="alg-none"]')).toBeVisible();
});

test('signing without a key shows the no-key error and where to get a key', async ({ hostKind }) => {
  test.skip(hostKind !== 'web', 'uses its own web host, where no key was ever loaded');
  await withOwnWebHost(async (page) => {
    await expectNoKeyWhenSigning(page, CONSUMER_KEY);
    await openArea(page, 'JWT inspector');
    await page.getByLabel('JWT to inspect').fill(`${b64url({ alg: 'RS256' })}.${b64url({ iss: CONSUMER_KEY })}.c2lnbmF0dXJl`);
    await expect(page.getByText('Signature unchecked')).toBeVisible();
    await expect(page.getByText(/No key is loaded: generate or import one on the Keys & certificate page/)).toBeVisible();
  });
});
