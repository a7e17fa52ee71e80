// What every browser test needs: who may sign in (StaffWebAppBrowserIT makes the accounts and
// passes them in), signing in and out through the real screens, and the accessibility check.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (gateway-service's StaffWebAppBrowserIT sets it)`);
  return value;
};

export interface Account {
  username: string;
  password: string;
}

export const owner = (): Account => ({ username: required('RENOS_E2E_OWNER_USER'), password: required('RENOS_E2E_OWNER_PASSWORD') });
export const staff = (): Account => ({ username: required('RENOS_E2E_STAFF_USER'), password: required('RENOS_E2E_STAFF_PASSWORD') });

/** Fills in Log ind and submits; the caller asserts where that leads. */
export async function submitSignIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Brugernavn').fill(account.username);
  await page.getByLabel('Adgangskode', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Opens the app, signs in through the screen and waits for the shell with the user's name. */
export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/log-ind/);
  await submitSignIn(page, account);
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(page.locator('.user-name')).toContainText(account.username);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/\/log-ind/);
  await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
}

/** The impacts the issue does not accept; moderate and minor findings are left to review. */
export const BLOCKING_IMPACTS = ['serious', 'critical'];

/**
 * axe-core in the page as it is now (WCAG 2.x A and AA rules): fails, listing each rule and the
 * elements it found, on any serious or critical violation.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.includes(violation.impact ?? ''));
  const report = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, `axe-core on ${screen}: serious or critical violations`).toEqual([]);
}
