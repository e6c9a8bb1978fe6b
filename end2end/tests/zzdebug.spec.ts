import { test } from './shared';
test('debug widths', async ({ page }) => {
  for (const lang of ['en', 'de']) {
    await page.goto(`/docs/api?lang=${lang}`);
    const out = await page.evaluate(() => {
      const w = window.innerWidth;
      const res: string[] = [`doc ${document.documentElement.scrollWidth} vs ${w}`];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const r = el.getBoundingClientRect();
        if (r.right > w + 1 && el.children.length === 0) res.push(`${el.tagName} ${el.className} right=${Math.round(r.right)} "${(el.textContent||'').slice(0,80)}"`);
      }
      return res.slice(0, 15);
    });
    console.log(lang, out.join('\n'));
  }
});
