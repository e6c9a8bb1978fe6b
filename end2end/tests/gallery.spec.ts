// The gallery and sharing end to end: make images → find them in the gallery → open one → share
// it with an expiry → a stranger (no cookies) opens the public page, which carries its Open Graph
// tags and loads nothing from another origin → revoke → 404. And multi-select deletion behind
// its confirmation.
import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId, signedUp, watchForProblems } from './shared';

/** Makes one generation of `count` small images through the form and waits for it. */
async function make(page: Page, prompt: string, count = 1) {
  await page.goto(routes.CREATE);
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  await page.locator('#c-prompt').fill(prompt);
  await byTestId(page, ids.CREATE_FORM).locator('label.choice', { hasText: String(count) }).click();
  await page.locator('#c-size').selectOption('512x512');
  await byTestId(page, ids.CREATE_SUBMIT).click();
  await expect(page).toHaveURL(/remix=/);
  await expect(byTestId(page, ids.JOB_CARD).first()).toHaveAttribute('data-status', 'succeeded', {
    timeout: 60_000,
  });
}

async function noViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
}

test('find an image, share it with an expiry, see it as a stranger, revoke it', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await signedUp(page);
  await make(page, 'a harbour at dawn, pastel colours');
  await make(page, 'a fox in deep snow');

  await page.goto(routes.GALLERY);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(2);
  await noViolations(page);
  await page.getByLabel('Search prompts').fill('harbour');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=harbour/);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(1);
  await byTestId(page, ids.GALLERY_TILE).locator('a').click();

  // The detail page: the image, what made it, keyboard navigation to the older image and back.
  await expect(page).toHaveURL(/\/gallery\/[0-9a-f-]{36}$/);
  const detail = page.url();
  await expect(byTestId(page, ids.DETAIL_IMAGE)).toHaveJSProperty('complete', true);
  await expect(page.getByText('a harbour at dawn, pastel colours').first()).toBeVisible();
  await expect(page.getByText('Kept until you delete it')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(detail);
  await expect(page.getByText('a fox in deep snow').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(detail);
  await noViolations(page);

  // Share it for 7 days, with the prompt.
  const form = byTestId(page, ids.SHARE_FORM);
  await form.getByLabel('Show the prompt').check();
  await form.getByLabel('Link works for').selectOption('7d');
  await form.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByText('Your share link is ready')).toBeVisible();
  const link = byTestId(page, ids.SHARE_LINK).first();
  const url = (await link.getAttribute('href'))!;
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByText(/Until \d{4}-\d{2}-\d{2}/).first()).toBeVisible();

  // promise: P-SHR-1 — a stranger without an account (no cookies) sees the page.
  // promise: P-SHR-3 — and every request it makes goes to this origin only.
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const requested: string[] = [];
  visitor.on('request', (r) => requested.push(r.url()));
  const res = await visitor.goto(url);
  expect(res!.status()).toBe(200);
  await expect(byTestId(visitor, ids.SHARED_IMAGE)).toHaveJSProperty('complete', true);
  expect(await byTestId(visitor, ids.SHARED_IMAGE).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await expect(visitor.getByText('a harbour at dawn, pastel colours').first()).toBeVisible();
  const meta = async (sel: string) => visitor.locator(sel).getAttribute('content');
  expect(await meta('meta[property="og:image"]')).toBe(`${url}/image`);
  expect(await meta('meta[property="og:title"]')).toBe('a harbour at dawn, pastel colours');
  expect(await meta('meta[property="og:image:width"]')).toBe('512');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await visitor.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
  await expect(visitor.getByRole('link', { name: 'Share on X' })).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?url=/);
  await expect(visitor.getByRole('link', { name: 'Made with Obscura' })).toBeVisible();
  await noViolations(visitor);
  const origin = new URL(baseURL!).origin;
  const foreign = requested.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'));
  expect(foreign, 'the share page loads nothing from other origins').toEqual([]);
  expect(await stranger.cookies()).toEqual([]);

  // Listed under Settings → Shares with its view; revoked there, it is gone for the stranger.
  // promise: P-SHR-2
  await page.goto(routes.SETTINGS_SHARES);
  const row = byTestId(page, ids.SHARE_ROW).first();
  await expect(row).toContainText('1 view');
  await row.getByRole('button', { name: /Stop sharing/ }).click();
  await expect(page.getByText('That share link no longer works.')).toBeVisible();
  await expect(byTestId(page, ids.SHARE_ROW)).toHaveCount(0);
  const after = await visitor.goto(url);
  expect(after!.status()).toBe(404);
  const image = await visitor.request.get(`${url}/image`);
  expect(image.status()).toBe(404);

  expect(problems, problems.join('\n')).toEqual([]);
  await stranger.close();
  await context.close();
});

test('several images are deleted at once after a confirmation', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signedUp(page);
  await make(page, 'three small boats', 2);
  await page.goto(routes.GALLERY);
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(2);
  for (const box of await byTestId(page, ids.GALLERY_SELECT).all()) await box.check();
  await byTestId(page, ids.GALLERY_DELETE).click();
  const confirm = byTestId(page, ids.CONFIRM_DELETE);
  await expect(confirm).toContainText('Delete these 2 images?');
  await expect(byTestId(page, ids.GALLERY_TILE)).toHaveCount(2);
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('Deleted. The files are gone')).toBeVisible();
  await expect(page.getByText('Your gallery is empty')).toBeVisible();
  await context.close();
});
