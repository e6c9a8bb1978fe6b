// The no-signup trial in a browser: three images at /try without an account, the fourth refused
// with a clear message, then signing up in the same browser moves the three into the gallery.
import { test, expect, ids, routes, byTestId, mailLink, PASSWORD } from './shared';

test('three trial images, the fourth refused, and sign-up keeps them', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(routes.TRY);
  await expect(byTestId(page, ids.TRIAL_LEFT)).toHaveAttribute('data-left', '3');
  await expect(page.getByText('Nothing here yet')).toBeVisible();

  const prompts = ['a lighthouse at dusk', 'a red fox in snow', 'a teapot on a windowsill'];
  for (const [i, prompt] of prompts.entries()) {
    await page.getByLabel('Describe your image').fill(prompt);
    await page.getByRole('button', { name: 'Make an image' }).click();
    await expect(page).toHaveURL(new RegExp(`${routes.TRY}$`));
    // The page refreshes itself until the image is made.
    await expect(page.locator(`[data-testid="${ids.TRIAL_IMAGE}"][data-status="succeeded"]`)).toHaveCount(i + 1, {
      timeout: 20_000,
    });
  }
  await expect(byTestId(page, ids.TRIAL_LEFT)).toHaveAttribute('data-left', '0');
  const first = page.locator(`[data-testid="${ids.TRIAL_IMAGE}"] img`).first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Out of trial images: the page says so, and the server refuses a fourth all the same.
  await expect(page.getByText('You have made your 3 trial images for today')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make an image' })).toBeDisabled();
  const fourth = await page.request.post(routes.TRY, {
    form: { prompt: 'one more' },
    headers: { origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(fourth.status()).toBe(429);
  expect(await fourth.text()).toContain('You have made your 3 trial images for today');

  // Sign up in this browser: the images move into the new account's gallery.
  await byTestId(page, ids.TRIAL_KEEP).getByRole('link', { name: 'Create a free account' }).click();
  const email = `trial-${Date.now()}@example.com`;
  await page.locator('#f-email').fill(email);
  await page.locator('#f-name').fill('Trial Visitor');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.goto(await mailLink(page, email, 'Confirm your email'));
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
  await page.goto(routes.GALLERY);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(3);
  // The trial page no longer shows them: they are the account's now.
  await page.goto(routes.TRY);
  await expect(page.getByText('Nothing here yet')).toBeVisible();
});
