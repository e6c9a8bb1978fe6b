// The application shell: pages render, the theme switch works after hydration, 404, keyboard use.
import { test, expect, ids, routes, themeKey, byTestId, hydrated, publicPages } from './shared';

test('landing page renders and leads to sign-up and sign-in @mobile', async ({ strictPage: page }) => {
  const res = await page.goto('/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Keep them yours');
  await expect(page.getByRole('link', { name: 'Create your free account' })).toHaveAttribute('href', routes.SIGNUP);
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', routes.LOGIN);
  await expect(page).toHaveTitle('Obscura');
  await hydrated(page);
});

test('every public page renders inside the site frame', async ({ strictPage: page }) => {
  for (const path of publicPages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(byTestId(page, ids.SITE_HEADER), path).toBeVisible();
    await expect(byTestId(page, ids.SITE_FOOTER), path).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
});

test('hydration: the theme switch cycles system → light → dark and is remembered @mobile', async ({ strictPage: page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await hydrated(page);
  const html = page.locator('html');
  const toggle = byTestId(page, ids.THEME_TOGGLE);
  await expect(html).toHaveAttribute('data-theme', 'system');
  await expect(toggle).toHaveAttribute('aria-label', /follows your system/);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).not.toHaveClass(/dark/);

  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-label', /dark/);
  expect(await page.evaluate((k) => localStorage.getItem(k), themeKey)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(11, 11, 18)');

  // Remembered across pages and reloads, applied before first paint.
  await page.goto(routes.PRIVACY);
  await expect(html).toHaveClass(/dark/);
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Back to following the system: the key is removed, nothing else is stored.
  await hydrated(page);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'system');
  expect(await page.evaluate((k) => localStorage.getItem(k), themeKey)).toBeNull();
});

test('following the system theme reacts to the system setting', async ({ strictPage: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('unknown paths show the styled 404 page with status 404 @mobile', async ({ strictPage: page }) => {
  const res = await page.goto('/this/does/not/exist');
  expect(res?.status()).toBe(404);
  await expect(byTestId(page, ids.NOT_FOUND)).toHaveText("This page doesn't exist");
  await expect(page).toHaveTitle('Page not found · Obscura');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the header is fully usable from the keyboard', async ({ strictPage: page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  await page.goto('/');
  await hydrated(page);
  // The cookie banner comes first until a choice is made: every part of it is reachable.
  const order = ['Skip to content', 'What we store', 'Accept all', 'Reject all', 'Customise', 'Obscura', 'Privacy', 'Terms', 'Support'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(focused).toContain(name);
  }
  await page.keyboard.press('Tab');
  const toggle = byTestId(page, ids.THEME_TOGGLE);
  await expect(toggle).toBeFocused();
  // Focus is visible.
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // The switch works from the keyboard.
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Get started' })).toBeFocused();
});

test('on small screens the menu opens from the keyboard and lists every page @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const menu = byTestId(page, ids.NAV_TOGGLE);
  await expect(menu).toBeVisible();
  await menu.focus();
  await page.keyboard.press('Enter');
  const mobileNav = page.getByRole('navigation', { name: 'Mobile' });
  await expect(mobileNav).toBeVisible();
  for (const name of ['Privacy', 'Terms', 'Support', 'Sign in', 'Get started']) {
    await expect(mobileNav.getByRole('link', { name })).toBeVisible();
  }
});

test('the connection banner reports going offline and coming back', async ({ page, context }) => {
  await page.goto('/');
  await hydrated(page);
  const banner = byTestId(page, ids.CONNECTION_BANNER);
  await expect(banner).toBeHidden();
  await context.setOffline(true);
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("You're offline");
  await context.setOffline(false);
  await expect(banner).toContainText('Back online', { timeout: 10_000 });
  await expect(banner).toBeHidden({ timeout: 10_000 });
});

test('a failed call shows "reconnecting" and the banner retries until the server answers', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  let failing = true;
  await page.route('**/readyz', (route) => (failing ? route.abort('connectionreset') : route.continue()));
  await page.evaluate((name) => window.dispatchEvent(new Event(name)), ids.NETWORK_ERROR_EVENT);
  const banner = byTestId(page, ids.CONNECTION_BANNER);
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  await expect(banner).toContainText('Reconnecting');
  await page.waitForTimeout(1_500);
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  failing = false;
  await expect(banner).toHaveAttribute('data-state', 'restored', { timeout: 10_000 });
  await expect(banner).toBeHidden({ timeout: 10_000 });
});

test('the support page shows the service status and checks again through a Leptos island', async ({ strictPage: page }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rpc/')) calls.push(r.method());
  });
  await page.goto(routes.SUPPORT);
  const panel = byTestId(page, ids.SERVICE_STATUS);
  // Rendered on the server: readable before (and without) any wasm.
  await expect(panel).toContainText('All systems operational');
  const check = byTestId(page, ids.SERVICE_STATUS_CHECK);
  // The islands bundle hydrates when the browser is idle; click until the island answers.
  await expect(async () => {
    await check.click();
    expect(calls.length).toBeGreaterThan(0);
  }).toPass({ timeout: 10_000 });
  expect(calls[0]).toBe('POST');
  await expect(check).toHaveText('Check again');
  await expect(panel).toContainText('All systems operational');
});

test('a server function that fails for network reasons raises the reconnecting banner', async ({ page }) => {
  await page.goto(routes.SUPPORT);
  await hydrated(page);
  let reached = false;
  await page.route('**/rpc/**', (route) => {
    reached = true;
    return route.abort('internetdisconnected');
  });
  const check = byTestId(page, ids.SERVICE_STATUS_CHECK);
  await expect(async () => {
    await check.click();
    expect(reached).toBe(true);
  }).toPass({ timeout: 10_000 });
  await expect(byTestId(page, ids.SERVICE_STATUS)).toContainText("couldn't reach the server");
  const banner = byTestId(page, ids.CONNECTION_BANNER);
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  // The banner polls /readyz, which still works: it recovers on its own.
  await expect(banner).toHaveAttribute('data-state', 'restored', { timeout: 10_000 });
});
