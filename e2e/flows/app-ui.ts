import { expect, type Locator, type Page } from '@playwright/test';

/** The app's parts the specs of both hosts drive, found by role and label as a user finds them. */

/** Clicks an area in the main navigation. */
export const nav = (page: Page, area: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: area, exact: true }).click();

/** Opens an area and waits for its heading. */
export async function openArea(page: Page, area: string) {
  await nav(page, area);
  await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
}

/** The Setup wizard's parts. */
export function wizard(page: Page) {
  const main = page.getByRole('main', { name: 'Setup wizard' });
  const stepper = main.getByRole('navigation', { name: 'Wizard steps' });
  return {
    main,
    stepper,
    step: (name: RegExp) => stepper.getByRole('button', { name }),
    stepTitle: main.getByRole('heading', { level: 3, name: /^Step \d of 7/ }),
    next: main.getByRole('button', { name: 'Next step' }),
    fingerprint: main.getByTestId('fingerprint-sha256'),
    rehearse: main.getByRole('switch', { name: 'Rehearse offline' }),
    testLogin: main.getByRole('button', { name: 'Test login' }),
    success: main.getByRole('region', { name: 'Login succeeded' }),
  };
}

export type WizardParts = ReturnType<typeof wizard>;

/** Signing in the JWT builder before any key is loaded: the coded no-key error, naming where to get a key. */
export async function expectNoKeyWhenSigning(page: Page, consumerKey: string) {
  await openArea(page, 'JWT builder');
  await page.getByLabel('Consumer Key (iss)').fill(consumerKey);
  await page.getByLabel('Username (sub)').fill('integration@acme.com');
  await page.getByRole('button', { name: 'Sign assertion' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'No private key is loaded yet.' });
  await expect(alert).toHaveAttribute('data-code', 'no-key');
  await expect(alert).toContainText('Keys & certificate page');
}

/** Generates a key and certificate in `region` (the Keys page, or the wizard's step 2); returns the fingerprint. */
export async function generateKeyIn(region: Locator, days?: string): Promise<string> {
  if (days !== undefined) await region.getByLabel('Validity (days)').fill(days);
  await region.getByRole('button', { name: 'Generate key and certificate' }).click();
  const fingerprint = region.getByTestId('fingerprint-sha256');
  await expect(fingerprint).toBeVisible({ timeout: 30_000 });
  return (await fingerprint.textContent()) ?? '';
}

export const keysPage = (page: Page) => page.getByRole('main', { name: 'Keys & certificate' });

/** Opens the Keys & certificate page and generates a key there; returns its fingerprint. */
export async function generateKey(page: Page, days?: string): Promise<string> {
  await openArea(page, 'Keys & certificate');
  return generateKeyIn(keysPage(page), days);
}

/** Ticks every box of one of the wizard's checklists. */
export async function checkAll(ui: WizardParts, list: string) {
  for (const box of await ui.main.getByRole('list', { name: list }).getByRole('checkbox').all()) await box.check();
}

/** The Profiles page, and one profile's row by the start of its name. */
export function profilesArea(page: Page) {
  const main = page.getByRole('main', { name: 'Profiles' });
  return {
    main,
    row: (name: string) =>
      main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${name}`) }) }),
  };
}

/**
 * After a restart, step 6 rehearsed again: the login succeeds with the values and the key that came back, the
 * very key of before (same fingerprint on step 2).
 */
export async function rehearsedLoginAgain(
  ui: WizardParts,
  values: { consumerKey: string; username: string; fingerprint: string },
) {
  await ui.stepper.getByRole('button', { name: /Test the login/ }).click();
  await ui.rehearse.click();
  await expect(ui.main.getByText(values.consumerKey, { exact: true })).toBeVisible();
  await ui.testLogin.click();
  await expect(ui.success.getByTestId('identity-username')).toHaveText(values.username);
  await ui.stepper.getByRole('button', { name: /Keys & certificate/ }).click();
  await expect(ui.main.getByTestId('fingerprint-sha256')).toHaveText(values.fingerprint);
}
