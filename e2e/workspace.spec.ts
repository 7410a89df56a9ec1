import type { Browser } from '@playwright/test';
import { expect, findSecrets, launchChromium, test } from './fixtures';
import { checkAll, generateKeyIn, wizard } from './flows/app-ui';
import { launchWebHost, openApp, type WebHostProcess } from './launch-web-host';

const CONSUMER_KEY = `3MVG9workspaceE2e${'W'.repeat(70)}`;
const USERNAME = 'rotation@acme.com';
/** The key file protection, deterministic on every machine (a developer's keychain gets no test entries). */
const ENV = { SF_JWT_STUDIO_KEYCHAIN: 'off' };

test.describe('workspace', () => {
  test.skip(({ hostKind }) => hostKind !== 'web', 'starts and restarts its own web hosts');
  let browser: Browser;
  const hosts: WebHostProcess[] = [];
  test.beforeAll(async () => {
    browser = await launchChromium();
  });
  test.afterAll(async () => {
    for (const host of hosts) await host.stop();
    await browser.close();
    expect(findSecrets(hosts.map((h) => h.output()).join('\n'))).toEqual([]);
  });

  test('a host started on the same data folder brings back the key, the step and the answers', async () => {
    test.setTimeout(90_000);
    const first = await launchWebHost({ env: ENV });
    hosts.push(first);
    let page = await openApp(browser, first);
    let ui = wizard(page);
    await ui.main.getByLabel('My Domain name').fill('acme');
    await ui.main.getByRole('button', { name: 'Use this org and continue' }).click();
    await expect(ui.stepTitle).toHaveText('Step 2 of 7: Keys & certificate');
    const fingerprint = await generateKeyIn(ui.main);
    await expect(ui.main.getByTestId('key-protection')).toContainText('workspace.key');
    await ui.next.click();
    await ui.main.getByRole('checkbox', { name: 'Done: The External Client App is created' }).check();
    await expect(ui.stepTitle).toHaveText('Step 3 of 7: Configure the app in Salesforce');
    await page.context().close();
    await first.stop();

    const second = await launchWebHost({ dataDir: first.dataDir, env: ENV });
    hosts.push(second);
    expect(second.url).not.toBe(first.url);
    page = await openApp(browser, second);
    ui = wizard(page);
    await expect(ui.stepTitle).toHaveText('Step 3 of 7: Configure the app in Salesforce');
    await expect(ui.main.getByRole('checkbox', { name: 'Done: The External Client App is created' })).toBeChecked();
    await ui.step(/Org and app/).click();
    await expect(ui.main.getByLabel('My Domain name')).toHaveValue('acme');
    await expect(ui.step(/Org and app \(done\)/)).toBeVisible();
    await ui.step(/Keys & certificate/).click();
    await expect(ui.fingerprint).toHaveText(fingerprint);
    // keys.current answers the same key, for every area (the Keys page asks it afresh).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Keys & certificate' }).click();
    await expect(page.getByRole('main', { name: 'Keys & certificate' }).getByTestId('fingerprint-sha256')).toHaveText(
      fingerprint,
    );
    await page.context().close();
  });

  test('a new key is a rotation: steps 3, 6, 7 need redo with both fingerprints, the rehearsal refuses, restoring brings all back', async () => {
    test.setTimeout(120_000);
    const host = await launchWebHost({ env: ENV });
    hosts.push(host);
    const page = await openApp(browser, host);
    const ui = wizard(page);

    // Steps 1–7 done, step 6 by rehearsal.
    await ui.main.getByLabel('My Domain name').fill('acme');
    await ui.main.getByRole('button', { name: 'Use this org and continue' }).click();
    const oldFingerprint = await generateKeyIn(ui.main);
    await ui.next.click();
    await checkAll(ui, 'Configure the app');
    await ui.next.click();
    await checkAll(ui, 'Pre-authorize the user');
    await ui.next.click();
    await ui.main.getByRole('textbox', { name: 'Consumer Key', exact: true }).fill(CONSUMER_KEY);
    await ui.main.getByRole('textbox', { name: 'Username', exact: true }).fill(USERNAME);
    await ui.next.click();
    await ui.main.getByRole('switch', { name: 'Rehearse offline' }).click();
    await expect(ui.main.getByTestId('rehearsal-breakage')).toHaveText('Working');
    await ui.main.getByRole('button', { name: 'Test login' }).click();
    const success = ui.main.getByRole('region', { name: 'Login succeeded' });
    await expect(success).toContainText('The emulator (rehearsal) issued an access token');
    await expect(success).not.toContainText('Salesforce issued');
    await expect(ui.main.getByTestId('exchange-answered-by')).toHaveText(
      /^The emulator \(rehearsal\), playing https:\/\/acme\.my\.salesforce\.com$/,
    );
    await expect(ui.main.getByTestId('mark-rehearsed')).toContainText('✓ Rehearsed');
    await expect(ui.main.getByTestId('mark-tested')).toContainText('Not tested against the real org');
    await expect(ui.main.getByTestId('mark-tested')).not.toContainText('✓');
    await ui.next.click();
    await ui.main.getByRole('checkbox', { name: /Done: the certificate is in Certificate and Key Management/ }).check();
    await expect(ui.main.getByText('Reached: rehearsed on the emulator only.')).toBeVisible();
    for (const name of [
      'Org and app',
      'Keys & certificate',
      'Configure the app',
      'Pre-authorize',
      'Consumer Key',
      'Test the login',
      'Optional',
    ]) {
      await expect(ui.step(new RegExp(`${name}.*\\(done\\)`))).toBeVisible();
    }

    // A new key asks first, naming the steps it breaks.
    await ui.step(/Keys & certificate/).click();
    await ui.main.getByRole('button', { name: 'Generate key and certificate' }).click();
    const confirmation = ui.main.getByRole('alertdialog', { name: 'Replace the key in use?' });
    await expect(confirmation).toContainText(
      'The certificate uploaded to the app no longer matches: steps 3 (certificate uploaded to the app), 6 (test the login) and 7 (certificate in Certificate and Key Management) need doing again.',
    );
    await expect(ui.fingerprint).toHaveText(oldFingerprint);
    await confirmation.getByRole('button', { name: 'Generate a new key and replace the key' }).click();
    await expect(ui.fingerprint).not.toHaveText(oldFingerprint, { timeout: 30_000 });
    const newFingerprint = (await ui.fingerprint.textContent()) ?? '';
    await expect(ui.main.getByTestId('previous-fingerprint')).toHaveText(oldFingerprint);

    // Steps 3, 6 and 7 need redo, each showing the confirmed fingerprint beside the new one.
    for (const name of ['Configure the app in Salesforce', 'Test the login', 'Optional: certificate for Apex']) {
      const step = ui.step(new RegExp(`${name.replace(/[()]/g, '\\$&')}.*\\(needs redo\\)`));
      await expect(step).toBeVisible();
      await step.click();
      const redo = ui.main.getByTestId('needs-redo');
      await expect(redo.getByTestId('confirmed-fingerprint')).toHaveText(oldFingerprint);
      await expect(redo.getByTestId('current-fingerprint')).toHaveText(newFingerprint);
    }

    // The rehearsal's org holds the certificate confirmed uploaded: the new key's assertion is refused.
    await ui.step(/Test the login/).click();
    await ui.main.getByRole('button', { name: 'Sign a fresh assertion' }).click();
    await ui.main.getByRole('button', { name: 'Test login' }).click();
    const first = ui.main.getByRole('list', { name: 'Likely causes' }).getByRole('listitem').first();
    await expect(first).toHaveAttribute('data-code', 'certificate-mismatch');

    // Restore the previous key: the old fingerprint, and every step done again.
    await ui.main.getByTestId('needs-redo').getByRole('button', { name: 'Restore the previous key' }).click();
    for (const name of ['Configure the app', 'Test the login', 'Optional']) {
      await expect(ui.step(new RegExp(`${name}.*\\(done\\)`))).toBeVisible();
    }
    await ui.step(/Keys & certificate/).click();
    await expect(ui.fingerprint).toHaveText(oldFingerprint);
    await expect(ui.main.getByTestId('previous-fingerprint')).toHaveText(newFingerprint);

    // Discarding asks first, then the previous key is gone.
    const previous = ui.main.getByRole('region', { name: 'Previous key' });
    await previous.getByRole('button', { name: 'Discard previous key' }).click();
    await previous.getByRole('button', { name: 'Discard for good' }).click();
    await expect(previous).toHaveCount(0);
    await page.context().close();
  });

  test('a wizard an earlier version kept in the browser moves into the workspace once', async () => {
    const host = await launchWebHost({ env: ENV });
    hosts.push(host);
    const page = await openApp(browser, host);
    const ui = wizard(page);
    await expect(ui.stepTitle).toHaveText('Step 1 of 7: Org and app');
    const legacy = {
      state: {
        step: 'credentials',
        ticks: { org: true, 'eca-new': true, 'eca-oauth': false },
        org: { orgKind: 'production', appKind: 'external', myDomain: 'legacy', sandboxName: '', siteUrl: '' },
        clientId: CONSUMER_KEY,
        username: USERNAME,
      },
      version: 1,
    };
    await page.evaluate((value) => localStorage.setItem('sf-jwt-studio.wizard', value), JSON.stringify(legacy));
    await page.reload();
    await expect(ui.stepTitle).toHaveText('Step 5 of 7: Consumer Key and username');
    await expect(ui.main.getByRole('textbox', { name: 'Username', exact: true })).toHaveValue(USERNAME);
    expect(await page.evaluate(() => localStorage.getItem('sf-jwt-studio.wizard'))).toBeNull();
    // Now in the workspace: a fresh browser on the same host sees it.
    const other = await openApp(browser, host);
    await expect(wizard(other).stepTitle).toHaveText('Step 5 of 7: Consumer Key and username');
    await other.context().close();
    await page.context().close();
  });
});
