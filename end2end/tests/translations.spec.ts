// Every page in every language (issue #19): German and French, and a pseudo-locale that makes
// every translated string longer and accented. At desktop and phone widths no page may overflow
// sideways or clip a text; German and French pages stay accessible (axe); and in the
// pseudo-locale any text still in plain English is a string that bypasses the catalogue.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { Page } from '@playwright/test';
import { test, expect, routes, ids, publicPages, accountPages, adminPages, signedUp, hydrated } from './shared';

const PSEUDO = 'en-XA';

/** Words that are the same in every language: names of products, of languages, of the test person. */
const SAME_IN_EVERY_LANGUAGE = [
  // The credit pack's label is the operator's (the suite's server configures it).
  'Small pack',
  'Obscura', 'Google', 'Stripe', 'OpenAI', 'Replicate', 'ComfyUI', 'LinkedIn', 'Pinterest', 'YouTube',
  'Instagram', 'Facebook', 'English', 'Deutsch', 'Français', 'Grace E2E', 'JSON', 'HTTP', 'API', 'PNG', 'JPEG', 'WebP',
];

/** Sideways overflow of the page, and texts cut off by an element that hides its overflow. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth - window.innerWidth}px too wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const s = getComputedStyle(el);
      // Screen-reader-only text is clipped on purpose; ellipses are a deliberate cut.
      if (el.clientWidth <= 1 || s.textOverflow === 'ellipsis' || !el.innerText?.trim()) continue;
      const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1) {
        out.push(`clipped <${el.tagName.toLowerCase()} class="${el.className}">: "${el.innerText.trim().slice(0, 60)}"`);
      }
    }
    return out;
  });
}

/** Visible texts and labels with English words and none of the pseudo-locale's accents. */
async function untranslated(page: Page, allowed: string[]): Promise<string[]> {
  return page.evaluate((allowed) => {
    const out: string[] = [];
    const english = (text: string) => {
      if (/[^\x00-\x7F]/.test(text)) return false;
      let rest = text;
      for (const a of allowed) rest = rest.split(a).join(' ');
      // Addresses, paths and ids are data, not text.
      rest = rest.replace(/\S+@\S+|\S*\/\S*|\b[0-9a-f-]{8,}\b/gi, ' ');
      return /[A-Za-z]{3,}/.test(rest);
    };
    // Code, names and people's own words are not translated; nor is a text that says it is
    // in another language (the API reference's descriptions are English: `lang="en"`).
    const pageLang = document.documentElement.lang;
    const skip = (el: Element) =>
      el.closest('script, style, code, pre, kbd, samp, template, noscript, [translate="no"], [data-user-content]') ||
      el.closest('[lang]')?.getAttribute('lang') !== pageLang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || skip(el) || !el.getClientRects().length) continue;
      if (english(text)) out.push(`<${el.tagName.toLowerCase()}>: "${text.slice(0, 80)}"`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]'))) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value && english(value)) out.push(`<${el.tagName.toLowerCase()} ${name}>: "${value.slice(0, 80)}"`);
      }
    }
    return out;
  }, allowed);
}

/** Visits `paths` in `lang`, collecting what is wrong with each. */
async function sweep(page: Page, paths: string[], lang: string, checks: { axe: boolean; english: boolean; allowed: string[] }) {
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(`${path}?lang=${lang}`);
    await hydrated(page);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    for (const p of await layoutProblems(page)) problems.push(`${path}: ${p}`);
    if (checks.english) for (const p of await untranslated(page, checks.allowed)) problems.push(`${path}: untranslated ${p}`);
    if (checks.axe) {
      const axe = await new AxeBuilder({ page }).analyze();
      for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        problems.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  }
  return problems;
}

// The outbox shows the mails as sent, in their own languages.
const publicToCheck = [...publicPages.filter((p) => p !== routes.DEV_OUTBOX), '/no-such-page'];

for (const lang of ['de', 'fr', PSEUDO]) {
  test(`every page in ${lang} fits and stays accessible @mobile`, async ({ page }, info) => {
    test.setTimeout(240_000);
    const desktop = info.project.name === 'desktop';
    const checks = { axe: desktop && lang !== PSEUDO, english: lang === PSEUDO, allowed: [...SAME_IN_EVERY_LANGUAGE] };
    const problems = await sweep(page, publicToCheck, lang, checks);
    const email = await signedUp(page);
    checks.allowed.push(email);
    problems.push(...(await sweep(page, accountPages, lang, checks)));
    if (process.env.E2E_OBSCURA_BIN) {
      const admin = `ops-${lang}-${Date.now()}-${info.project.name}@example.com`;
      const out = execFileSync(process.env.E2E_OBSCURA_BIN, ['admin', 'create', '--email', admin], { env: process.env, encoding: 'utf8' });
      const link = new URL(/https?:\/\/\S+/.exec(out)![0]);
      await page.goto(link.pathname + link.search);
      await page.getByTestId(ids.CONFIRM_LINK).click();
      checks.allowed.push(admin);
      problems.push(...(await sweep(page, adminPages, lang, checks)));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the pseudo-locale is there only where the server allows it, and is never offered', async ({ page }) => {
  await page.goto(`${routes.HOME}?lang=${PSEUDO}`);
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO);
  const options = await page.getByTestId(ids.LANGUAGE_SWITCH).locator('option').allTextContents();
  expect(options).toEqual(['English', 'Deutsch', 'Français']);
});
