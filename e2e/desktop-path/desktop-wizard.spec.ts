import { checkAll, generateKeyIn, rehearsedLoginAgain, wizard } from '../flows/app-ui';
import { expect, test } from './desktop-bridge';

const CONSUMER_KEY = `3MVG9desktopWizard${'Q'.repeat(66)}`;
const USERNAME = 'integration@acme.com';

test('the wizard offline in the desktop app: a login, a profile in the secret store, and after a restart a login again', async ({
  desktop,
}) => {
  test.setTimeout(120_000);
  let ui = wizard(desktop.page);
  await expect(ui.stepTitle).toHaveText('Step 1 of 7: Org and app');
  await ui.main.getByLabel('My Domain name').fill('acme');
  await ui.main.getByRole('button', { name: 'Use this org and continue' }).click();

  await expect(ui.stepTitle).toHaveText('Step 2 of 7: Keys & certificate');
  const fingerprint = await generateKeyIn(ui.main);
  await ui.next.click();

  // The certificate goes through the save dialog, not a browser download.
  await expect(ui.stepTitle).toHaveText('Step 3 of 7: Configure the app in Salesforce');
  await ui.main.getByRole('button', { name: 'Download the certificate (.crt)' }).click();
  await expect.poll(() => desktop.saved.map((f) => f.name)).toEqual([expect.stringMatching(/\.crt$/)]);
  expect(desktop.saved[0]?.bytes.toString('utf8')).toContain('-----BEGIN CERTIFICATE-----');
  await checkAll(ui, 'Configure the app');
  await ui.next.click();

  await expect(ui.stepTitle).toHaveText('Step 4 of 7: Pre-authorize the user');
  await checkAll(ui, 'Pre-authorize the user');
  await ui.next.click();

  await expect(ui.stepTitle).toHaveText('Step 5 of 7: Consumer Key and username');
  await ui.main.getByRole('textbox', { name: 'Consumer Key', exact: true }).fill(CONSUMER_KEY);
  await ui.main.getByRole('textbox', { name: 'Username', exact: true }).fill(USERNAME);
  await ui.next.click();

  await expect(ui.stepTitle).toHaveText('Step 6 of 7: Test the login');
  await ui.rehearse.click();
  await ui.testLogin.click();
  await expect(ui.success.getByTestId('identity-username')).toHaveText(USERNAME);

  // The access token's Copy goes to the clipboard too.
  await ui.success.getByRole('button', { name: 'Copy access token' }).click();
  await expect(ui.success.getByRole('button', { name: 'Copy access token' })).toHaveText('Copied');
  expect(await desktop.readClipboard()).toMatch(/^00D/);

  // The desktop app has a secret store: no passphrase to set.
  await ui.main.getByLabel('Profile name').fill('Acme desktop');
  await expect(ui.main.getByLabel('Profile passphrase', { exact: true })).toHaveCount(0);
  await ui.main.getByRole('button', { name: 'Save profile' }).click();
  await expect(ui.main.getByText('Saved profile "Acme desktop".')).toBeVisible();

  const page = await desktop.restart();
  ui = wizard(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profiles' }).click();
  const profiles = page.getByRole('main', { name: 'Profiles' });
  const row = profiles.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Acme desktop' }) });
  await expect(row).toContainText('Encrypted by this computer’s secret store');
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(profiles.getByText('Opened profile "Acme desktop".')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Setup wizard' }).click();
  // The page's storage survived the restart, as Electron keeps it in the data folder: the wizard resumes.
  await expect(ui.stepper.getByRole('button', { name: /Org and app \(done\)/ })).toBeVisible();
  await rehearsedLoginAgain(ui, { consumerKey: CONSUMER_KEY, username: USERNAME, fingerprint });
});
