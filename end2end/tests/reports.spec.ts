// Reports of shared images end to end: a stranger (a fresh browser: no cookies, no JavaScript)
// reports a share with the form → an admin (created with `obscura admin create`, when the test
// run says where the server's binary and data are) takes the share down with a reason → the
// stranger now gets the neutral 410 page, for the page and its image → the owner's email about
// the take-down arrives in the development outbox. The report form and the admin's pages are
// checked with axe.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, mailLink, signedUp } from './shared';

const PROMPT = 'a lighthouse on a cliff, reported in the e2e run';

async function noViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
}

/** axe needs JavaScript: a page seen without it is checked as its HTML, in `checker` (a page of
 * the same origin with JavaScript on). */
async function noViolationsWithoutJs(page: Page, checker: Page) {
  await checker.setContent(await page.content(), { waitUntil: 'load' });
  await noViolations(checker);
}

/** Makes one small image through the form and shares it; returns the share's address. */
async function sharedImage(page: Page): Promise<string> {
  await page.goto(routes.CREATE);
  await page.locator('#c-prompt').fill(PROMPT);
  await byTestId(page, ids.CREATE_FORM).locator('label.choice', { hasText: '1' }).click();
  await page.locator('#c-size').selectOption('512x512');
  await byTestId(page, ids.CREATE_SUBMIT).click();
  await expect(page).toHaveURL(/remix=/);
  await expect(byTestId(page, ids.JOB_CARD).first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 60_000,
  });
  await page.goto(routes.GALLERY);
  await byTestId(page, ids.GALLERY_TILE).first().locator('a').click();
  await expect(page).toHaveURL(/\/gallery\/[0-9a-f-]{36}$/);
  const form = byTestId(page, ids.SHARE_FORM);
  await form.getByLabel('Show the prompt').check();
  await form.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByText('Your share link is ready')).toBeVisible();
  const url = (await byTestId(page, ids.SHARE_LINK).first().getAttribute('href'))!;
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{22}$/);
  return url;
}

test('a stranger reports a share, an admin takes it down, the stranger sees 410 and the owner is told', async ({
  browser,
}) => {
  test.skip(!process.env.E2E_OBSCURA_BIN, 'needs E2E_OBSCURA_BIN and the server environment to create an admin');
  test.setTimeout(180_000);

  // The owner: an account, an image, a share.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const ownerEmail = await signedUp(owner);
  const url = await sharedImage(owner);
  const path = new URL(url).pathname;

  // A stranger: no cookies, no JavaScript. The share page links to the report form.
  const strangerContext = await browser.newContext({ javaScriptEnabled: false });
  const stranger = await strangerContext.newPage();
  const checkerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  await checker.goto(routes.SUPPORT);
  expect((await stranger.goto(path))!.status()).toBe(200);
  await byTestId(stranger, ids.REPORT_LINK).click();
  await expect(stranger).toHaveURL(new RegExp(`${path}/report$`));
  await expect(stranger.getByRole('heading', { name: 'Report an image', level: 1 })).toBeVisible();
  expect(await stranger.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  await noViolationsWithoutJs(stranger, checker);

  // Without a reason the form says so next to the list (the browser's own check is removed, as a
  // browser without it would send the form).
  const form = byTestId(stranger, ids.REPORT_FORM);
  await form.locator('input[type="radio"]').evaluateAll((els) => els.forEach((el) => el.removeAttribute('required')));
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(stranger.locator('#r-reason-error')).toContainText('Choose what is wrong');
  await noViolationsWithoutJs(stranger, checker);

  const again = byTestId(stranger, ids.REPORT_FORM);
  await again.getByLabel('My likeness or personal data used without my consent').check();
  await again.getByLabel(/Details/).fill('This is my face; I never agreed to it.');
  await again.getByLabel('Your email address').fill('reporter@example.com');
  await again.getByRole('button', { name: 'Send report' }).click();
  await expect(stranger).toHaveURL(/\/report\?sent=1$/);
  await expect(byTestId(stranger, ids.REPORT_THANKS)).toBeVisible();
  await noViolationsWithoutJs(stranger, checker);
  expect(await strangerContext.cookies()).toEqual([]);

  // The admin finds it, sees the image and its prompt, and takes the share down.
  const adminEmail = `ops-reports-${Date.now()}@example.com`;
  const out = execFileSync(process.env.E2E_OBSCURA_BIN!, ['admin', 'create', '--email', adminEmail], {
    env: process.env,
    encoding: 'utf8',
  });
  const link = /https?:\/\/\S+/.exec(out)![0];
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto(new URL(link).pathname + new URL(link).search);
  await admin.getByTestId(ids.CONFIRM_LINK).click();

  await admin.goto(routes.ADMIN_REPORTS);
  await expect(admin.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await noViolations(admin);
  const row = byTestId(admin, ids.REPORT_ROW).filter({ hasText: path.split('/').pop()! });
  await expect(row).toHaveAttribute('data-status', 'open');
  await row.getByRole('link').click();
  await expect(byTestId(admin, ids.REPORT_DETAIL)).toContainText('This is my face');
  await expect(admin.getByText(PROMPT).first()).toBeVisible();
  await noViolations(admin);

  const decide = byTestId(admin, ids.REPORT_DECIDE_FORM);
  await decide.getByLabel('Take the share down (its owner is emailed)').check();
  await decide.getByLabel('Reason (kept in the audit log)').fill('Likeness used without consent (e2e)');
  await decide.getByLabel(/Note to the owner/).fill('Please ask people before using their face.');
  await decide.getByLabel(/I confirm the take-down/).check();
  await decide.getByRole('button', { name: 'Decide' }).click();
  await expect(admin).toHaveURL(/notice=report-taken-down/);
  await expect(admin.getByRole('status').first()).toContainText('taken down');

  // Gone for the stranger: a neutral page with status 410, the image too.
  const gone = await stranger.goto(path);
  expect(gone!.status()).toBe(410);
  await expect(byTestId(stranger, ids.SHARE_GONE)).toHaveText('This image is no longer available.');
  await expect(stranger.getByText(PROMPT)).toHaveCount(0);
  expect((await stranger.request.get(`${path}/image`)).status()).toBe(410);
  await noViolationsWithoutJs(stranger, checker);

  // The owner's email arrives, linking to the image in their gallery.
  const mailed = await mailLink(owner, ownerEmail, 'was taken down');
  expect(new URL(mailed).pathname).toMatch(/^\/gallery\/[0-9a-f-]{36}$/);
  await owner.goto(routes.SETTINGS_SHARES);
  await expect(byTestId(owner, ids.SHARE_TAKEN_DOWN)).toContainText('Taken down after a report');

  await adminContext.close();
  await strangerContext.close();
  await checkerContext.close();
  await ownerContext.close();
});
