// Tilbud → approval through the real gateway: the approval queue, the exact mail, a price line
// changed from the page (past the gateway's CSRF check, which refuses the same PATCH without the
// header), the preview prepared again with the new price, the change history, and approval in
// dry-run. The IT's quote-service stand-in re-bills a PATCH at 349 kr. per person-hour.
// (Signed in as the owner: the password spec has changed the staff user's password by now.)
import { expect, test } from '@playwright/test';
import { expectAccessible, owner, signIn } from './support';

test('the office edits a drafted quote’s line, sees the mail change, and approves it in dry-run', async ({ page }) => {
  await signIn(page, owner());
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true }).click();
  await page.getByLabel('Vis').selectOption({ label: 'Til godkendelse' });
  await expect(page).toHaveURL(/\/tilbud\?status=PENDING_APPROVAL$/);
  await page.getByRole('link', { name: 'Flytterengøring' }).click();

  const mail = page.getByRole('region', { name: 'Mailen til kunden' });
  await expect(mail).toContainText('Tilbud på flytterengøring - Testvej 1');
  await expect(mail).toContainText('Flytterengøring: 2094 kr.');
  await expectAccessible(page, 'Tilbud (til godkendelse)');

  const quoteId = page.url().split('/').pop() ?? '';
  const withoutCsrfHeader = await page.evaluate(async (id) => {
    const response = await fetch(`/api/quotes/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ persons: 1 }),
    });
    return response.status;
  }, quoteId);
  expect(withoutCsrfHeader, 'the gateway checks CSRF on quote changes').toBe(403);

  await page.getByRole('button', { name: 'Ret tilbuddet' }).click();
  await page.getByLabel('Timer, linje 1').fill('4');
  await expectAccessible(page, 'Ret tilbuddet');
  await page.getByRole('button', { name: 'Gem ændringer' }).click();

  await expect(mail).toContainText('Flytterengøring: 2792 kr.');
  await expect(page.getByRole('region', { name: 'Ændringer' })).toContainText('Prislinjer');

  await page.getByRole('button', { name: 'Godkend og send' }).click();
  await page.getByRole('button', { name: 'Ja, godkend' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Godkendt, ikke sendt');
  await expect(page.getByRole('status').filter({ hasText: 'Afsendelse' })).toContainText('dry-run');
  await expectAccessible(page, 'Tilbud (godkendt)');
});
