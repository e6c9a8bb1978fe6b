// The interface's language in the browser (issue #19): the footer's switch, a plain form, changes
// the page's language and keeps it; a browser asking for German gets German on its first
// request; both stay accessible and fit a phone's width.
import AxeBuilder from '@axe-core/playwright';
import { Page } from '@playwright/test';
import { test, expect, ids, routes, byTestId } from './shared';

async function noViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([]);
}

test('the footer switch changes the language and the choice stays', async ({ strictPage: page }) => {
  await page.goto(routes.PRIVACY);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const sw = byTestId(page, ids.LANGUAGE_SWITCH);
  await sw.getByLabel('Language').selectOption('fr');
  await sw.getByRole('button', { name: 'Change language' }).click();
  // Back on the page it was used on, now in French.
  await expect(page).toHaveURL(new RegExp(`${routes.PRIVACY}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(byTestId(page, ids.SITE_FOOTER)).toContainText('Paramètres des cookies');
  // Other pages follow, from the cookie.
  await page.goto(routes.HOME);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gardez-les pour vous.');
  await noViolations(page);
  // And back to English.
  const again = byTestId(page, ids.LANGUAGE_SWITCH);
  await again.getByLabel('Langue').selectOption('en');
  await again.getByRole('button', { name: 'Changer de langue' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Keep them yours.');
});

test('a browser asking for German gets German at once, on a phone too @mobile', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(routes.HOME);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bilder mit KI erstellen.');
  await expect(byTestId(page, ids.CONSENT_BANNER)).toContainText('Ihre Cookie-Auswahl');
  // German runs longer than English: nothing may push the page sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await noViolations(page);
  await context.close();
});
