import { expect, test } from './fixtures';
import { generateKey } from './flows/app-ui';

/** Generates a key on the Keys page: the rehearsal org and fresh assertions use the key in use. */
test('"Check in the org" on a rehearsal turns user-not-assigned into user-not-approved for a self-authorize app, showing the policy record', async ({
  page,
}) => {
  await generateKey(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Token exchange' }).click();
  const main = page.getByRole('main', { name: 'Token exchange' });
  await main.getByRole('switch', { name: 'Rehearse offline' }).click();
  await expect(main.getByTestId('rehearsal-breakage')).toHaveText('Working');
  await main.getByLabel('Break it').selectOption({ label: 'Self-authorize policy: the user never approved the app' });
  await main.getByRole('button', { name: 'Apply' }).click();
  await expect(main.getByTestId('rehearsal-breakage')).toContainText('Self-authorize');
  await main.getByRole('button', { name: 'Test login' }).click();

  // From the response alone, "user hasn't approved this consumer" reads as an assignment problem.
  const diagnosis = main.getByRole('region', { name: 'Diagnosis', exact: true });
  await expect(diagnosis.getByRole('listitem').first()).toHaveAttribute('data-code', 'user-not-assigned');

  const panel = main.getByRole('region', { name: 'Check in the org' });
  await expect(panel).toContainText('Admin approved users are pre-authorized');
  await expect(panel.getByRole('radio', { name: "Rehearsal's System Administrator" })).toBeChecked();
  await panel.getByRole('button', { name: "Connect as the rehearsal's admin" }).click();
  await expect(panel).toContainText('Connected to http://127.0.0.1:');
  await expect(panel).toContainText('hidden');
  await panel.getByRole('button', { name: 'Check in the org' }).click();

  const evidence = panel.getByRole('table', { name: 'Seen in your org' });
  const policy = evidence.locator('tr[data-source="ConnectedApplication"]');
  await expect(policy).toContainText('All users may self-authorize');
  await expect(policy.getByRole('link', { name: 'Open the ConnectedApplication record in Setup' })).toHaveAttribute(
    'href',
    /\/lightning\/setup\/ConnectedApplication\/page\?address=/,
  );
  await expect(evidence.locator('tr[data-source="LoginHistory"]').first()).toContainText('Failed: Not approved for access');

  const recomputed = panel.getByRole('region', { name: "Diagnosis with your org's evidence" });
  const first = recomputed.getByRole('listitem').first();
  await expect(first).toHaveAttribute('data-code', 'user-not-approved');
  await expect(first).toContainText('Seen in your org (ConnectedApplication)');
});
