// Log ind, I dag, Leads and Log ud through the real gateway: the session cookie, the Danish error,
// the screens rendering what the services behind the gateway answered (the IT's stand-in answers
// one lead and a service that is down), and the session really gone after signing out.
import { expect, test } from '@playwright/test';
import { expectAccessible, owner, required, signIn, signOut, submitSignIn } from './support';

test('a wrong password shows the Danish error and keeps the user on Log ind', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/log-ind/);
  await expectAccessible(page, 'Log ind');

  await submitSignIn(page, { username: owner().username, password: 'not the right password' });

  await expect(page.getByRole('alert')).toHaveText('Forkert brugernavn eller adgangskode.');
  await expect(page).toHaveURL(/\/log-ind/);
  await expect(page.getByLabel('Brugernavn')).toHaveValue(owner().username);
  await expectAccessible(page, 'Log ind with an error');
});

test('the owner signs in with the generated password, sees I dag and the leads from the API, and signs out', async ({
  page,
  context,
}) => {
  const summary = required('RENOS_E2E_LEAD_SUMMARY');
  await signIn(page, owner());

  await expect(page.getByRole('heading', { level: 1 })).toContainText('I dag');
  await expect(page.locator('.user-role')).toHaveText('(Ejer)');
  const session = (await context.cookies()).find((cookie) => cookie.name === 'RENOS_SESSION');
  expect(session?.httpOnly, 'the session cookie is out of reach of scripts').toBe(true);
  const waiting = page.getByRole('region', { name: 'Leads der venter' });
  await expect(waiting.getByRole('link', { name: summary })).toBeVisible();
  const operations = page.getByRole('region', { name: 'Drift og forbindelser' });
  await expect(operations.getByRole('listitem').filter({ hasText: 'booking-service' })).toContainText('Nede');
  await expect(operations).toContainText('Ingen problemer med Gmail.');
  await expectAccessible(page, 'I dag');

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Leads', exact: true }).click();

  await expect(page).toHaveURL(/\/leads$/);
  const row = page.getByRole('row', { name: new RegExp(summary) });
  await expect(row.getByRole('link', { name: summary })).toHaveAttribute('href', /\/leads\/[0-9a-f-]{36}$/);
  await expect(row).toContainText('Hjemmesiden');
  await expect(row).toContainText('Ny');
  await expectAccessible(page, 'Leads');

  await signOut(page);

  const me = await page.request.get('/api/auth/me');
  expect(me.status(), 'the gateway no longer knows this browser').toBe(401);
  await page.goto('/leads');
  await expect(page).toHaveURL(/\/log-ind/);
});
