import { expect, test } from './fixtures';

const areas = ['Setup wizard', 'Keys & certificate', 'JWT builder', 'JWT inspector', 'Token exchange', 'Profiles'];

test('the app opens, shows its host kind, and reaches every area from the navigation', async ({ page, hostKind }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'SF JWT Studio' })).toBeVisible();
  await expect(page.getByTestId('host-kind')).toHaveText(hostKind);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const area of areas) {
    await nav.getByRole('button', { name: area, exact: true }).click();
    await expect(nav.getByRole('button', { name: area, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main', { name: area })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
  }
});

test('the navigation is keyboard reachable', async ({ page }) => {
  await expect(page.getByTestId('host-kind')).toBeVisible();
  const target = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'JWT inspector' });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'JWT inspector' })).toBeVisible();
});
