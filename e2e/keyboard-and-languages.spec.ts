import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, column, createWorkshop, openBoard } from './support';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('cards are created and moved with the keyboard alone', async ({ page }) => {
  await createWorkshop(page, 'Au clavier');
  await openBoard(page, 'Feuille de route');
  const addButton = column(page, 'Dans les 6 mois').getByRole('button', { name: /Ajouter une carte/ });
  await addButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Première action');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Deuxième action');
  const fields = column(page, 'Dans les 6 mois').getByLabel('Texte de la carte');
  await expect(fields.nth(0)).toHaveValue('Première action');
  await expect(fields.nth(1)).toHaveValue('Deuxième action');

  // Space picks the card up by its handle, arrows move it, Space drops it.
  const handle = column(page, 'Dans les 6 mois').getByRole('button', { name: /Déplacer la carte : Première action/ });
  await handle.focus();
  await page.keyboard.press('Space');
  // Each step waits for what a screen reader would announce.
  await expect(page.getByText('Carte saisie : Première action.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Carte au-dessus de Dans l’année.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Carte déposée.')).toBeAttached();
  await expect(column(page, 'Dans l’année').getByLabel('Texte de la carte')).toHaveValue('Première action');
  await expect(column(page, 'Dans les 6 mois').getByLabel('Texte de la carte')).toHaveValue('Deuxième action');
  await expect(page.getByText('Enregistré')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/keyboard.png` });
});

test('the interface renders in French and in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Co-construire, ensemble et en direct' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Build it together, live' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create the workshop' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${ARTIFACTS}/home-en.png` });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Build it together, live' })).toBeVisible();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Co-construire, ensemble et en direct' })).toBeVisible();
});

test('home, workshop and board pages have no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/workshop-demo.png` });
  await openBoard(page, 'Pratiques');
  await expectNoSeriousViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/board-demo.png` });
});
