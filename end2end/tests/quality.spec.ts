// Accessibility, the byte budget of public pages, and declared-only browser storage.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, publicPages, accountPages, lightPages, PUBLIC_PAGE_BUDGET, APP_PAGE_BUDGET, byTestId, ids, hydrated, themeKey, signedUp } from './shared';

const pages = [...publicPages, '/no-such-page'];

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${scheme}) @mobile`, async ({ browser }) => {
    // axe on every public page, one after another: about 25 s here, more on a loaded machine.
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(path);
      await hydrated(page);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });
}

test('public pages stay within their JS + wasm budgets', async ({ browser }) => {
  for (const path of pages) {
    // A cold cache per page: each page is measured as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    const onResponse = (res: import('@playwright/test').Response) => {
      const url = res.url();
      if (!/\.(m?js|wasm)(\?|$)/.test(url)) return;
      pending.push(
        res.request().sizes().then((s) => {
          transfers.push({ url, bytes: s.responseBodySize });
        }),
      );
    };
    page.on('response', onResponse);
    await page.goto(path, { waitUntil: 'networkidle' });
    await hydrated(page);
    await Promise.all(pending);
    const total = transfers.reduce((a, t) => a + t.bytes, 0);
    console.log(`${path}: ${total} bytes of JS + wasm (${transfers.map((t) => `${t.url.split('/').pop()} ${t.bytes}`).join(', ')})`);
    expect(transfers.length, `${path} loads its enhance module`).toBeGreaterThan(0);
    const light = lightPages.includes(path) || path === '/no-such-page';
    const budget = light ? PUBLIC_PAGE_BUDGET : APP_PAGE_BUDGET;
    expect(total, `${path} ships ${total} bytes of JS + wasm (budget ${budget})`).toBeLessThanOrEqual(budget);
    if (light) {
      expect(transfers.map((t) => t.url).join(' '), `${path} loads no islands bundle`).not.toMatch(/\/pkg\/obscura-/);
    }
    for (const t of transfers) expect(t.bytes, t.url).toBeGreaterThan(0);
    await context.close();
  }
});

test('assets are served compressed with long-lived caching', async ({ page, request }) => {
  await page.goto('/');
  const module = await page.locator('link[rel=modulepreload]').first().getAttribute('href');
  expect(module).toMatch(/^\/pkg\/enhance-[0-9a-f]{16}\.js$/);
  const res = await request.get(module!, { headers: { 'accept-encoding': 'br' } });
  expect(res.headers()['content-encoding']).toBe('br');
  expect(res.headers()['cache-control']).toContain('immutable');
});

test('only declared cookies and storage keys are ever set', async ({ page, context }) => {
  // promise: P-CKE-1
  // The declarations, as the privacy policy renders them from the code's own list.
  await page.goto('/privacy#storage');
  const declared = await page.locator('#storage ~ div table tbody th code').allTextContents();
  expect(declared.length).toBeGreaterThan(0);

  const setCookies: string[] = [];
  page.on('response', async (res) => {
    const header = (await res.allHeaders())['set-cookie'];
    if (header) setCookies.push(...header.split('\n'));
  });
  let first = true;
  for (const path of [...publicPages, '/no-such-page']) {
    await page.goto(path);
    await hydrated(page);
    if (first) {
      // The consent cookie is set by the choice, with page-view counts allowed.
      await byTestId(page, ids.CONSENT_BANNER).getByRole('button', { name: 'Accept all' }).click();
      first = false;
    }
    // Use every interactive part.
    await byTestId(page, ids.THEME_TOGGLE).click();
    await byTestId(page, ids.THEME_TOGGLE).click();
  }
  // Signed in, every account page too.
  await signedUp(page);
  for (const path of accountPages) {
    await page.goto(path);
    await hydrated(page);
  }
  // Leave a theme picked (the toggle cycles system → light → dark).
  for (let i = 0; i < 3 && !(await page.evaluate((k) => localStorage.getItem(k), themeKey)); i++) {
    await byTestId(page, ids.THEME_TOGGLE).click();
  }
  const names = setCookies.map((c) => c.split('=')[0].trim());
  const cookies = (await context.cookies()).map((c) => c.name);
  const storage = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  for (const name of [...names, ...cookies, ...storage]) {
    expect(declared, `undeclared: ${name}`).toContain(name);
  }
  expect(storage).toContain(themeKey);
  expect(cookies).toContain('cookie-consent');
});
