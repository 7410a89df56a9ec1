import { expectNoKeyWhenSigning, openArea } from '../flows/app-ui';
import { expect, test } from './desktop-bridge';

const CONSUMER_KEY = `3MVG9${'D'.repeat(80)}`;

test('signing without a key says where to get one; with a generated key the assertion verifies in the inspector', async ({
  desktop,
}) => {
  const { page } = desktop;
  await expectNoKeyWhenSigning(page, CONSUMER_KEY);

  await openArea(page, 'Keys & certificate');
  await page.getByRole('button', { name: 'Generate key and certificate' }).click();
  await expect(page.getByTestId('fingerprint-sha256')).toBeVisible({ timeout: 30_000 });

  await openArea(page, 'JWT builder');
  await expect(page.getByLabel('Audience (aud)')).toHaveValue('https://login.salesforce.com');
  await page.getByRole('button', { name: 'Sign assertion' }).click();
  const signed = page.getByRole('figure', { name: 'Signed assertion' });
  await expect(signed).toContainText('eyJhbGciOiJSUzI1NiJ9.');
  const token = (await signed.textContent())?.trim() ?? '';
  await page.getByRole('button', { name: 'Copy assertion' }).click();
  expect(await desktop.readClipboard()).toBe(token);

  await page.getByRole('button', { name: 'Open in inspector' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'JWT inspector' })).toBeVisible();
  await expect(page.getByLabel('JWT to inspect')).toHaveValue(token);
  await expect(page.getByText('Signature valid')).toBeVisible();
  await expect(page.getByText('Salesforce rules: no errors')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Payload' })).toContainText('integration@acme.com');
});
