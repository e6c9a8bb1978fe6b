// Values shared with the Rust code, read from the `shared` crate so that both stay in step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, Page } from '@playwright/test';

const sharedSrc = join(__dirname, '..', '..', 'shared', 'src');

function constants(file: string): Record<string, string> {
  const text = readFileSync(join(sharedSrc, file), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/pub const ([A-Z_]+): &str = "([^"]*)";/g)) out[m[1]] = m[2];
  return out;
}

export const ids = constants('testids.rs');
export const routes = constants('routes.rs');
export const themeKey = constants('theme.rs').STORAGE_KEY;

/** Pages anyone can open, from `routes::PUBLIC_PAGES`. */
export const publicPages: string[] = (() => {
  const text = readFileSync(join(sharedSrc, 'routes.rs'), 'utf8');
  const list = /PUBLIC_PAGES: &\[&str\] = &\[([^\]]*)\]/.exec(text)![1];
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((name) => routes[name]);
})();

/** Pages that need an account, from `routes::ACCOUNT_PAGES`. */
export const accountPages: string[] = (() => {
  const text = readFileSync(join(sharedSrc, 'routes.rs'), 'utf8');
  const list = /ACCOUNT_PAGES: &\[&str\] = &\[([^\]]*)\]/.exec(text)![1];
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((name) => routes[name]);
})();

/** Admin pages, from `routes::ADMIN_PAGES`. */
export const adminPages: string[] = (() => {
  const text = readFileSync(join(sharedSrc, 'routes.rs'), 'utf8');
  const list = /ADMIN_PAGES: &\[&str\] = &\[([^\]]*)\]/.exec(text)![1];
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((name) => routes[name]);
})();

/** Pages held to the small budget, from `routes::LIGHT_PAGES` (the 404 page too). */
export const lightPages: string[] = (() => {
  const text = readFileSync(join(sharedSrc, 'routes.rs'), 'utf8');
  const list = /LIGHT_PAGES: &\[&str\] = &\[([^\]]*)\]/.exec(text)![1];
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((name) => routes[name]);
})();

/** Budget for JS + wasm transferred by a light public page (compressed bytes). */
export const PUBLIC_PAGE_BUDGET = 50 * 1024;
/** Budget for pages with Leptos islands (compressed bytes). */
export const APP_PAGE_BUDGET = 250 * 1024;

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** Waits until the enhance module has attached its behaviour. */
export async function hydrated(page: Page) {
  await page.locator(`html[${ids.HYDRATED_ATTR}]`).waitFor({ state: 'attached' });
}

/** Collects CSP violations, uncaught page errors and console errors of `page`. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** Fails a test on any CSP violation, uncaught page error or console error. */
export const test = base.extend<{ strictPage: Page }>({
  strictPage: async ({ page }, use) => {
    const problems = watchForProblems(page);
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});
export { expect };

/** The link in the newest outbox message to `to` whose subject contains `subject`. */
export async function mailLink(page: Page, to: string, subject: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await page.request.get(routes.DEV_OUTBOX);
    expect(res.status()).toBe(200);
    const html = await res.text();
    const messages = html.split(`data-testid="${ids.OUTBOX_MESSAGE}"`).slice(1);
    const found = messages.find((m) => m.includes(`>${to}<`) && m.includes(subject));
    if (found) {
      const href = /href="(http[^"]+)"/.exec(found)![1];
      return href.replace(/&amp;/g, '&');
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no mail to ${to} about ${subject}`);
}

export const PASSWORD = 'violet harbour lantern 42';

/** Signs up a new person through the forms and confirms the address; returns the address. */
export async function signedUp(page: Page): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto(routes.SIGNUP);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-name').fill('Grace E2E');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('#f-age_confirmed').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.SIGNUP_SENT}$`));
  await page.goto(await mailLink(page, email, 'Confirm your email'));
  await page.getByTestId(ids.CONFIRM_LINK).click();
  await expect(page).toHaveURL(/\/settings\/profile/);
  return email;
}
