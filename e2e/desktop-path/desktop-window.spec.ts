import { generateKey, keysPage } from '../flows/app-ui';
import { expect, test } from './desktop-bridge';

test('the desktop app opens on app://studio with its bridge, as the Electron host', async ({ desktop }) => {
  const { page } = desktop;
  await expect(page.getByTestId('host-kind')).toHaveText('electron');
  expect(await page.evaluate(() => Object.isFrozen(window.studio))).toBe(true);
  // The renderer's page reads no clipboard: clipboard-read is not among the permissions the app grants.
  expect(
    await page.evaluate(() =>
      navigator.clipboard.readText().then(
        () => 'read',
        (e: Error) => e.name,
      ),
    ),
  ).toBe('NotAllowedError');
});

test('Copy writes the certificate PEM to the clipboard, read back by pasting it elsewhere', async ({ desktop }) => {
  await generateKey(desktop.page);
  const keys = keysPage(desktop.page);
  const pem = await desktop.page.evaluate(async () => {
    const result = await window.studio?.['keys.current']();
    return result?.ok ? result.value?.certificate?.pem : undefined;
  });
  expect(pem).toContain('-----BEGIN CERTIFICATE-----');
  const copy = keys.getByRole('button', { name: 'Copy the certificate PEM' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  expect(await desktop.readClipboard()).toBe(pem);
});

test('a refused clipboard write reads "Copy failed" and says what to do, never "Copied"', async ({ desktop }) => {
  await generateKey(desktop.page);
  const keys = keysPage(desktop.page);
  // The session handler before this fix: every permission denied.
  await desktop.applyPermissions(() => false);
  const copy = keys.getByRole('button', { name: 'Copy the certificate PEM' });
  await copy.click();
  await expect(copy).toHaveText('Copy failed');
  await expect(keys.getByRole('alert').filter({ hasText: 'The clipboard refused the copy' })).toBeVisible();
});

test('window.open and navigation are refused; an https Salesforce help link goes to the system browser', async ({ desktop }) => {
  const { page } = desktop;
  await expect(page.getByTestId('host-kind')).toBeVisible();
  const before = page.url();
  await page.evaluate(() => {
    window.open('https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm', '_blank');
    window.open('https://evil.example/phish', '_blank');
  });
  await expect
    .poll(() => desktop.openedExternally)
    .toEqual(['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm']);
  await page.evaluate(() => {
    window.location.href = 'https://evil.example/';
  });
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  await expect(page.getByTestId('host-kind')).toHaveText('electron');
  await expect.poll(() => page.context().pages().length).toBe(1);
});

test('IPC from a window that is not the main frame is refused as forbidden', async ({ desktop }) => {
  const { page } = desktop;
  await expect(page.getByTestId('host-kind')).toBeVisible();
  // A frame of the app's own origin that is not the main window's main frame: same URL, another sender.
  const answer = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ipc = (frame.contentWindow as (Window & { __studioIpc?: Window['__studioIpc'] }) | null)?.__studioIpc;
    const result = ipc ? await ipc('studio:app.info', undefined) : 'no binding in the frame';
    frame.remove();
    return result;
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
