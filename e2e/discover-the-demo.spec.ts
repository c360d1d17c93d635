import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, card, column, openBoard } from './support';

/** Screenshots a person looks at, beside the run's artifacts. */
const SHOTS = process.env.DEMO_SHOTS_DIR ?? `${ARTIFACTS}/demo`;

async function openDemo(page: Page): Promise<number> {
  await page.goto('/');
  // The lifetime is the server's (DEMO_LIFETIME_HOURS), not a figure written in the page.
  await expect(page.getByText('Il est supprimé au bout de 24 h.')).toBeVisible();
  const started = Date.now();
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Exemple/ })).toBeVisible({ timeout: 20_000 });
  return Date.now() - started;
}

test('the demo shows a day in action, says it is a demo, on a laptop and on a phone', async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const laptop = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const ms = await openDemo(laptop);
  // A figure, not an assertion: how long the example took to make on this machine.
  test.info().annotations.push({ type: 'demo ready (ms)', description: String(ms) });
  console.log(`demo ready in ${ms} ms`);

  const banner = laptop.getByRole('note').filter({ hasText: 'Atelier de démonstration' });
  await expect(banner).toContainText('Supprimé automatiquement 24 h après sa création');
  for (const title of ['Pratiques — Table 1', 'Pratiques — Table 2', 'Pratiques — Synthèse']) {
    await expect(laptop.locator('.tile-link').filter({ has: laptop.getByText(title, { exact: true }) })).toBeVisible();
  }
  await laptop.screenshot({ path: `${SHOTS}/workshop-1366.png`, fullPage: true });

  // The vote: totals revealed, the most voted card first when sorted.
  await openBoard(laptop, 'Difficultés');
  await expect(laptop.getByRole('note').filter({ hasText: 'Atelier de démonstration' })).toBeVisible();
  const rule = card(column(laptop, 'Cadre juridique et financier'), 'La règle des 50 %');
  await expect(rule).toContainText('5 votes');
  // A comment and its reply, reactions, and a group.
  await expect(rule.getByRole('button', { name: /2 commentaires/ })).toBeVisible();
  await expect(column(laptop, 'Cadre juridique et financier').getByRole('button', { name: 'Défaire le groupe Prise de parts' })).toBeVisible();
  await laptop.screenshot({ path: `${SHOTS}/board-1366.png` });

  // The synthesis gathers the board and its two tables, tagged by table.
  await laptop.getByRole('link', { name: /Tous les tableaux/ }).first().click();
  await openBoard(laptop, 'Pratiques — Synthèse');
  await expect(laptop.locator('li[data-card-id]')).toHaveCount(20);
  await expect(laptop.getByText('Table 2').first()).toBeVisible();

  // The lessons board names four SCICs; the template's columns are generic.
  await laptop.getByRole('link', { name: /Tous les tableaux/ }).first().click();
  await openBoard(laptop, 'Enseignements SCIC');
  await expect(column(laptop, 'Biau Jardin')).toBeVisible();

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await openDemo(phone);
  await expect(phone.getByRole('note').filter({ hasText: 'Atelier de démonstration' })).toBeVisible();
  await phone.screenshot({ path: `${SHOTS}/workshop-390.png` });
  await openBoard(phone, 'Difficultés');
  await expect(phone.getByRole('note').filter({ hasText: 'Atelier de démonstration' })).toBeVisible();
  await phone.screenshot({ path: `${SHOTS}/board-390.png` });
});
