import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, registerSecret, test } from './fixtures';
import { generateKey, nav, profilesArea } from './flows/app-ui';

const PASSPHRASE = registerSecret('profiles e2e passphrase');
const EXPORT_PASSPHRASE = registerSecret('export e2e passphrase');

function profilesPage(page: Page) {
  const area = profilesArea(page);
  const { main } = area;
  return {
    ...area,
    async save(name: string) {
      await main.getByLabel('Profile name').fill(name);
      await main.getByLabel('Profile passphrase', { exact: true }).fill(PASSPHRASE);
      await main.getByLabel('Confirm profile passphrase').fill(PASSPHRASE);
      await main.getByRole('button', { name: 'Save profile' }).click();
      await expect(main.getByText(`Saved profile "${name}".`)).toBeVisible();
    },
  };
}

test('save, list with days left, duplicate, rename, delete with confirmation', async ({ page, hostKind }) => {
  test.skip(hostKind !== 'web', 'the passphrase flow is the web host’s');
  await generateKey(page, '365');
  await nav(page, 'Profiles');
  const ui = profilesPage(page);
  // The form says what it saves, and that the Consumer Key and username are still missing.
  const summary = ui.main.getByLabel('What the profile saves');
  await expect(summary).toContainText('https://login.salesforce.com');
  await expect(summary).toContainText('salesforce_jwt, RSA 2048 bits');
  await expect(ui.main.getByRole('status').filter({ hasText: 'No Consumer Key yet' })).toBeVisible();
  await ui.save('Alpha');
  const alpha = ui.row('Alpha');
  await expect(alpha.getByTestId('days-left')).toContainText('364 days left');
  await expect(alpha).toContainText('Encrypted with a passphrase');
  await expect(alpha.getByRole('alert')).toHaveCount(0);

  await alpha.getByRole('button', { name: 'Duplicate' }).click();
  await expect(ui.main.getByText('Duplicated "Alpha" as "Alpha (copy)".')).toBeVisible();
  const copy = ui.row('Alpha \\(copy\\)');
  await copy.getByRole('button', { name: 'Rename' }).click();
  await copy.getByLabel('New name').fill('Beta');
  await copy.getByRole('button', { name: 'Rename', exact: true }).last().click();
  await expect(ui.main.getByText('Renamed "Alpha (copy)" to "Beta".')).toBeVisible();

  const beta = ui.row('Beta');
  await beta.getByRole('button', { name: 'Delete' }).click();
  await expect(beta.getByRole('group', { name: 'Delete "Beta"' })).toContainText('cannot be undone');
  await beta.getByRole('button', { name: 'Cancel' }).click();
  await expect(beta).toBeVisible();
  await beta.getByRole('button', { name: 'Delete' }).click();
  await beta.getByRole('button', { name: 'Delete "Beta"' }).click();
  await expect(ui.main.getByText('Deleted profile "Beta".')).toBeVisible();
  await expect(ui.row('Beta')).toHaveCount(0);

  // Opening needs the passphrase; a wrong one is a coded error that says what to do.
  await alpha.getByRole('button', { name: 'Open' }).click();
  await alpha.getByLabel('Passphrase of "Alpha"').fill('not the passphrase');
  await alpha.getByRole('button', { name: 'Unlock and open' }).click();
  await expect(ui.main.locator('[data-code="wrong-passphrase"]')).toContainText('case-sensitive');
  await alpha.getByLabel('Passphrase of "Alpha"').fill(PASSPHRASE);
  await alpha.getByRole('button', { name: 'Unlock and open' }).click();
  await expect(ui.main.getByText('Opened profile "Alpha".')).toBeVisible();
  await expect(alpha.getByText('open', { exact: true })).toBeVisible();
});

test('export without and with the private key, import it back, refuse a bad file', async ({ page, hostKind }) => {
  test.skip(hostKind !== 'web', 'the passphrase flow is the web host’s');
  await generateKey(page, '365');
  await nav(page, 'Profiles');
  const ui = profilesPage(page);
  await ui.save('Gamma');
  const gamma = ui.row('Gamma');

  await gamma.getByRole('button', { name: 'Export' }).click();
  const [plain] = await Promise.all([
    page.waitForEvent('download'),
    gamma.getByRole('button', { name: 'Export "Gamma"' }).click(),
  ]);
  expect(plain.suggestedFilename()).toBe('gamma.sfjwt-profile.json');
  const plainText = readFileSync(await plain.path(), 'utf8');
  expect(plainText).not.toMatch(/PRIVATE KEY|ciphertext/);
  expect(JSON.parse(plainText)).toMatchObject({ format: 'sf-jwt-studio/profile', name: 'Gamma' });

  await gamma.getByRole('button', { name: 'Export' }).click();
  await gamma.getByRole('checkbox', { name: 'Include the private key (encrypted)' }).check();
  await gamma.getByLabel('Passphrase of "Gamma"').fill(PASSPHRASE);
  await gamma.getByLabel('Export passphrase', { exact: true }).fill(EXPORT_PASSPHRASE);
  await gamma.getByLabel('Confirm export passphrase').fill(EXPORT_PASSPHRASE);
  const [sealed] = await Promise.all([
    page.waitForEvent('download'),
    gamma.getByRole('button', { name: 'Export "Gamma"' }).click(),
  ]);
  const sealedPath = await sealed.path();
  const sealedText = readFileSync(sealedPath, 'utf8');
  expect(sealedText).not.toMatch(/PRIVATE KEY/);
  expect(JSON.parse(sealedText).key.privateKey).toMatchObject({ scheme: 'passphrase', kdf: 'scrypt' });

  // Importing under the same name is refused until the user says otherwise.
  const importForm = ui.main.getByRole('form', { name: 'Import a profile' });
  await importForm.getByLabel('Profile file (.sfjwt-profile.json)').setInputFiles(sealedPath);
  await importForm.getByLabel('Passphrase of the file').fill(EXPORT_PASSPHRASE);
  await importForm.getByRole('button', { name: 'Import profile' }).click();
  await expect(importForm.locator('[data-code="profile-exists"]')).toBeVisible();
  await importForm.getByLabel('Import as (optional)').fill('Gamma moved');
  await importForm.getByRole('button', { name: 'Import profile' }).click();
  await expect(importForm.getByText('Imported profile "Gamma moved".')).toBeVisible();
  const moved = ui.row('Gamma moved');
  await expect(moved).toContainText('Encrypted with a passphrase');
  await moved.getByRole('button', { name: 'Open' }).click();
  await moved.getByLabel('Passphrase of "Gamma moved"').fill(EXPORT_PASSPHRASE);
  await moved.getByRole('button', { name: 'Unlock and open' }).click();
  await expect(ui.main.getByText('Opened profile "Gamma moved".')).toBeVisible();

  await importForm.getByLabel('Profile file (.sfjwt-profile.json)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "sf-jwt-studio/profile", "version": 1, "name": "x"'),
  });
  await importForm.getByRole('button', { name: 'Import profile' }).click();
  await expect(importForm.locator('[data-code="import-not-json"]')).toContainText('nothing was imported');
});

test('a certificate under 30 days shows the rotation steps; snippets follow the session', async ({ page, hostKind }) => {
  test.skip(hostKind !== 'web', 'the passphrase flow is the web host’s');
  await generateKey(page, '10');
  await nav(page, 'Profiles');
  const ui = profilesPage(page);
  await ui.save('Short-lived');
  const row = ui.row('Short-lived');
  const warning = row.getByRole('alert');
  await expect(warning).toContainText('expires in 9 days');
  await expect(warning).toContainText('Upload the new certificate to the app before the old one expires');

  const snippets = ui.main.getByRole('region', { name: /Code for your integration/ });
  await snippets.getByRole('radio', { name: 'curl (bash + openssl)' }).check();
  const code = snippets.getByRole('figure', { name: /curl/ });
  await expect(code).toContainText("TOKEN_URL='https://login.salesforce.com/services/oauth2/token'");
  await expect(code).toContainText("KEY_FILE='salesforce_jwt.key'");
  await snippets.getByLabel('Private key file').fill('/etc/integration/jwt.key');
  await expect(code).toContainText("KEY_FILE='/etc/integration/jwt.key'");
  await snippets.getByRole('radio', { name: 'Apex' }).check();
  await expect(snippets.getByRole('figure', { name: /Apex/ })).toContainText("new Auth.JWS(jwt, 'salesforce_jwt')");
  await expect(snippets.getByRole('button', { name: 'Copy the Apex snippet' })).toBeEnabled();
});
