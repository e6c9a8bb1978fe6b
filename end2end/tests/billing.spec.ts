// Billing end to end: a confirmed person picks a pack on /pricing, pays on Stripe's hosted page
// (the stand-in in end2end/peers/stripe-checkout.mjs, which delivers the signed webhook), comes
// back to the billing page, which waits for the webhook's job, and sees the credits arrive.
import { test, expect, ids, routes, byTestId, signedUp } from './shared';

test('a pack bought on /pricing is credited after Stripe confirms it', async ({ page }) => {
  test.setTimeout(60_000);
  await signedUp(page);
  await page.goto(routes.SETTINGS_BILLING);
  const before = Number(await byTestId(page, ids.BILLING_BALANCE).innerText());

  await page.goto(routes.PRICING);
  const pack = page.locator(`[data-testid="${ids.BILLING_ITEM}"][data-item="small"]`);
  await expect(pack).toContainText('100 credits');
  await expect(pack).toContainText('€5.00');
  await pack.getByRole('button', { name: 'Buy' }).click();

  // Stripe's page (the stand-in), then back to the billing page.
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(/\/settings\/billing\?checkout=cs_/);
  // The page refreshes itself until the webhook's job has credited the payment.
  await expect(byTestId(page, ids.CHECKOUT_STATE)).toHaveAttribute('data-state', 'credited', { timeout: 30_000 });
  await expect(byTestId(page, ids.BILLING_BALANCE)).toHaveText(String(before + 100));
  const row = byTestId(page, ids.PAYMENT_ROW).first();
  await expect(row).toContainText('Small pack');
  await expect(row).toContainText('····4242');
});
