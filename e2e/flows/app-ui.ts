import { expect, type Locator, type Page } from '@playwright/test';

/** The app's parts the specs of both hosts drive, found by role and label as a user finds them. */

export async function openArea(page: Page, area: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: area, exact: true }).click();
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
