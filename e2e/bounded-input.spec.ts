import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, registerSecret, test } from './fixtures';
import { openArea } from './flows/app-ui';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

test('an 8,000-deep token is the finding json-too-deep; the inspector and the app stay usable', async ({ page }) => {
  await openArea(page, 'JWT inspector');
  const main = page.getByRole('main', { name: 'JWT inspector' });
  const deep = `${b64url('{"alg":"RS256"}')}.${b64url(`${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}`)}.c2ln`;
  await main.getByLabel('JWT to inspect').fill(deep);
  await expect(main.getByText('json-too-deep').first()).toBeVisible();
  await expect(main.getByText(/nests deeper than 64 levels/).first()).toBeVisible();
  // Still usable: another token decodes, and another area opens.
  await main.getByLabel('JWT to inspect').fill(`${b64url('{"alg":"RS256"}')}.${b64url('{"iss":"still-works"}')}.c2ln`);
  await expect(main.getByText('still-works').first()).toBeVisible();
  await openArea(page, 'Token exchange');
  await openArea(page, 'JWT inspector');
});

/** A token endpoint that returns a refresh_token and an id_token, and a proof endpoint echoing Authorization. */
async function leakyOrg(secrets: { access: string; refresh: string; idToken: string }) {
  let base = '';
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/services/oauth2/token') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: secrets.access,
          refresh_token: secrets.refresh,
          id_token: secrets.idToken,
          instance_url: base,
          id: `${base}/id/00D5g000004ABCD/0055g000000ABCD`,
          token_type: 'Bearer',
        }),
      );
      return;
    }
    res.writeHead(401, { 'content-type': 'text/plain' });
    res.end(`INVALID_SESSION_ID, you sent Authorization: ${req.headers.authorization}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('a refresh_token, an id_token and an echoed Authorization never reach the page or a log', async ({ page }) => {
  const secrets = {
    access: registerSecret('00D5g000004ABCD!AQ4AQe2eAccessTokenNotForThePage0123456789abcdef'),
    refresh: registerSecret('5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ.e2eRefreshNotForThePage9q8w'),
    idToken: registerSecret('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJlMmUtaWQtdG9rZW4ifQ.ZTJlLWlkLXRva2VuLXNpZ25hdHVyZQ'),
  };
  const org = await leakyOrg(secrets);
  try {
    await openArea(page, 'Token exchange');
    const main = page.getByRole('main', { name: 'Token exchange' });
    await main.getByLabel('Token endpoint').fill(org.base);
    await main.getByLabel('Assertion (JWT)').fill(`${b64url('{"alg":"RS256"}')}.${b64url('{"iss":"x"}')}.c2ln`);
    await main.getByRole('button', { name: 'Test login' }).click();
    await expect(main.getByTestId('exchange-status')).toHaveText('HTTP 200');
    await expect(main.getByText(/INVALID_SESSION_ID/).first()).toBeVisible();
    const text = (await page.locator('body').textContent()) ?? '';
    const html = await page.content();
    for (const secret of Object.values(secrets)) {
      expect(text).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(text).toContain('characters, hidden');
  } finally {
    await org.close();
  }
});

test('the exchange takes a timeout and names the phase that hit it', async ({ page }) => {
  // A token endpoint that accepts the request and never answers.
  const hung = createServer(() => undefined);
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  try {
    await openArea(page, 'Token exchange');
    const main = page.getByRole('main', { name: 'Token exchange' });
    await main.getByLabel('Token endpoint').fill(`http://127.0.0.1:${(hung.address() as AddressInfo).port}`);
    await main.getByLabel('Assertion (JWT)').fill(`${b64url('{"alg":"RS256"}')}.${b64url('{"iss":"x"}')}.c2ln`);
    await main.getByLabel('Timeout (seconds)').fill('0');
    await expect(main.getByText('Give whole seconds from 1 to 120.')).toBeVisible();
    await expect(main.getByRole('button', { name: 'Test login' })).toBeDisabled();
    await main.getByLabel('Timeout (seconds)').fill('2');
    await main.getByRole('button', { name: 'Test login' }).click();
    await expect(main.getByTestId('exchange-deadline')).toHaveText(
      "Deadline: the exchange's 2 s passed during the token request.",
      { timeout: 8000 },
    );
  } finally {
    hung.closeAllConnections();
    await new Promise((resolve) => hung.close(resolve));
  }
});

test('an answer no view expected replaces only its area with a coded error and "Reload this area"', async ({ page }) => {
  // A malformed answer from the host (a report without its fields): the Token exchange view cannot render it.
  await page.route('**/api/exchange.run', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { ok: false } }) }),
  );
  await openArea(page, 'Token exchange');
  const main = page.getByRole('main', { name: 'Token exchange' });
  await main.getByLabel('Token endpoint').fill('https://login.salesforce.com');
  await main.getByLabel('Assertion (JWT)').fill(`${b64url('{"alg":"RS256"}')}.${b64url('{"iss":"x"}')}.c2ln`);
  await main.getByRole('button', { name: 'Test login' }).click();
  const crashed = main.locator('[data-code="area-crashed"]');
  await expect(crashed).toContainText('This area stopped working (TypeError)');
  await expect(crashed).toContainText('area-crashed');
  await expect(main.getByRole('button', { name: 'Reload this area (Token exchange)' })).toBeVisible();
  // The rest of the app still works.
  await expect(page.getByTestId('host-kind')).toBeVisible();
  await openArea(page, 'JWT inspector');
  await expect(page.getByRole('main', { name: 'JWT inspector' }).getByLabel('JWT to inspect')).toBeVisible();
});
