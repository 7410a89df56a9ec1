import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, registerSecret, saveFileVia, test } from './fixtures';

const run = (command: string, args: string[], input?: string) =>
  execFileSync(command, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
const openssl = (...args: string[]) => run('openssl', args);
const keytool = (...args: string[]) => run('keytool', args);

/** The Keys & certificate page's controls, by role and label. */
function keysPage(page: Page) {
  const main = page.getByRole('main', { name: 'Keys & certificate' });
  return {
    main,
    open: () => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Keys & certificate' }).click(),
    field: (label: string) => main.getByLabel(label, { exact: true }),
    generate: main.getByRole('button', { name: 'Generate key and certificate' }),
    fingerprint: main.getByTestId('fingerprint-sha256'),
    save: (name: string) => main.getByRole('button', { name }),
  };
}

test('generate a key and certificate, then save a .crt, a .key and a .jks that openssl and keytool accept', async ({
  page,
  electronApp,
  hostKind,
}) => {
  const password = registerSecret('e2e-keystore-pw');
  const ui = keysPage(page);
  await ui.open();
  await ui.field('Common Name').fill('e2e-jwt');
  await ui.field('Organization').fill('Acme');
  await ui.field('Country').fill('USA');
  await expect(ui.main.getByText('Two letters (ISO 3166 code)')).toBeVisible();
  await expect(ui.generate).toBeDisabled();
  await ui.field('Country').fill('us');
  await ui.field('Validity (days)').fill('2000');
  await expect(ui.main.getByText('More than 3 years')).toBeVisible();
  await ui.field('Validity (days)').fill('400');
  await ui.field('Certificate Unique Name (alias)').fill('E2E__Key');
  await expect(ui.main.getByText('No double underscore')).toBeVisible();
  await ui.field('Certificate Unique Name (alias)').fill('E2E_Key');
  await expect(ui.main.getByText('is stored as "e2e_key"')).toBeVisible();
  await ui.field('Keystore password').fill(password);
  await expect(ui.generate).toBeDisabled();
  await expect(ui.generate).toHaveAccessibleDescription('Type the keystore password again in the confirm field.');
  await ui.field('Confirm keystore password').fill(`${password}x`);
  await expect(ui.generate).toBeDisabled();
  await ui.field('Confirm keystore password').fill(password);
  await ui.generate.click();

  await expect(ui.main.getByText('Generated the key and certificate "e2e_key" (RSA 2048 bits).')).toBeVisible();
  await expect(ui.fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const fingerprint = (await ui.fingerprint.textContent()) as string;
  await expect(ui.main.getByText('CN=e2e-jwt, O=Acme, C=US').first()).toBeVisible();
  await expect(ui.main.getByText(/\(399 days left\)/)).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'sfjs-e2e-keys-'));
  const crt = await saveFileVia(page, electronApp, () => ui.save('Save certificate (.crt)').click());
  expect(crt.suggestedName ?? 'e2e_key.crt').toBe('e2e_key.crt');
  const crtPath = join(dir, 'e2e_key.crt');
  writeFileSync(crtPath, crt.bytes);
  expect(openssl('x509', '-noout', '-fingerprint', '-sha256', '-in', crtPath)).toBe(`sha256 Fingerprint=${fingerprint}\n`);
  expect(openssl('x509', '-noout', '-subject', '-in', crtPath)).toBe('subject=C = US, O = Acme, CN = e2e-jwt\n');
  if (hostKind === 'web') {
    // Electron's clipboard needs no permission; Chromium's needs it granted to read the copy back.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ui.main.getByRole('button', { name: 'Copy the certificate PEM' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(crt.bytes.toString('utf8'));
  }

  const key = await saveFileVia(page, electronApp, () => ui.save('Save private key (.key)').click());
  expect(key.bytes.toString('utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  const keyPath = join(dir, 'e2e_key.key');
  writeFileSync(keyPath, key.bytes);
  expect(openssl('rsa', '-noout', '-modulus', '-in', keyPath)).toBe(openssl('x509', '-noout', '-modulus', '-in', crtPath));

  const jks = await saveFileVia(page, electronApp, () => ui.save('Save keystore (.jks)').click());
  expect(jks.suggestedName ?? 'e2e_key.jks').toBe('e2e_key.jks');
  const jksPath = join(dir, 'e2e_key.jks');
  writeFileSync(jksPath, jks.bytes);
  expect(jks.bytes.subarray(0, 4).toString('hex')).toBe('feedfeed');
  const list = keytool('-list', '-v', '-storetype', 'JKS', '-keystore', jksPath, '-storepass', password);
  expect(list).toContain('Alias name: e2e_key');
  expect(list).toContain('Entry type: PrivateKeyEntry');
  expect(list).toContain('Certificate chain length: 1');
  expect(list).toContain(`SHA256: ${fingerprint}`);
  const p12 = join(dir, 'from-jks.p12');
  keytool(
    '-importkeystore',
    '-srckeystore',
    jksPath,
    '-srcstoretype',
    'JKS',
    '-srcstorepass',
    password,
    '-destkeystore',
    p12,
    '-deststoretype',
    'PKCS12',
    '-deststorepass',
    password,
    '-destkeypass',
    password,
    '-noprompt',
  );
  const fromJks = openssl('pkcs12', '-in', p12, '-passin', `pass:${password}`, '-nodes', '-nocerts');
  expect(run('openssl', ['rsa', '-noout', '-modulus'], fromJks)).toBe(openssl('x509', '-noout', '-modulus', '-in', crtPath));
});

test('import an encrypted key: the page asks for its password, then offers to create the certificate', async ({
  page,
  electronApp,
}) => {
  const passphrase = registerSecret('import-pass-e2e');
  const dir = mkdtempSync(join(tmpdir(), 'sfjs-e2e-import-'));
  const keyPath = join(dir, 'server.pass.key');
  openssl('genrsa', '-des3', '-passout', `pass:${passphrase}`, '-out', keyPath, '2048');
  const ui = keysPage(page);
  await ui.open();

  await ui.main.getByLabel('Choose a key, certificate or keystore file').setInputFiles(keyPath);
  const prompt = ui.main.getByLabel('Password of server.pass.key');
  await expect(prompt).toHaveAccessibleDescription(/^The file is protected/);
  await prompt.fill('wrong-password');
  await ui.main.getByRole('button', { name: 'Open' }).click();
  await expect(ui.main.getByRole('alert').filter({ hasText: 'wrong-password' })).toBeVisible();
  await prompt.fill(passphrase);
  await ui.main.getByRole('button', { name: 'Open' }).click();
  await expect(ui.main.getByText('Imported: encrypted private key (PKCS#8 PEM).')).toBeVisible();
  await expect(ui.main.getByText('None yet: create it with the form below.')).toBeVisible();
  await expect(ui.save('Save certificate (.crt)')).toBeDisabled();
  await expect(ui.save('Save certificate (.crt)')).toHaveAccessibleDescription(/^Needs the certificate/);
  await expect(ui.save('Save private key (.key)')).toBeEnabled();
  // The form certifies the key under the alias the import settled on, not the form's default.
  await expect(ui.field('Certificate Unique Name (alias)')).toHaveValue('server_pass');
  await expect(ui.main.getByText('The file has no certificate')).toBeVisible();

  await ui.main.getByRole('button', { name: 'Create certificate for the loaded key' }).click();
  await expect(ui.main.getByText('Created the certificate of "server_pass" (RSA 2048 bits).')).toBeVisible();
  await expect(ui.main.getByText('The file has no certificate')).toHaveCount(0);
  await expect(ui.fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(ui.save('Save keystore (.jks)')).toHaveAccessibleDescription(/^Type the keystore password above first/);
  const modulus = openssl('rsa', '-noout', '-modulus', '-passin', `pass:${passphrase}`, '-in', keyPath);
  const crt = await saveFileVia(page, electronApp, () => ui.save('Save certificate (.crt)').click());
  const crtPath = join(dir, 'created.crt');
  writeFileSync(crtPath, crt.bytes);
  expect(openssl('x509', '-noout', '-modulus', '-in', crtPath)).toBe(modulus);
});

test('a file dropped on the page that is no key gets a coded error', async ({ page }) => {
  const ui = keysPage(page);
  await ui.open();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  });
  await ui.main.getByText('Drop a file here, or choose one').dispatchEvent('drop', { dataTransfer });
  const alert = ui.main.getByRole('alert').filter({ hasText: 'looked for PEM, DER, PKCS#12, JKS' });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-code', 'unknown-format');
});

test('a certificate that expires within 30 days gets a banner', async ({ page }) => {
  const ui = keysPage(page);
  await ui.open();
  await ui.field('Validity (days)').fill('10');
  await ui.generate.click();
  await expect(ui.fingerprint).toBeVisible();
  // Whole days left, counted down from the moment of generation: 10 days minus a few milliseconds is 9.
  await expect(ui.main.getByRole('alert').filter({ hasText: 'The certificate expires in 9 days' })).toBeVisible();
  await expect(ui.main.getByText('(9 days left)')).toBeVisible();
});
