// The generator end to end: sign up → /create with the offline renderer → the job goes queued →
// running → done in place, a reload in the middle still shows it → download the original →
// use it as a reference. The test server paints each image slowly (OBSCURA_OFFLINE_DELAY_MS) so
// that the running state can be seen.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, ids, routes, byTestId, signedUp, watchForProblems } from './shared';

test('create with the offline renderer, watch it live, reload, download, reuse', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await signedUp(page);

  await page.goto(routes.CREATE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create');
  await expect(page.getByText('Nothing here yet')).toBeVisible();
  const form = byTestId(page, ids.CREATE_FORM);
  await expect(form.getByLabel('Model')).toContainText('Offline preview renderer');
  const submit = byTestId(page, ids.CREATE_SUBMIT);
  // Hydrated: the empty prompt keeps the button disabled, the counter follows the typing.
  await expect(submit).toBeDisabled();
  await page.locator('#c-prompt').fill('a quiet harbour at dawn, pastel colours');
  await expect(byTestId(page, ids.PROMPT_COUNTER)).toContainText('39 / 4000 characters');
  await expect(byTestId(page, ids.CREATE_COST)).toContainText('Cost: 1 credit');
  await form.locator('label.choice', { hasText: '2' }).click();
  await expect(byTestId(page, ids.CREATE_COST)).toContainText('Cost: 2 credits');
  await expect(byTestId(page, ids.CREATE_COST)).toContainText('You have 20 credits');
  await page.locator('#c-size').selectOption('512x512');
  await page.locator('#c-seed').fill('42');
  await expect(submit).toBeEnabled();

  // Ctrl+Enter submits; the new card appears first and runs live.
  await page.locator('#c-prompt').press('Control+Enter');
  await expect(page).toHaveURL(/\/create\?remix=/);
  const card = byTestId(page, ids.JOB_CARD).first();
  await expect(card).toContainText('a quiet harbour at dawn');
  await expect(card).toHaveAttribute('data-status', /queued|running/);
  await expect(byTestId(card, ids.JOB_STATUS)).toContainText('1 of 2 ready', { timeout: 30_000 });

  // A reload in the middle of the job shows where it is, and goes on updating.
  await page.reload();
  const again = byTestId(page, ids.JOB_CARD).first();
  await expect(again).toHaveAttribute('data-status', /running|succeeded/);
  await expect(again).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await expect(byTestId(again, ids.RESULT_IMAGE)).toHaveCount(2);
  await expect(byTestId(again, ids.JOB_STATUS)).toContainText('Done — 2 images');
  // The form starts from the last generation.
  await expect(page.locator('#c-prompt')).toHaveValue('a quiet harbour at dawn, pastel colours');
  await expect(page.getByRole('banner')).toContainText('18 credits');

  // Thumbnails load through signed URLs; the original downloads as a PNG.
  const thumb = byTestId(again, ids.RESULT_IMAGE).first();
  await expect(thumb).toHaveJSProperty('complete', true);
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId(again, ids.RESULT_DOWNLOAD).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^obscura-[0-9a-f-]+-1\.png$/);
  const path = await download.path();
  expect(path).toBeTruthy();

  // "Use as reference" opens the form with that image chosen.
  await byTestId(again, ids.USE_AS_REFERENCE).first().click();
  await expect(page).toHaveURL(/reference_image=/);
  await expect(byTestId(page, ids.REFERENCE_PREVIEW)).toBeVisible();
  // Removing is the island's work: wait until it is hydrated (the empty prompt disables submit).
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  await byTestId(page, ids.REFERENCE_REMOVE).click();
  await expect(byTestId(page, ids.REFERENCE_PREVIEW)).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
  expect(problems, problems.join('\n')).toEqual([]);
  await context.close();
});

test('a prompt over the limit is refused with the reason, nothing charged', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signedUp(page);
  await page.goto(routes.CREATE);
  // Hydrated once the empty prompt disables the button; typing before that is not counted.
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  await page.locator('#c-prompt').fill('x'.repeat(4001));
  await expect(byTestId(page, ids.PROMPT_COUNTER)).toContainText('4001 / 4000 characters');
  await expect(byTestId(page, ids.CREATE_SUBMIT)).toBeDisabled();
  // Sent anyway (as a browser without JavaScript would): the server says why and keeps the text.
  await byTestId(page, ids.CREATE_FORM).evaluate((f: HTMLFormElement) => f.submit());
  await expect(page.locator('#c-prompt-error')).toContainText('4001 characters long');
  await expect(page.locator('#c-prompt')).toHaveValue('x'.repeat(4001));
  await expect(page.getByRole('banner')).toContainText('20 credits');
  await context.close();
});
