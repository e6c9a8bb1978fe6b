// Support end to end: a visitor writes with the contact form (no JavaScript needed) and gets
// the confirmation; an admin (created with `obscura admin create`, when the test run says
// where the server's binary and data are) reads the message, answers and logs a request.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, ids, routes, byTestId, mailLink } from './shared';

const MESSAGE = 'The share button does nothing on my tablet, since today.';

test('a visitor writes to support and is told it arrived', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.SUPPORT);
  const form = byTestId(page, ids.SUPPORT_FORM);
  // Mistakes are named next to their field.
  await form.getByLabel('Your email address').fill('visitor@example.com');
  await form.getByLabel('What is it about?').selectOption('bug');
  await form.getByLabel('Your message').fill('Too short');
  await form.getByLabel('Your message').evaluate((el) => el.removeAttribute('minlength'));
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(page.locator('#s-message-error')).toContainText('at least 10 characters');
  await byTestId(page, ids.SUPPORT_FORM).getByLabel('Your message').fill(MESSAGE);
  await byTestId(page, ids.SUPPORT_FORM).getByRole('button', { name: 'Send message' }).click();
  await expect(page).toHaveURL(/notice=message-sent/);
  await expect(page.getByRole('status').first()).toContainText('your message is sent');
  await mailLink(page, 'visitor@example.com', 'We received your message');
  await context.close();
});

test('an admin answers a message and tracks a privacy request', async ({ page }) => {
  test.skip(!process.env.E2E_OBSCURA_BIN, 'needs E2E_OBSCURA_BIN and the server environment to create an admin');
  await page.goto(routes.SUPPORT);
  const form = byTestId(page, ids.SUPPORT_FORM);
  await form.getByLabel('Your email address').fill('asker@example.com');
  await form.getByLabel('What is it about?').selectOption('privacy');
  await form.getByLabel('Your message').fill('Please tell me what data you hold about me.');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(page).toHaveURL(/notice=message-sent/);

  const email = `ops-${Date.now()}@example.com`;
  const out = execFileSync(process.env.E2E_OBSCURA_BIN!, ['admin', 'create', '--email', email], {
    env: process.env,
    encoding: 'utf8',
  });
  const link = /https?:\/\/\S+/.exec(out)![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByTestId(ids.CONFIRM_LINK).click();

  await page.goto(routes.ADMIN_SUPPORT);
  await expect(page.getByRole('heading', { name: 'Support', level: 1 })).toBeVisible();
  let axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
  await byTestId(page, ids.SUPPORT_ROW).filter({ hasText: 'Please tell me' }).getByRole('link').click();
  await page.getByLabel(/Your reply to/).fill('Here is what we hold: your address and this message.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('status').first()).toContainText('Your reply is sent');
  await mailLink(page, 'asker@example.com', 'An answer to your message');

  // The privacy topic created a tracked request, due in 30 days.
  await page.goto(routes.ADMIN_REQUESTS);
  const row = byTestId(page, ids.REQUEST_ROW).filter({ hasText: 'asker@example.com' });
  await expect(row).toContainText('Due ');
  axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
  await row.getByRole('button', { name: 'Mark answered' }).click();
  await expect(byTestId(page, ids.REQUEST_ROW).filter({ hasText: 'asker@example.com' })).toContainText('Answered');

  await page.goto(routes.ADMIN_ANALYTICS);
  axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
});
