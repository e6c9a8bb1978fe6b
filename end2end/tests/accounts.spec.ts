// Accounts end to end: sign up → confirm by the captured mail → sign out → emailed-link
// sign-in → Google sign-in (a real OpenID Connect provider) → end another session.
import AxeBuilder from '@axe-core/playwright';
import { Browser, Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, mailLink } from './shared';

const PASSWORD = 'violet harbour lantern 42';

// The OpenID Connect provider signs in one identity at a time: these tests take turns.
test.describe.configure({ mode: 'serial' });

function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

async function signOut(page: Page) {
  await byTestId(page, ids.ACCOUNT_MENU).locator('summary').click();
  await byTestId(page, ids.SIGN_OUT).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out/);
  await expect(page.getByRole('status')).toContainText('You are signed out.');
}

async function setIdentity(email: string, sub: string) {
  const control = process.env.OIDC_CONTROL;
  expect(control, 'OIDC_CONTROL must point at the test OpenID Connect provider').toBeTruthy();
  const res = await fetch(`${control}/identity`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub, email, email_verified: true, name: 'Ada E2E', picture: 'https://example.com/ada.png' }),
  });
  expect(res.ok).toBe(true);
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('sign up, confirm by mail, sign out, emailed link, Google, end another session', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await newPage(browser);
  const email = uniqueEmail('e2e');

  // Sign up; a mistake comes back field by field with the rest still filled.
  await page.goto(routes.SIGNUP);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-name').fill('Ada E2E');
  await page.locator('#f-company').fill('Analytical Engines');
  await page.locator('#f-password').fill('password');
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#f-password-error')).toContainText('most common passwords');
  await expect(page.locator('#f-email')).toHaveValue(email);
  await expect(page.locator('#f-company')).toHaveValue('Analytical Engines');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.SIGNUP_SENT}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');

  // Confirm by the captured mail: signed in, welcomed, no banner.
  await page.goto(await mailLink(page, email, 'Confirm your email'));
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile\?notice=welcome/);
  await expect(page.getByRole('status').first()).toContainText('Your email address is confirmed');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await expect(byTestId(page, ids.VERIFY_BANNER)).toHaveCount(0);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('obscura_session'))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');

  await signOut(page);

  // Emailed link.
  await page.locator('#f-email').fill(email);
  await page.getByTestId(ids.MAGIC_LINK_BUTTON).click();
  await expect(page).toHaveURL(/notice=link-sent/);
  await page.goto(await mailLink(page, email, 'sign-in link'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Obscura');
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile\?notice=signed-in/);
  await signOut(page);

  // Google, through the real provider: links to the account with the same verified address.
  await setIdentity(email, `e2e-${Date.now()}`);
  await page.getByTestId(ids.GOOGLE_BUTTON).click();
  await expect(page).toHaveURL(/\/settings\/profile\?notice=signed-in/);
  await expect(page.getByText('Your Google account is linked')).toBeVisible();

  // Every cookie these flows set is declared in the policy's storage table.
  await page.goto(`${routes.PRIVACY}#storage`);
  const declared = await page.locator('#storage ~ div table tbody th code').allTextContents();
  for (const c of await page.context().cookies()) expect(declared, `undeclared: ${c.name}`).toContain(c.name);

  // Another browser signs in with the password; this one ends it.
  const other = await newPage(browser);
  await other.goto(routes.LOGIN);
  await other.locator('#f-email').fill(email);
  await other.locator('#f-password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(other).toHaveURL(/\/settings\/profile/);

  await page.goto(routes.SETTINGS_SECURITY);
  const sessions = byTestId(page, ids.SESSION_LIST).locator(':scope > li');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: 'This device' })).toHaveCount(1);
  await sessions.filter({ hasNotText: 'This device' }).getByRole('button', { name: /^Sign out/ }).click();
  await expect(page).toHaveURL(/notice=session-ended/);
  await expect(byTestId(page, ids.SESSION_LIST).locator(':scope > li')).toHaveCount(1);
  await expect(byTestId(page, ids.SECURITY_LOG)).toContainText('Session ended');
  await expect(byTestId(page, ids.SECURITY_LOG)).toContainText('Google account linked');

  await other.goto(routes.SETTINGS_PROFILE);
  await expect(other).toHaveURL(/\/login\?next=%2Fsettings%2Fprofile&notice=session-ended/);
});

test('a new Google user confirms the minimum age, then the account exists', async ({ browser }) => {
  const page = await newPage(browser);
  const email = uniqueEmail('google');
  await setIdentity(email, `e2e-new-${Date.now()}`);
  await page.goto(routes.SIGNUP);
  await page.getByTestId(ids.GOOGLE_BUTTON).click();
  await expect(page).toHaveURL(new RegExp(`${routes.GOOGLE_SIGNUP}\\?token=`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
  await expect(page.getByRole('main')).toContainText(email);
  await page.getByLabel(/I am at least \d+ years old/).check();
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile\?notice=signed-in/);
  await expect(page.getByText('Your Google account is linked')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(email);
});

test('signed-in pages are accessible in light and dark, and keyboard reachable', async ({ browser }) => {
  const page = await newPage(browser);
  const email = uniqueEmail('a11y');
  await page.goto(routes.SIGNUP);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-name').fill('Grace Axe');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  // An address nobody has confirmed signs nobody in: the form says so, field by field.
  await page.goto(routes.LOGIN);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-password').press('Enter');
  await expect(page.locator('#f-email-error')).toContainText('Confirm your email address first');
  // Confirmed in this browser (the one that signed up), the password is kept.
  await page.goto(await mailLink(page, email, 'Confirm your email'));
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile\?notice=welcome/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [routes.SETTINGS_PROFILE, routes.SETTINGS_SECURITY]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), `${path} ${scheme}`).toEqual([]);
    }
  }
  // The account menu opens from the keyboard and signing out is reachable.
  await page.goto(routes.SETTINGS_PROFILE);
  await byTestId(page, ids.ACCOUNT_MENU).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(byTestId(page, ids.SIGN_OUT)).toBeVisible();
});

test('a form with mistakes keeps what was typed, on a phone too @mobile', async ({ page }) => {
  await page.goto(routes.LOGIN);
  await page.locator('#f-email').fill('nobody@example.com');
  await page.locator('#f-password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('#f-password-error')).toContainText('not right');
  await expect(page.locator('#f-email')).toHaveValue('nobody@example.com');
  await expect(page.locator('#f-password')).toHaveValue('');
  await expect(page.locator('#f-password')).toHaveAttribute('aria-invalid', 'true');
});

test('a used or broken link gets a clear page', async ({ page }) => {
  const res = await page.goto(`${routes.MAGIC_LINK}?token=not-a-real-token`);
  expect(res?.status()).toBe(400);
  await expect(byTestId(page, ids.LINK_PROBLEM)).toContainText("This link doesn't work");
  await expect(page.getByRole('link', { name: 'Sign in' }).last()).toBeVisible();
});
