import { expect, test } from '@playwright/test';
import { ARTIFACTS, card, cardTexts, column, createWorkshop, openBoard } from './support';

test('cards are created, reached, acted on and moved with the keyboard alone', async ({ page }) => {
  await createWorkshop(page, 'Au clavier');
  await openBoard(page, 'Feuille de route');
  const col = column(page, 'Dans les 6 mois');
  const addButton = col.getByRole('button', { name: /Ajouter une carte/ });
  await addButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Première action');
  // Enter goes on to a new card; Escape leaves the text for the card itself.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Deuxième action');
  await page.keyboard.press('Escape');
  await expect(cardTexts(col)).toHaveText(['Première action', 'Deuxième action']);
  const [first, second] = [card(col, 'Première action'), card(col, 'Deuxième action')];
  await expect(second).toBeFocused();

  // One tab stop per card: the arrows go from card to card.
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(second).toHaveAttribute('tabindex', '-1');
  // Typing writes into the card: the character typed is its text's next one.
  await page.keyboard.press('!');
  await expect(col.getByLabel('Texte de la carte')).toHaveValue('Première action!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();

  // The card's menu: Shift+F10 opens it on its first item, arrows move, Escape gives the focus back.
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Créer un groupe…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(first.getByRole('button', { name: /Actions de la carte/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();

  // Space picks the card up, arrows move it, Space drops it.
  await page.keyboard.press('Space');
  // Each step waits for what a screen reader would announce.
  await expect(page.getByText('Carte saisie : Première action.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Carte au-dessus de Dans l’année.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Carte déposée.')).toBeAttached();
  await expect(cardTexts(column(page, 'Dans l’année'))).toHaveText(['Première action']);
  await expect(cardTexts(col)).toHaveText(['Deuxième action']);
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
