// Social publishing in a browser, through each platform's real redirect flow against the
// platforms' stand-in (end2end/peers/social.mjs): connect X and Facebook, choose a Page, write a
// caption, see each platform's preview, press Publish, see the post's link in the history, and
// disconnect. Axe checks the new pages.
import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, signedUp, watchForProblems } from './shared';

async function noViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
}

async function make(page: Page, prompt: string) {
  await page.goto(routes.CREATE);
  // Hydrated first (the empty prompt disables submit): typed before, the prompt would be reset.
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  await page.locator('#c-prompt').fill(prompt);
  await byTestId(page, ids.CREATE_FORM).locator('label.choice', { hasText: '1' }).click();
  await page.locator('#c-size').selectOption('512x512');
  await byTestId(page, ids.CREATE_SUBMIT).click();
  await expect(page).toHaveURL(/remix=/);
  await expect(byTestId(page, ids.JOB_CARD).first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 60_000,
  });
}

/** Presses Connect for `platform`, allows on the platform's page, and lands back. */
async function connect(page: Page, platform: string) {
  await page.goto(routes.SETTINGS_CONNECTIONS);
  await page.locator(`[data-testid="${ids.SOCIAL_CONNECT}"][data-platform="${platform}"]`).first().click();
  // The platform's own authorization page, on another origin.
  await expect(page.locator('h1')).toContainText('Fake');
  await expect(page.locator('li.scope').first()).toBeVisible();
  await page.locator('#allow').click();
  await expect(page).toHaveURL(/\/settings\/connections\?notice=connected/);
}

test('connect, choose a Page, preview, publish, see the link, disconnect', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await signedUp(page);
  await make(page, 'a lighthouse at dusk, long exposure');

  await page.goto(routes.SETTINGS_CONNECTIONS);
  await expect(byTestId(page, ids.SOCIAL_OFFER)).not.toHaveCount(0);
  await noViolations(page);

  await connect(page, 'x');
  const x = page.locator(`[data-testid="${ids.SOCIAL_CONNECTION}"][data-platform="x"]`);
  await expect(x).toContainText('Ada Fake');
  await expect(x).toContainText('media.write');

  // Facebook: Pages are chosen by the person.
  await connect(page, 'facebook');
  const fb = page.locator(`[data-testid="${ids.SOCIAL_CONNECTION}"][data-platform="facebook"]`);
  await fb.getByLabel(/Ada's Art/).check();
  await fb.getByRole('button', { name: /Save/ }).click();
  await expect(page).toHaveURL(/notice=targets-saved/);
  await noViolations(page);

  // The other platforms' authorization pages work the same way.
  for (const platform of ['linkedin', 'linkedin_page', 'instagram', 'pinterest']) {
    await connect(page, platform);
  }
  await expect(byTestId(page, ids.SOCIAL_CONNECTION)).toHaveCount(6);

  // The image's publish page: previews per platform, then Publish.
  await page.goto(routes.GALLERY);
  await byTestId(page, ids.GALLERY_TILE).first().locator('a').first().click();
  await byTestId(page, ids.PUBLISH_LINK).click();
  await expect(byTestId(page, ids.PUBLISH_FORM)).toBeVisible();
  await noViolations(page);
  const form = byTestId(page, ids.PUBLISH_FORM);
  await form.getByLabel(/Caption/).fill('Dusk at the lighthouse. Made with Obscura.');
  await form.getByLabel(/Alt text/).fill('A white lighthouse against an orange evening sky');
  await form.getByLabel(/@ada_fake/).check();
  await form.getByLabel(/Ada's Art/).check();
  await form.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/notice=published/);
  await expect(page.locator(`[data-testid="${ids.PUBLISH_PREVIEW}"][data-platform="x"]`)).toBeVisible();

  // The worker posts; the history shows each post with its link.
  await expect(async () => {
    await page.goto(routes.SETTINGS_CONNECTIONS_HISTORY);
    await expect(page.locator(`[data-testid="${ids.SOCIAL_HISTORY_ROW}"][data-status="published"]`)).toHaveCount(2);
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('a[href^="https://x.com/ada_fake/status/"]')).toHaveCount(1);
  await noViolations(page);

  // Disconnect X: revoked at the platform, gone from the page; the history stays.
  await page.goto(routes.SETTINGS_CONNECTIONS);
  await page.locator(`[data-testid="${ids.SOCIAL_CONNECTION}"][data-platform="x"]`).getByRole('button', { name: /Disconnect/ }).click();
  await expect(page).toHaveURL(/notice=disconnected/);
  await expect(page.locator(`[data-testid="${ids.SOCIAL_CONNECTION}"][data-platform="x"]`)).toHaveCount(0);
  await page.goto(routes.SETTINGS_CONNECTIONS_HISTORY);
  await expect(byTestId(page, ids.SOCIAL_HISTORY_ROW)).toHaveCount(2);
  expect(problems, problems.join('\n')).toEqual([]);
  await context.close();
});

test('@mobile the connections page fits a phone and passes axe', async ({ page }) => {
  await signedUp(page);
  await page.goto(routes.SETTINGS_CONNECTIONS);
  await expect(byTestId(page, ids.SOCIAL_OFFER).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await noViolations(page);
});
