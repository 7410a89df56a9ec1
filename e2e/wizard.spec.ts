import { expect, findSecrets, launchChromium, registerSecret, test } from './fixtures';
import { checkAll, generateKeyIn, rehearsedLoginAgain, wizard } from './flows/app-ui';
import { launchWebHost, openApp } from './launch-web-host';

const CONSUMER_KEY = `3MVG9wizardE2e${'Q'.repeat(70)}`;
const USERNAME = 'integration@acme.com';
const PASSPHRASE = registerSecret('wizard e2e passphrase');

test('a new user completes the wizard offline, saves a profile, and after a restart reopens it and logs in again', async ({
  hostKind,
}) => {
  test.skip(hostKind !== 'web', 'restarts its own web host');
  test.setTimeout(120_000);
  const browser = await launchChromium();
  let host = await launchWebHost();
  const outputs: string[] = [];
  try {
    let page = await openApp(browser, host);
    let ui = wizard(page);

    // The wizard is the first screen.
    await expect(page.getByRole('heading', { level: 2, name: 'Setup wizard' })).toBeVisible();
    await expect(ui.stepTitle).toHaveText('Step 1 of 7: Org and app');

    // 1. External Client App (the default) on its My Domain: token host and aud both the My Domain.
    await expect(ui.main.getByRole('radio', { name: /External Client App/ })).toBeChecked();
    await ui.main.getByLabel('My Domain name').fill('acme');
    const resolved = ui.main.getByRole('definition').filter({ hasText: 'acme.my.salesforce.com' });
    await expect(resolved).toHaveCount(2);
    await ui.main.getByRole('button', { name: 'Use this org and continue' }).click();

    // 2. The keys page in place.
    await expect(ui.stepTitle).toHaveText('Step 2 of 7: Keys & certificate');
    const fingerprint = await generateKeyIn(ui.main);
    await ui.next.click();

    // 3. The checklist, the certificate right there, the propagation timer.
    await expect(ui.stepTitle).toHaveText('Step 3 of 7: Configure the app in Salesforce');
    const configure = ui.main.getByRole('list', { name: 'Configure the app' });
    await expect(configure).toContainText('Enable JWT Bearer Flow');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ui.main.getByRole('button', { name: 'Download the certificate (.crt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.crt$/);
    await expect(configure.getByRole('checkbox', { name: 'Done: JWT Bearer Flow enabled, certificate uploaded' })).toBeVisible();
    for (const box of await configure.getByRole('checkbox').all()) await box.check();
    // Ticking "saved" starts the propagation timer.
    await expect(ui.main.getByTestId('propagation-timer')).toContainText('Wait at least 2 minutes');
    await expect(ui.main.getByRole('button', { name: 'I saved the app' })).toHaveCount(0);

    // Resumable: a reload comes back to this step with its ticks, its timer and the key.
    await page.reload();
    await expect(ui.stepTitle).toHaveText('Step 3 of 7: Configure the app in Salesforce');
    await expect(configure.getByRole('checkbox', { checked: true })).toHaveCount(4);
    await expect(ui.main.getByTestId('propagation-timer')).toContainText('Saved');
    await expect(ui.main.getByRole('button', { name: 'Download the certificate (.crt)' })).toBeEnabled();
    await ui.next.click();

    // 4. Pre-authorize.
    await expect(ui.stepTitle).toHaveText('Step 4 of 7: Pre-authorize the user');
    await expect(ui.main).toContainText('Admin approved users are pre-authorized');
    await checkAll(ui, 'Pre-authorize the user');
    await ui.next.click();

    // 5. Pasted values are trimmed, and the whitespace is reported.
    await expect(ui.stepTitle).toHaveText('Step 5 of 7: Consumer Key and username');
    const consumerKey = ui.main.getByRole('textbox', { name: 'Consumer Key', exact: true });
    const username = ui.main.getByRole('textbox', { name: 'Username', exact: true });
    await consumerKey.fill(`  ${CONSUMER_KEY} `);
    await expect(consumerKey).toHaveValue(CONSUMER_KEY);
    await expect(ui.main).toContainText('Removed 3 characters (spaces) around the Consumer Key.');
    await username.fill(`${USERNAME}.uat`);
    await expect(ui.main).toContainText('like a sandbox copy of a user, but step 1 chose production');
    await username.fill(USERNAME);
    await ui.next.click();

    // 6. Test offline; a failure links back to the step that fixes it.
    await expect(ui.stepTitle).toHaveText('Step 6 of 7: Test the login');
    await ui.rehearse.click();
    await expect(ui.main.getByTestId('rehearsal-breakage')).toHaveText('Working');
    await expect(ui.main.getByText(CONSUMER_KEY, { exact: true })).toBeVisible();
    await ui.main.getByLabel('Break it').selectOption({ label: 'User not assigned to the app (profile / permission set)' });
    await ui.main.getByRole('button', { name: 'Apply' }).click();
    await expect(ui.main.getByTestId('rehearsal-breakage')).toContainText('User not assigned');
    await ui.testLogin.click();
    const mostLikely = ui.main.getByRole('list', { name: 'Likely causes' }).getByRole('listitem').first();
    await expect(mostLikely).toHaveAttribute('data-code', 'user-not-assigned');
    await mostLikely.getByRole('button', { name: 'Open the wizard step: Pre-authorize the user' }).click();
    await expect(ui.stepTitle).toHaveText('Step 4 of 7: Pre-authorize the user');
    await ui.stepper.getByRole('button', { name: /Test the login/ }).click();
    await ui.main.getByRole('button', { name: 'Restore working setup' }).click();
    await expect(ui.main.getByTestId('rehearsal-breakage')).toHaveText('Working');
    await ui.testLogin.click();
    await expect(ui.success.getByTestId('identity-username')).toHaveText(USERNAME);
    await expect(ui.stepper.getByRole('button', { name: /Test the login \(done\)/ })).toBeVisible();

    // Save the profile (the web host has no OS secret store: a passphrase protects the key).
    await ui.main.getByLabel('Profile name').fill('Acme integration');
    await ui.main.getByLabel('Profile passphrase', { exact: true }).fill(PASSPHRASE);
    await ui.main.getByLabel('Confirm profile passphrase').fill(PASSPHRASE);
    await ui.main.getByRole('button', { name: 'Save profile' }).click();
    await expect(ui.main.getByText('Saved profile "Acme integration".')).toBeVisible();

    // Working code for the integration, with these values.
    await ui.main.getByRole('radio', { name: 'Node.js (jose + fetch)' }).check();
    await expect(ui.main.getByRole('figure', { name: /Node\.js/ })).toContainText(`const clientId = "${CONSUMER_KEY}";`);
    for (const stepName of ['Org and app', 'Keys & certificate', 'Configure the app', 'Pre-authorize', 'Consumer Key']) {
      await expect(ui.stepper.getByRole('button', { name: new RegExp(`${stepName}.*\\(done\\)`) })).toBeVisible();
    }

    // Restart: a new host process on the same data folder, a fresh browser context.
    outputs.push(host.output());
    await page.context().close();
    const dataDir = host.dataDir;
    await host.stop();
    host = await launchWebHost({ dataDir });
    page = await openApp(browser, host);
    ui = wizard(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Profiles' }).click();
    const profiles = page.getByRole('main', { name: 'Profiles' });
    const row = profiles.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Acme integration' }) });
    await expect(row).toContainText('Encrypted with a passphrase');
    await expect(row.getByTestId('days-left')).toContainText('364 days left');
    await row.getByRole('button', { name: 'Open' }).click();
    await row.getByLabel('Passphrase of "Acme integration"').fill(PASSPHRASE);
    await row.getByRole('button', { name: 'Unlock and open' }).click();
    await expect(profiles.getByText('Opened profile "Acme integration".')).toBeVisible();

    // Log in again with the reopened configuration and key; the workspace kept the wizard on its step (fresh browser).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Setup wizard' }).click();
    await expect(ui.stepTitle).toHaveText('Step 6 of 7: Test the login');
    await ui.stepper.getByRole('button', { name: /Org and app/ }).click();
    await expect(ui.stepTitle).toHaveText('Step 1 of 7: Org and app');
    await expect(ui.main.getByLabel('My Domain name')).toHaveValue('acme');
    await expect(ui.stepper.getByRole('button', { name: /Org and app \(done\)/ })).toBeVisible();
    await expect(ui.stepper.getByRole('button', { name: /Consumer Key and username \(done\)/ })).toBeVisible();
    await rehearsedLoginAgain(ui, { consumerKey: CONSUMER_KEY, username: USERNAME, fingerprint });

    // Start over asks first, then forgets the answers (not the key).
    await ui.main.getByRole('button', { name: 'Start over' }).click();
    await ui.main.getByRole('group', { name: 'Start over' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(ui.stepTitle).toHaveText('Step 2 of 7: Keys & certificate');
    await ui.main.getByRole('button', { name: 'Start over' }).click();
    await ui.main.getByRole('button', { name: 'Forget and start over' }).click();
    await expect(ui.stepTitle).toHaveText('Step 1 of 7: Org and app');
    await expect(ui.main.getByLabel('My Domain name')).toHaveValue('');
    await expect(ui.stepper.getByRole('button', { name: /Keys & certificate \(done\)/ })).toBeVisible();
    await page.context().close();
  } finally {
    outputs.push(host.output());
    await host.stop();
    await browser.close();
  }
  expect(findSecrets(outputs.join('\n'))).toEqual([]);
});
