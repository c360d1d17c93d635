import { expect, test } from '@playwright/test';
import { ARTIFACTS, column } from './support';

test('on a phone, the sample board reads as one column under the other', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('.tile-link').filter({ has: page.getByText('Feuille de route', { exact: true }) }).click();
  await expect(page.getByText('Enregistré')).toBeVisible();

  const first = (await column(page, 'Dans les 6 mois').boundingBox())!;
  const second = (await column(page, 'Dans l’année').boundingBox())!;
  expect(second.x).toBe(first.x);
  expect(second.y).toBeGreaterThan(first.y + first.height - 1);
  expect(first.width).toBeLessThanOrEqual(390);
  // Nothing wider than the screen: no sideways scrolling on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${ARTIFACTS}/phone-board.png` });
});
