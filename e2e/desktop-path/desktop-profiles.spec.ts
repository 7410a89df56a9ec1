import type { Page } from '@playwright/test';
import { registerSecret } from '../fixtures';
import { expect, test } from './desktop-bridge';

const PASSPHRASE = registerSecret('desktop e2e passphrase');

const nav = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: area, exact: true }).click();

async function generateKey(page: Page) {
  await nav(page, 'Keys & certificate');
  const keys = page.getByRole('main', { name: 'Keys & certificate' });
  await keys.getByRole('button', { name: 'Generate key and certificate' }).click();
  await expect(keys.getByTestId('fingerprint-sha256')).toBeVisible({ timeout: 30_000 });
  return (await keys.getByTestId('fingerprint-sha256').textContent()) as string;
}

function profiles(page: Page) {
  const main = page.getByRole('main', { name: 'Profiles' });
  return {
    main,
    row: (name: string) =>
      main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${name}`) }) }),
  };
}

async function currentFingerprint(page: Page) {
  return page.evaluate(async () => {
    const result = await window.studio?.['keys.current']();
    return result?.ok ? result.value?.certificate?.fingerprintSha256 : undefined;
  });
}

test.describe('with the OS secret store', () => {
  test.use({ secretStore: true });

  test('a profile is sealed by the secret store, with no passphrase, and after a restart opens again', async ({ desktop }) => {
    const fingerprint = await generateKey(desktop.page);
    await nav(desktop.page, 'Profiles');
    let ui = profiles(desktop.page);
    await expect(ui.main.getByText("The private key is encrypted by this computer's secret store.")).toBeVisible();
    await expect(ui.main.getByLabel('Profile passphrase', { exact: true })).toHaveCount(0);
    await ui.main.getByLabel('Profile name').fill('Desk');
    await ui.main.getByRole('button', { name: 'Save profile' }).click();
    await expect(ui.main.getByText('Saved profile "Desk".')).toBeVisible();
    await expect(ui.row('Desk')).toContainText('Encrypted by this computer’s secret store');

    const page = await desktop.restart();
    // The workspace, sealed by the same secret store, brings the key in use back with the app.
    expect(await currentFingerprint(page)).toBe(fingerprint);
    await nav(page, 'Profiles');
    ui = profiles(page);
    await ui.row('Desk').getByRole('button', { name: 'Open' }).click();
    await expect(ui.main.getByText('Opened profile "Desk".')).toBeVisible();
    expect(await currentFingerprint(page)).toBe(fingerprint);
  });
});

test.describe('without a secret store (a Linux session with no keyring)', () => {
  test.use({ secretStore: false });

  test('the profile asks for a passphrase, and after a restart opens only with it', async ({ desktop }) => {
    const fingerprint = await generateKey(desktop.page);
    await nav(desktop.page, 'Profiles');
    let ui = profiles(desktop.page);
    await ui.main.getByLabel('Profile name').fill('Pass');
    await ui.main.getByLabel('Profile passphrase', { exact: true }).fill(PASSPHRASE);
    await ui.main.getByLabel('Confirm profile passphrase').fill(PASSPHRASE);
    await ui.main.getByRole('button', { name: 'Save profile' }).click();
    await expect(ui.main.getByText('Saved profile "Pass".')).toBeVisible();
    await expect(ui.row('Pass')).toContainText('Encrypted with a passphrase');

    const page = await desktop.restart();
    await nav(page, 'Profiles');
    ui = profiles(page);
    const row = ui.row('Pass');
    await row.getByRole('button', { name: 'Open' }).click();
    await row.getByLabel('Passphrase of "Pass"').fill('not the passphrase');
    await row.getByRole('button', { name: 'Unlock and open' }).click();
    await expect(ui.main.locator('[data-code="wrong-passphrase"]')).toBeVisible();
    await row.getByLabel('Passphrase of "Pass"').fill(PASSPHRASE);
    await row.getByRole('button', { name: 'Unlock and open' }).click();
    await expect(ui.main.getByText('Opened profile "Pass".')).toBeVisible();
    expect(await currentFingerprint(page)).toBe(fingerprint);
  });
});

test('an export with the key, written through the save dialog, imports back under the secret store', async ({ desktop }) => {
  const exportPassphrase = registerSecret('desktop export passphrase');
  const fingerprint = await generateKey(desktop.page);
  await nav(desktop.page, 'Profiles');
  const ui = profiles(desktop.page);
  await ui.main.getByLabel('Profile name').fill('Out');
  await ui.main.getByRole('button', { name: 'Save profile' }).click();
  await expect(ui.main.getByText('Saved profile "Out".')).toBeVisible();
  const row = ui.row('Out');
  await row.getByRole('button', { name: 'Export' }).click();
  await row.getByRole('checkbox', { name: 'Include the private key (encrypted)' }).check();
  await row.getByLabel('Export passphrase', { exact: true }).fill(exportPassphrase);
  await row.getByLabel('Confirm export passphrase').fill(exportPassphrase);
  await row.getByRole('button', { name: 'Export "Out"' }).click();
  await expect.poll(() => desktop.saved.length, { timeout: 10_000 }).toBe(1);
  const file = desktop.saved[0];
  expect(file?.name).toBe('out.sfjwt-profile.json');
  expect(file?.bytes.toString('utf8')).not.toMatch(/PRIVATE KEY/);
  expect(JSON.parse(file?.bytes.toString('utf8') ?? '{}').key.privateKey).toMatchObject({ scheme: 'passphrase' });

  const page = await desktop.restart();
  await nav(page, 'Profiles');
  const again = profiles(page);
  const importForm = again.main.getByRole('form', { name: 'Import a profile' });
  await importForm.getByLabel('Profile file (.sfjwt-profile.json)').setInputFiles(file?.path ?? '');
  await importForm.getByLabel('Passphrase of the file').fill(exportPassphrase);
  await importForm.getByLabel('Import as (optional)').fill('Back');
  await importForm.getByRole('button', { name: 'Import profile' }).click();
  await expect(importForm.getByText('Imported profile "Back".')).toBeVisible();
  await expect(again.row('Back')).toContainText('Encrypted by this computer’s secret store');
  await again.row('Back').getByRole('button', { name: 'Open' }).click();
  await expect(again.main.getByText('Opened profile "Back".')).toBeVisible();
  expect(await currentFingerprint(page)).toBe(fingerprint);
});
