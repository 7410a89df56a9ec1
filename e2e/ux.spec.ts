import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

async function generateKey(page: Page) {
  await nav(page, 'Keys & certificate');
  const keys = page.getByRole('main', { name: 'Keys & certificate' });
  await keys.getByRole('button', { name: 'Generate key and certificate' }).click();
  await expect(keys.getByTestId('fingerprint-sha256')).toBeVisible({ timeout: 30_000 });
}

/** The page fits the window: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // The elements that reach past the window's right edge, to name in the failure.
    widest: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  expect(
    scrollWidth,
    `${where}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth} (${widest.join(', ')})`,
  ).toBeLessThanOrEqual(innerWidth);
}

test('Test login pressed twice on a rehearsal logs in twice; the certificate-mismatch diagnosis shows its values, links into the org and fits 900 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await generateKey(page);
  // A known My Domain: the Setup paths become links into that org's Lightning Setup.
  await nav(page, 'JWT builder');
  await page.getByLabel('Environment').selectOption('my-domain');
  await page.getByLabel('My Domain name').fill('acme');

  await nav(page, 'Token exchange');
  const main = page.getByRole('main', { name: 'Token exchange' });
  await main.getByRole('switch', { name: 'Rehearse offline' }).click();
  await expect(main.getByTestId('rehearsal-breakage')).toHaveText('Working');
  const testLogin = main.getByRole('button', { name: 'Test login' });
  const attempts = main.getByRole('table', { name: 'Attempts since start' });
  const first = await main.getByLabel('Assertion (JWT)').inputValue();
  await testLogin.click();
  await expect(main.getByTestId('exchange-status')).toHaveText('HTTP 200');
  await expect(attempts.getByRole('row').filter({ hasText: 'HTTP 200' })).toHaveCount(1);
  await testLogin.click();
  await expect(attempts.getByRole('row').filter({ hasText: 'HTTP 200' })).toHaveCount(2);
  await expect(main.getByTestId('exchange-status')).toHaveText('HTTP 200');
  // Each press signed its own assertion.
  expect(await main.getByLabel('Assertion (JWT)').inputValue()).not.toBe(first);

  await main.getByLabel('Break it').selectOption({ label: 'Another certificate uploaded to the app' });
  await main.getByRole('button', { name: 'Apply' }).click();
  await expect(main.getByTestId('rehearsal-breakage')).toContainText('Another certificate');
  await testLogin.click();
  const cause = main.getByRole('list', { name: 'Likely causes' }).getByRole('listitem').first();
  await expect(cause).toHaveAttribute('data-code', 'certificate-mismatch');
  await expect(cause.getByRole('definition').first()).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(main.getByText(/\d+ other possible causes?/)).toBeVisible();
  const link = cause.getByRole('link', { name: 'External Client App Manager' }).first();
  await expect(link).toHaveAttribute(
    'href',
    'https://acme.my.salesforce.com/lightning/setup/ManageExternalClientApplication/home',
  );
  await expect(main.getByRole('link', { name: 'Login History' })).toHaveAttribute(
    'href',
    'https://acme.my.salesforce.com/lightning/setup/OrgLoginHistory/home',
  );
  await expectNoSidewaysScroll(page, 'certificate-mismatch diagnosis');
});

test('no page scrolls sideways at 900 px, the wizard steps included; the app has a favicon and no request 404s', async ({
  page,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.reload();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
  await page.setViewportSize({ width: 900, height: 800 });
  for (const area of ['Setup wizard', 'Keys & certificate', 'JWT builder', 'JWT inspector', 'Token exchange', 'Profiles']) {
    await nav(page, area);
    await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
    await expectNoSidewaysScroll(page, area);
  }
  for (const step of ['org', 'keys', 'configure', 'preauthorize', 'credentials', 'test', 'jks']) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/setup/${step}`);
    await expect(page.getByRole('navigation', { name: 'Wizard steps' }).locator('[aria-current="step"]')).toBeVisible();
    await expectNoSidewaysScroll(page, `wizard step ${step}`);
  }
  expect(missing).toEqual([]);
});

test('hash routes: Back returns to the previous area, a link opens a wizard step, each page has its title, focus lands on the step heading', async ({
  page,
}) => {
  // The skip link is the first tab stop and moves focus past the navigation.
  await expect(page.getByTestId('host-kind')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the page' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await nav(page, 'Keys & certificate');
  await expect(page).toHaveURL(/#\/keys$/);
  await nav(page, 'JWT inspector');
  await expect(page).toHaveURL(/#\/inspector$/);
  await expect(page).toHaveTitle('JWT inspector — SF JWT Studio');
  await expect(page.getByRole('heading', { level: 2, name: 'JWT inspector' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Keys & certificate' })).toBeVisible();
  await expect(page).toHaveTitle('Keys & certificate — SF JWT Studio');

  await page.evaluate(() => {
    window.location.hash = '#/setup/preauthorize';
  });
  const stepTitle = page.getByRole('heading', { level: 3, name: /^Step 4 of 7/ });
  await expect(stepTitle).toBeVisible();
  await expect(page).toHaveTitle('Pre-authorize the user — Setup wizard — SF JWT Studio');
  await page.getByRole('button', { name: 'Next step' }).click();
  const next = page.getByRole('heading', { level: 3, name: /^Step 5 of 7/ });
  await expect(next).toBeFocused();
  await expect(page).toHaveURL(/#\/setup\/credentials$/);
  await page.goBack();
  await expect(stepTitle).toBeVisible();

  // A link to a step, opened in a new page, opens that step.
  const linked = await page.context().newPage();
  await linked.goto(`${page.url().split('#')[0]}#/setup/configure`);
  await expect(linked.getByRole('heading', { level: 3, name: /^Step 3 of 7/ })).toBeVisible();
  await linked.close();
});

test('the inspector cleans a Bearer-prefixed, line-wrapped, padded token, and an edited payload is re-encoded with its signature flagged', async ({
  page,
}) => {
  await nav(page, 'JWT inspector');
  const exp = Math.floor(Date.now() / 1000) + 300;
  const claims = { iss: `3MVG9${'Z'.repeat(80)}`, sub: 'jane@acme.com', aud: 'https://login.salesforce.com', exp };
  // Standard base64 with its = padding, as Salesforce's help page shows it, wrapped at 64 and behind "Bearer ".
  const padded = `${b64({ alg: 'RS256' })}.${b64(claims)}.c2lnbmF0dXJlcw==`;
  expect(padded).toContain('=');
  const damaged = `Bearer ${padded.replace(/(.{64})/g, '$1\n')}`;
  const input = page.getByLabel('JWT to inspect');
  await input.fill(damaged);
  const findings = page.getByRole('list', { name: 'Findings' });
  await expect(findings.locator('[data-code="bearer-prefix"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Salesforce will refuse this: \d+ errors?/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clean this token' }).click();
  const cleaned = padded.replace(/=/g, '');
  await expect(input).toHaveValue(cleaned);
  const removed = page.getByRole('status', { name: 'What was removed' });
  await expect(removed.locator('[data-removed="bearer-prefix"]')).toBeVisible();
  await expect(removed.locator('[data-removed="whitespace"]')).toContainText('line breaks');
  await expect(removed.locator('[data-removed="padding"]')).toContainText('= padding');
  await expect(
    findings.locator('[data-code="base64-padding"], [data-code="bearer-prefix"], [data-code="whitespace-in-token"]'),
  ).toHaveCount(0);

  // Pointing at a finding highlights its segment.
  await page.getByLabel('Token endpoint to check aud against').selectOption({ label: 'https://test.salesforce.com (sandbox)' });
  await findings
    .locator('[data-code="aud-endpoint-mismatch"]')
    .getByRole('button', { name: /Show in the token/ })
    .click();
  await expect(page.getByRole('figure', { name: 'Token segments' }).locator('.seg-payload.seg-highlight')).toBeVisible();

  const payload = page.getByLabel('Payload (editable JSON)');
  await payload.fill(JSON.stringify({ ...claims, sub: 'john@acme.com' }, null, 2));
  await expect(input).toHaveValue(`${cleaned.split('.')[0]}.${b64url({ ...claims, sub: 'john@acme.com' })}.c2lnbmF0dXJlcw`);
  await expect(page.getByText('the signature was made over the original text, so it no longer matches')).toBeVisible();
  await payload.fill('{"sub": ');
  await expect(page.getByText(/^Not valid JSON yet/)).toBeVisible();
  await expect(input).toHaveValue(new RegExp(`\\.${b64url({ ...claims, sub: 'john@acme.com' })}\\.`));

  // Re-signed on request, with the key in use (on the Node side): the signature matches again.
  await generateKey(page);
  await nav(page, 'JWT inspector');
  await page.getByRole('button', { name: 'Re-sign with the key in use' }).click();
  await expect(page.getByText('Signature valid')).toBeVisible();
  await expect(input).toHaveValue(/^eyJhbGciOiJSUzI1NiJ9\./);
  await expect(page.getByText('so it no longer matches')).toHaveCount(0);
});

test('no org yet: step 1 rehearses the whole setup offline with its demo values, and step 6 logs in against the emulator', async ({
  page,
}) => {
  await generateKey(page);
  await nav(page, 'Setup wizard');
  const main = page.getByRole('main', { name: 'Setup wizard' });
  await expect(main.getByLabel('Demo org (its My Domain)')).toHaveValue('acme-demo');
  await main.getByLabel('Demo org (its My Domain)').fill('globex-demo');
  await main.getByRole('button', { name: 'Rehearse offline with these values' }).click();
  await expect(main.getByRole('heading', { level: 3, name: /^Step 2 of 7/ })).toBeFocused();
  await main
    .getByRole('navigation', { name: 'Wizard steps' })
    .getByRole('button', { name: /Test the login/ })
    .click();
  await expect(main.getByRole('switch', { name: 'Rehearse offline' })).toBeChecked();
  await expect(main.getByText('https://globex-demo.my.salesforce.com').first()).toBeVisible();
  await main.getByRole('button', { name: 'Test login' }).click();
  await expect(main.getByTestId('exchange-status')).toHaveText('HTTP 200');
  // Finish: the completion screen says the login was only rehearsed.
  await main.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /Apex/ }).click();
  await main.getByRole('button', { name: 'Finish: see what was set up' }).click();
  await expect(page.getByTestId('completion-login')).toContainText('Only rehearsed');
  await expect(page.locator('[data-step="test"]')).toContainText('rehearsed offline only');
});
