import { expect, type Page } from '@playwright/test';

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
