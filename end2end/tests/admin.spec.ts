// The admin console end to end, in English, with data on every page (the translation sweep
// covers the same pages empty, in German and French): an admin (created with
// `obscura admin create`, when the test run says where the server's binary and data are) opens
// the dashboard, finds a person, adds credits with a reason, suspends the account — the person's
// open session ends and signing in is refused with the message — lifts it, adds a blocklist term
// that then refuses a prompt, and finds every action with its reason in the audit log. Each page
// is checked with axe.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, signedUp, PASSWORD } from './shared';

async function noViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
}

/** Signs an admin in (a fresh account made by the server's command line). */
async function signedInAdmin(page: Page) {
  const email = `console-${Date.now()}@example.com`;
  const out = execFileSync(process.env.E2E_OBSCURA_BIN!, ['admin', 'create', '--email', email], {
    env: process.env,
    encoding: 'utf8',
  });
  const link = new URL(/https?:\/\/\S+/.exec(out)![0]);
  await page.goto(link.pathname + link.search);
  await page.getByTestId(ids.CONFIRM_LINK).click();
}

test('an admin finds a person, adjusts credits, suspends and restores them, and edits the blocklist', async ({
  browser,
}) => {
  test.skip(!process.env.E2E_OBSCURA_BIN, 'needs E2E_OBSCURA_BIN and the server environment to create an admin');
  test.setTimeout(180_000);

  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  const email = await signedUp(person);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signedInAdmin(admin);

  // The dashboard: figures with their tables.
  await admin.goto(routes.ADMIN_DASHBOARD);
  await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
  // Each chart's table opens under it.
  await admin.locator('main details > summary').first().click();
  await expect(admin.locator('main details[open] table').first()).toBeVisible();
  await noViolations(admin);

  // People: search by part of the address, open the person's page.
  await admin.goto(routes.ADMIN_USERS);
  await noViolations(admin);
  const search = byTestId(admin, ids.ADMIN_PEOPLE_SEARCH);
  await search.getByLabel('Search', { exact: true }).fill(email.slice(0, 18).toUpperCase());
  await search.getByRole('button', { name: 'Search' }).click();
  const row = byTestId(admin, ids.ADMIN_PEOPLE_ROW);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(email);
  await row.getByRole('link').first().click();
  await expect(admin).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(byTestId(admin, ids.ADMIN_PERSON)).toContainText(email);
  await noViolations(admin);

  // Credits: without the confirmation nothing happens (the form says why); with it, one row.
  const credits = byTestId(admin, ids.ADMIN_PERSON_CREDITS_FORM);
  await credits.getByLabel('Credits', { exact: true }).fill('25');
  await credits.getByLabel('Reason', { exact: true }).fill('Goodwill after a failed job (e2e)');
  await credits.locator('input[type="checkbox"]').evaluate((el) => el.removeAttribute('required'));
  await credits.getByRole('button', { name: 'Adjust credits' }).click();
  await expect(admin.locator('#c-confirm-error')).toBeVisible();
  await noViolations(admin);
  const again = byTestId(admin, ids.ADMIN_PERSON_CREDITS_FORM);
  await again.getByLabel('I have checked the amount and the account.').check();
  await again.getByRole('button', { name: 'Adjust credits' }).click();
  await expect(admin.getByRole('status').first()).toContainText('Credits adjusted.');
  await expect(byTestId(admin, ids.ADMIN_PERSON_LEDGER).first()).toContainText('+25');

  // Suspend: the person's open page sends them to sign in, and signing in says why not.
  const suspend = admin.locator('form', { has: admin.getByRole('button', { name: 'Suspend account' }) });
  await suspend.getByLabel('Reason', { exact: true }).fill('Spam campaign from this account (e2e)');
  await suspend.getByLabel('Suspend this account.').check();
  await suspend.getByRole('button', { name: 'Suspend account' }).click();
  await expect(admin.getByRole('status').first()).toContainText('Account suspended');
  await expect(byTestId(admin, ids.ADMIN_PERSON)).toContainText('Spam campaign from this account (e2e)');
  await noViolations(admin);

  await person.goto(routes.SETTINGS_PROFILE);
  await expect(person).toHaveURL(new RegExp(`${routes.LOGIN}`));
  await person.locator('#f-email').fill(email);
  await person.locator('#f-password').fill(PASSWORD);
  await person.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(person.getByText('This account is suspended')).toBeVisible();

  // Lift it: the person signs in again.
  const lift = admin.locator('form', { has: admin.getByRole('button', { name: 'Lift suspension' }) });
  await lift.getByLabel('Reason', { exact: true }).fill('Appeal accepted (e2e)');
  await lift.getByLabel('Lift the suspension of this account.').check();
  await lift.getByRole('button', { name: 'Lift suspension' }).click();
  await expect(admin.getByRole('status').first()).toContainText('Suspension lifted.');
  await person.locator('#f-email').fill(email);
  await person.locator('#f-password').fill(PASSWORD);
  await person.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(person).toHaveURL(/\/settings\/profile/);

  // The blocklist: a new term refuses a prompt at once, as the test field and /create say.
  const term = `zanzibarquux${Date.now()}`;
  await admin.goto(routes.ADMIN_SETTINGS);
  await noViolations(admin);
  const terms = admin.locator('#b-terms');
  const before = await terms.inputValue();
  await terms.fill(`${before}\n${term}`.trim());
  await admin.locator('#b-reason').fill('A new scam keyword (e2e)');
  await admin.getByRole('button', { name: 'Save the blocklist' }).click();
  await expect(admin.getByRole('status').first()).toContainText('The blocklist was saved');
  await admin.getByLabel('Text to test').fill(`a castle and ${term.toUpperCase()} at dawn`);
  await admin.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(admin.getByText('This text would be refused.')).toBeVisible();

  // Every action is in the audit log with the reason typed.
  await admin.goto(routes.ADMIN_AUDIT);
  for (const reason of [
    'Goodwill after a failed job (e2e)',
    'Spam campaign from this account (e2e)',
    'Appeal accepted (e2e)',
    'A new scam keyword (e2e)',
  ]) {
    // The one that happened (the attempt without its confirmation is there too, as refused).
    const rows = admin.locator('[data-testid="audit-row"]').filter({ hasText: reason });
    await expect(rows.locator('[data-field="outcome"]', { hasText: /^done$/ })).toHaveCount(1);
  }
  await noViolations(admin);

  // Take the term out again so that no other test meets it.
  await admin.goto(routes.ADMIN_SETTINGS);
  await admin.locator('#b-terms').fill(before);
  await admin.locator('#b-reason').fill('Cleaning up after the e2e run');
  await admin.getByRole('button', { name: 'Save the blocklist' }).click();
  await expect(admin.getByRole('status').first()).toContainText('The blocklist was saved');

  await personContext.close();
  await adminContext.close();
});
