// Skift adgangskode: a CSRF-protected action done from the page. The gateway refuses the same call
// without the X-XSRF-TOKEN header the app copies from its cookie, so the change passing proves the
// app's CSRF handling, not an open endpoint.
import { expect, test } from '@playwright/test';
import { expectAccessible, required, signIn, signOut, staff, submitSignIn } from './support';

test('changing the password from the page passes CSRF where a bare request is refused, and only the new password signs in', async ({
  page,
}) => {
  const before = staff();
  const after = { username: before.username, password: `${before.password} ny` };
  await signIn(page, before);
  const withoutCsrfHeader = await page.evaluate(async (current) => {
    const response = await fetch('/api/auth/password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ currentPassword: current, newPassword: 'something else entirely' }),
    });
    return response.status;
  }, before.password);
  expect(withoutCsrfHeader, 'the gateway checks CSRF on this endpoint').toBe(403);

  await page.getByRole('link', { name: 'Skift adgangskode' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skift adgangskode');
  await expectAccessible(page, 'Skift adgangskode');
  await page.getByLabel('Nuværende adgangskode').fill(before.password);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(after.password);
  await page.getByLabel('Gentag ny adgangskode').fill(after.password);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();

  await expect(page.getByRole('status')).toHaveText('Adgangskoden er skiftet.');
  await expect(page.getByLabel('Nuværende adgangskode')).toHaveValue('');
  // The gateway ends the user's other sessions but keeps this one.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Leads', exact: true }).click();
  await expect(page).toHaveURL(/\/leads$/);
  await signOut(page);
  await submitSignIn(page, before);
  await expect(page.getByRole('alert')).toHaveText('Forkert brugernavn eller adgangskode.');
  await page.getByLabel('Adgangskode', { exact: true }).fill(after.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
});

test('after an owner’s reset the one-time password opens only Skift adgangskode until a new one is chosen', async ({ page }) => {
  const reset = { username: required('RENOS_E2E_RESET_USER'), password: required('RENOS_E2E_RESET_PASSWORD') };
  await page.goto('/leads');
  await expect(page).toHaveURL(/\/log-ind/);
  await submitSignIn(page, reset);

  await expect(page).toHaveURL(/\/adgangskode$/);
  await expect(page.getByRole('note')).toContainText('Din adgangskode er nulstillet.');
  await expectAccessible(page, 'Skift adgangskode after a reset');
  await page.getByLabel('Engangsadgangskode').fill(reset.password);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(`${reset.password} egen`);
  await page.getByLabel('Gentag ny adgangskode').fill(`${reset.password} egen`);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('I dag');
  await expect(page.getByRole('region', { name: 'Leads der venter' }).getByRole('link', { name: required('RENOS_E2E_LEAD_SUMMARY') })).toBeVisible();
});
