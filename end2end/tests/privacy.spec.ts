// The privacy center end to end: the cookie banner (equal buttons, nothing stored before a
// choice, works without JavaScript, honours Global Privacy Control), cookie settings and the
// consent history, restriction toggles, the data export download, and deleting the account.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, ids, routes, byTestId, signedUp, PASSWORD, mailLink } from './shared';

test('the banner asks first, refusing is as easy as accepting, and the choice is kept', async ({ page, context }) => {
  // promise: P-CKE-2
  await page.goto('/');
  const banner = byTestId(page, ids.CONSENT_BANNER);
  await expect(banner).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  const accept = banner.getByRole('button', { name: 'Accept all' });
  const reject = banner.getByRole('button', { name: 'Reject all' });
  const look = (el: typeof accept) =>
    el.evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return [s.backgroundColor, s.color, s.fontWeight, s.fontSize, Math.round(r.height)];
    });
  expect(await look(reject)).toEqual(await look(accept));
  const axe = await new AxeBuilder({ page }).include(`[data-testid="${ids.CONSENT_BANNER}"]`).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);

  await reject.click();
  await expect(banner).toHaveCount(0);
  const consent = (await context.cookies()).find((c) => c.name === 'cookie-consent')!;
  expect(consent).toBeTruthy();
  const days = (consent.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeLessThanOrEqual(396);
  expect(days).toBeGreaterThan(390);
  await page.reload();
  await expect(byTestId(page, ids.CONSENT_BANNER)).toHaveCount(0);

  // The footer reopens the choice; allowing and withdrawing are one click each.
  await page.getByRole('link', { name: 'Cookie settings' }).click();
  await expect(byTestId(page, ids.CONSENT_STATUS)).toContainText('You refused');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByRole('status')).toContainText('Your choice is saved.');
  await expect(byTestId(page, ids.CONSENT_STATUS)).toContainText('You allowed');
  await page.getByRole('button', { name: 'Withdraw my consent' }).click();
  await expect(byTestId(page, ids.CONSENT_STATUS)).toContainText('You refused');
});

test('the banner works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.TERMS);
  await byTestId(page, ids.CONSENT_BANNER).getByText('Customise').click();
  await page.locator('#cb-analytics').check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.TERMS}$`));
  await expect(byTestId(page, ids.CONSENT_BANNER)).toHaveCount(0);
  await context.close();
});

test('a Global Privacy Control signal counts as a refusal and the banner says so', async ({ browser }) => {
  // promise: P-CKE-4
  const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  const page = await context.newPage();
  await page.goto('/');
  const banner = byTestId(page, ids.CONSENT_BANNER);
  await expect(banner).toContainText('Global Privacy Control');
  await banner.getByText('Customise').click();
  await expect(page.locator('#cb-analytics')).toBeDisabled();
  await context.close();
});

test('the privacy center: restriction, history, export and deletion', async ({ page }) => {
  // promise: P-RGT-1, P-RGT-3, P-RGT-4, P-RGT-5
  const email = await signedUp(page);
  await byTestId(page, ids.CONSENT_BANNER).getByRole('button', { name: 'Accept all' }).click();
  await page.goto(routes.SETTINGS_PRIVACY);
  await expect(page.getByRole('heading', { name: 'Privacy', level: 1 })).toBeVisible();
  await expect(byTestId(page, ids.CONSENT_HISTORY)).toContainText('Accepted all');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);

  // Restriction and objection.
  await page.getByLabel('Exclude me from page-view counts').check();
  await byTestId(page, ids.PRIVACY_CHOICES).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toContainText('privacy choices are saved');
  await expect(page.getByLabel('Exclude me from page-view counts')).toBeChecked();

  // Export: queued, built, emailed, downloaded.
  await byTestId(page, ids.EXPORT_BUTTON).click();
  await expect(page.getByText("We're building your copy.").first()).toBeVisible();
  await mailLink(page, email, 'data export is ready');
  await page.reload();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId(page, ids.EXPORT_DOWNLOAD).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^obscura-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Deletion: a wrong password is refused with its field; the right one closes the account.
  const form = byTestId(page, ids.DELETE_ACCOUNT_FORM);
  await form.getByLabel('Your password').fill('not my password');
  await form.getByLabel('Type DELETE to confirm').fill('DELETE');
  await form.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.locator('#del-password-error')).toContainText('not right');
  await byTestId(page, ids.DELETE_ACCOUNT_FORM).getByLabel('Your password').fill(PASSWORD);
  await byTestId(page, ids.DELETE_ACCOUNT_FORM).getByLabel('Type DELETE to confirm').fill('DELETE');
  await byTestId(page, ids.DELETE_ACCOUNT_FORM).getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/login\?notice=account-closed/);
  await expect(page.getByRole('status').first()).toContainText('Your account is closed');
  // Signed out everywhere: the account pages send to sign in; signing in is refused.
  await page.goto(routes.SETTINGS_PRIVACY);
  await expect(page).toHaveURL(/\/login/);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('waiting to be deleted')).toBeVisible();
  // The emailed link keeps the account.
  await page.goto(await mailLink(page, email, 'will be deleted'));
  await page.getByRole('button', { name: 'Keep my account and sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/privacy\?notice=account-kept/);
});
