// Two-step verification end to end: set up an authenticator app from the security settings
// (the code is computed here, RFC 6238 over node:crypto), keep the recovery codes, sign out,
// sign in with the password → the code page → in; then a recovery code instead.
import { createHmac } from 'node:crypto';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, signedUp, PASSWORD } from './shared';

/** RFC 4648 base32 (no padding) to bytes. */
function base32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238: SHA-1, 6 digits, 30-second steps, at `at` milliseconds. */
export function totp(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return n.toString().padStart(6, '0');
}

test('the RFC 6238 vectors hold', () => {
  // RFC 6238 appendix B (SHA-1), secret "12345678901234567890", truncated to 6 digits.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  expect(totp(secret, 59_000)).toBe('287082');
  expect(totp(secret, 1_111_111_109_000)).toBe('081804');
});

async function signOut(page: Page) {
  await byTestId(page, ids.ACCOUNT_MENU).locator('summary').click();
  await byTestId(page, ids.SIGN_OUT).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto(routes.LOGIN);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.LOGIN_VERIFY}\\?next=`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
}

test('authenticator app: set up, sign in with a code, then with a recovery code', async ({ page }) => {
  test.setTimeout(90_000);
  const email = await signedUp(page);

  await page.goto(routes.SETTINGS_SECURITY);
  const section = byTestId(page, ids.TWO_STEP_SECTION);
  await section.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(section.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await byTestId(page, ids.TOTP_SECRET).textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await section.getByLabel('Code from the app').fill(totp(secret));
  await section.getByRole('button', { name: 'Turn on' }).click();
  const codes = await byTestId(page, ids.RECOVERY_CODES).locator('li').allTextContents();
  expect(codes).toHaveLength(10);
  await expect(section.getByRole('link', { name: 'Download as a text file' })).toHaveAttribute('download', /\.txt$/);

  // The code used to turn it on is spent: wait for the next step before signing in again.
  await page.goto(routes.SETTINGS_SECURITY);
  await expect(section).toContainText('10 of 10 left');
  await signOut(page);
  await passwordStep(page, email);
  // Without the code, account pages are out of reach.
  await page.goto(routes.SETTINGS_PROFILE);
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.goto(routes.LOGIN_VERIFY);
  await page.getByLabel('Code').fill('000000');
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.locator('#f-code-error')).toContainText('not right');
  const wait = 30_000 - (Date.now() % 30_000) + 500;
  await page.waitForTimeout(wait);
  await page.getByLabel('Code').fill(totp(secret));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/profile/);

  // A recovery code works instead, once.
  await signOut(page);
  await passwordStep(page, email);
  await page.getByLabel('Code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
  await page.goto(routes.SETTINGS_SECURITY);
  await expect(byTestId(page, ids.TWO_STEP_SECTION)).toContainText('9 of 10 left');
});

/** Chromium's virtual authenticator (DevTools `WebAuthn` domain): a platform passkey store. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

test('passkey: add one, sign in with it alone, then as the second step', async ({ page }) => {
  test.skip(!/^https?:\/\/localhost[:/]/.test(test.info().project.use.baseURL ?? ''), 'passkeys need a domain name');
  test.setTimeout(90_000);
  await virtualAuthenticator(page);
  const email = await signedUp(page);
  await page.goto(routes.SETTINGS_SECURITY);
  const add = byTestId(page, ids.PASSKEY_ADD);
  await expect(add).toBeVisible();
  await add.getByLabel('Name of the new passkey').fill('Test laptop');
  await add.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page).toHaveURL(/notice=passkey-added/);
  await expect(byTestId(page, ids.PASSKEY_LIST)).toContainText('Test laptop');

  // Passwordless: the passkey is both steps.
  await signOut(page);
  await byTestId(page, ids.PASSKEY_SIGN_IN).click();
  await expect(page).toHaveURL(/\/settings\/profile/);

  // After the password, the code page offers the passkey.
  await signOut(page);
  await passwordStep(page, email);
  await byTestId(page, ids.PASSKEY_SIGN_IN).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
  await page.goto(routes.SETTINGS_SECURITY);
  await expect(page.getByText('password + passkey').first()).toBeVisible();

  // Removing it: the password alone signs in again.
  await byTestId(page, ids.PASSKEY_LIST).getByRole('button', { name: 'Remove the passkey “Test laptop”' }).click();
  await expect(page).toHaveURL(/notice=passkey-removed/);
  await signOut(page);
  await page.goto(routes.LOGIN);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
});
