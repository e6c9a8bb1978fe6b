// Settings → API in a browser: a key made and shown once, used from a program (the REST API),
// seen in the usage page and its chart, a webhook endpoint set with its secret shown once and a
// test event in the delivery log, the reference page, and the key revoked.
import { test, expect, ids, routes, byTestId, signedUp } from './shared';

test('a key made in the settings works, is logged, and stops at revocation', async ({ page }) => {
  test.setTimeout(90_000);
  await signedUp(page);
  await page.goto(routes.SETTINGS_API);
  await page.getByLabel('Name').fill('my script');
  await page.getByLabel('Make images (spends credits) and share them').check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await byTestId(page, ids.API_KEY_TEXT).textContent())!.trim();
  expect(key).toMatch(/^obs_[0-9a-f]{16}_/);

  // The program's side: a generation through the REST API, with the key as bearer.
  const api = page.request;
  const auth = { authorization: `Bearer ${key}` };
  const created = await api.post(routes.API_GENERATIONS, { headers: auth, data: { prompt: 'a lighthouse at dusk' } });
  expect(created.status()).toBe(202);
  const account = await api.get(routes.API_ACCOUNT, { headers: auth });
  expect(account.status()).toBe(200);
  expect((await account.json()).key.name).toBe('my script');
  const refused = await api.get(routes.API_ACCOUNT);
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');

  // Shown once: back on the page the key is listed by its hint only, and marked used.
  await page.goto(routes.SETTINGS_API);
  await expect(byTestId(page, ids.API_KEY_TEXT)).toHaveCount(0);
  const row = byTestId(page, ids.API_KEY_ROW).first();
  await expect(row).toContainText('my script');
  await expect(row).toContainText('last used');
  await expect(row).not.toContainText(key);

  // Usage: today's requests in the chart and the table, and the CSV link.
  await page.getByRole('link', { name: 'See your usage' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.SETTINGS_API_USAGE}$`));
  await expect(byTestId(page, ids.API_USAGE_CHART).locator('svg[role="img"]')).toBeVisible();
  await expect(byTestId(page, ids.API_USAGE_DAY)).toHaveCount(1);
  await expect(byTestId(page, ids.API_USAGE_DAY)).toContainText('1');
  await page.getByLabel('Answers').selectOption('failed');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/outcome=failed/);
  const csv = await api.get(await page.getByRole('link', { name: 'Download these requests as CSV' }).getAttribute('href') as string);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\n')[0]).toBe('time,key,key_name,method,route,status,duration_ms,credits');

  // A webhook endpoint: its secret shown once, a test event in the log.
  await page.goto(routes.SETTINGS_API);
  await page.getByLabel('Endpoint').fill('http://hooks.example.com/in');
  await page.getByRole('button', { name: 'Set endpoint' }).click();
  await expect(page.locator('#w-url-error')).toContainText('https://');
  await page.getByLabel('Endpoint').fill('https://hooks.example.com/in');
  await page.getByRole('button', { name: 'Set endpoint' }).click();
  await expect(byTestId(page, ids.WEBHOOK_SECRET)).toContainText('whsec_');
  await page.goto(routes.SETTINGS_API);
  await expect(byTestId(page, ids.WEBHOOK_SECRET)).toHaveCount(0);
  await page.getByRole('button', { name: 'Send a test event' }).click();
  await expect(page.getByText('A test event is on its way')).toBeVisible();
  await expect(byTestId(page, ids.WEBHOOK_DELIVERY).first()).toContainText('webhook.test');

  // The reference, linked from the page.
  await page.getByRole('link', { name: 'Read the API reference' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Obscura API');
  await expect(byTestId(page, ids.API_OPERATION)).toHaveCount(11);

  // Revoked: the same key is refused at once.
  await page.goto(routes.SETTINGS_API);
  await page.getByRole('button', { name: 'Revoke my script' }).click();
  await expect(page.getByText('The key is revoked')).toBeVisible();
  const after = await api.get(routes.API_ACCOUNT, { headers: auth });
  expect(after.status()).toBe(401);
  expect((await after.json()).detail).toContain('revoked');
});
