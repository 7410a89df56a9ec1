import { type AddressInfo, createServer, type Socket } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateKey } from './flows/app-ui';

/** The Token exchange page's controls, by role and label. */
function exchangePage(page: Page) {
  const main = page.getByRole('main', { name: 'Token exchange' });
  return {
    main,
    open: () => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Token exchange' }).click(),
    rehearse: main.getByRole('switch', { name: 'Rehearse offline' }),
    assertion: main.getByLabel('Assertion (JWT)'),
    testLogin: main.getByRole('button', { name: 'Test login' }),
    causes: main.getByRole('list', { name: 'Likely causes' }),
  };
}

/** Generates a key on the Keys page: the rehearsal org and fresh assertions use the key in use. */
test('rehearse offline: a working setup logs in and proves its token; "user not assigned" is diagnosed with its fix', async ({
  page,
}) => {
  await generateKey(page);

  const ui = exchangePage(page);
  await ui.open();
  await ui.rehearse.click();
  await expect(ui.rehearse).toBeChecked();
  await expect(ui.main.getByTestId('rehearsal-breakage')).toHaveText('Working');
  await expect(ui.main.getByLabel('Token endpoint')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+$/);
  await expect(ui.assertion).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await ui.testLogin.click();

  const success = ui.main.getByRole('region', { name: 'Login succeeded' });
  await expect(success.getByTestId('identity-username')).toHaveText('admin@example.com');
  await expect(success.getByTestId('identity-org')).toHaveText(/^00D\w{12,15}$/);
  await expect(success.getByTestId('api-version')).toHaveText(/^v\d+\.0/);
  await expect(success.getByTestId('proof-org-name')).toHaveText('Rehearsal');
  await expect(success.getByTestId('proof-profile')).toHaveText('System Administrator');
  await expect(ui.main.getByTestId('exchange-status')).toHaveText('HTTP 200');
  const masked = success.getByTestId('access-token');
  await expect(masked).toContainText('hidden');
  await success.getByRole('button', { name: 'Reveal' }).click();
  await expect(masked).toHaveText(/^00D\w+!\S+$/);
  await success.getByRole('button', { name: 'Hide' }).click();
  await expect(masked).toContainText('hidden');

  await ui.main.getByLabel('Break it').selectOption({ label: 'User not assigned to the app (profile / permission set)' });
  await ui.main.getByRole('button', { name: 'Apply' }).click();
  await expect(ui.main.getByTestId('rehearsal-breakage')).toContainText('User not assigned');
  await ui.testLogin.click();
  const first = ui.causes.getByRole('listitem').first();
  await expect(first).toHaveAttribute('data-code', 'user-not-assigned');
  await expect(first).toContainText('Select Profiles / Select Permission Sets');
  await expect(first.getByRole('button', { name: /Open the wizard step: Pre-authorize the user/ })).toHaveAttribute(
    'data-wizard-step',
    'preauthorize',
  );
  await expect(ui.main.getByRole('table', { name: 'Login History (rehearsal org)' })).toContainText(
    'Failed: Not approved for access',
  );
  const attempts = ui.main.getByRole('table', { name: 'Attempts since start' });
  await expect(attempts).toContainText('user-not-assigned');
  await expect(attempts).toContainText('HTTP 200');

  await first.getByRole('button', { name: /Open the wizard step/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Setup wizard' })).toBeVisible();
});

test('without rehearsal: the claims on the page sign a fresh assertion; an unknown host is diagnosed as DNS', async ({
  page,
}) => {
  await generateKey(page);

  const ui = exchangePage(page);
  await ui.open();
  const sign = ui.main.getByRole('button', { name: 'Sign a fresh assertion' });
  await sign.click();
  // No Consumer Key yet: a coded error that the fields right here can fix.
  await expect(ui.main.getByRole('alert')).toContainText('consumer-key-missing');
  await ui.main.getByLabel('Consumer Key (iss)').fill('3MVG9exampleConsumerKey.abc');
  await ui.main.getByLabel('Username (sub)').fill('jane@acme.com');
  await expect(ui.main.getByLabel('Audience (aud)')).toHaveValue('https://login.salesforce.com');
  await sign.click();
  await expect(ui.assertion).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(ui.main.getByRole('alert')).toHaveCount(0);

  await ui.main.getByLabel('Token endpoint').fill('https://no-such-org.invalid');
  await ui.testLogin.click();
  await expect(ui.causes.getByRole('listitem').first()).toHaveAttribute('data-code', 'dns-failure');
  await expect(ui.main.getByTestId('exchange-status')).toHaveText('No response');
});

test('Cancel stops a request the endpoint never answers', async ({ page }) => {
  // A loopback server that accepts the connection and never answers: the request would wait for its 20 s timeout.
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const ui = exchangePage(page);
    await ui.open();
    await ui.main.getByLabel('Token endpoint').fill(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await ui.assertion.fill('eyJhbGciOiJSUzI1NiJ9.e30.c2ln');
    await ui.testLogin.click();
    await expect(ui.main.getByRole('progressbar', { name: 'Waiting for the token endpoint' })).toBeVisible();
    await ui.main.getByRole('button', { name: 'Cancel' }).click();
    await expect(ui.main.getByTestId('exchange-status')).toHaveText('Cancelled');
    await expect(ui.main.getByRole('status').filter({ hasText: 'The request was cancelled.' })).toBeVisible();
    await expect(ui.main.getByRole('table', { name: 'Attempts since start' })).toContainText('cancelled');
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});
