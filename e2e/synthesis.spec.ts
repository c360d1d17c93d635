import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, cards as cardsOf, chooseInMenu, column, createWorkshop, joinWorkshop } from './support';

const COLUMN = 'Connaître les SCIC';

/** Opens a board from its tile (anchored: the export panel also has links naming each board). */
async function openTile(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Enregistré')).toBeVisible();
}

async function writeAtTable(page: Page, code: string, name: string, table: string, text: string) {
  await joinWorkshop(page, code, name);
  await openTile(page, `Difficultés — ${table}`);
  await addCard(page, COLUMN, text);
  await expect(page.getByText('Enregistré')).toBeVisible();
}

test('tables write in parallel, the synthesis gathers, merges and carries into the roadmap', async ({ browser }) => {
  const organiser = await (await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })).newPage();
  const code = await createWorkshop(organiser, 'Rencontre en tables');
  const workshopUrl = organiser.url();

  const panel = organiser.getByRole('region', { name: 'Tables en parallèle' });
  const difficulties = panel.getByRole('listitem', { name: 'Difficultés' });
  await difficulties.getByLabel('Nombre de tables').fill('2');
  await difficulties.getByRole('button', { name: 'Créer des tables – Difficultés' }).click();
  await expect(panel.getByRole('status')).toHaveText('2 tables créées pour « Difficultés ».');
  const tables = difficulties.getByRole('list', { name: 'Tables de « Difficultés »' });
  await expect(tables.getByRole('link')).toHaveText(['Table 1', 'Table 2']);
  await tables.getByRole('button', { name: 'Lien animateur – Difficultés — Table 1' }).click();
  await expect(tables.getByRole('textbox', { name: 'Lien animateur – Difficultés — Table 1' })).toHaveValue(/\/invite\//);
  await tables.getByRole('button', { name: 'Copier le lien – Difficultés — Table 1' }).click();
  await expect(panel.getByRole('status')).toHaveText('Lien de « Difficultés — Table 1 » copié.');
  await expect(organiser.getByRole('link', { name: /^Difficultés — Table 2/ })).toContainText('Table 2');
  await panel.screenshot({ path: `${ARTIFACTS}/synthesis-tables-panel.png` });

  const ana = await (await browser.newContext()).newPage();
  const basile = await (await browser.newContext()).newPage();
  await writeAtTable(ana, code, 'Ana', 'Table 1', 'Former les élus aux SCIC');
  await writeAtTable(basile, code, 'Basile', 'Table 2', 'Former les élus sur les SCIC');

  await difficulties.getByRole('button', { name: 'Ouvrir la synthèse – Difficultés' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Difficultés — Synthèse' })).toBeVisible();
  const cards = cardsOf(column(organiser, COLUMN));
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByRole('list', { name: 'Tables d’origine' })).toHaveText('Table 1');
  await expect(cards.nth(1).getByRole('list', { name: 'Tables d’origine' })).toHaveText('Table 2');
  const similar = organiser.getByRole('region', { name: 'Cartes similaires' });
  await expect(similar.getByRole('button', { name: /^Fusionner/ })).toHaveCount(1);
  await organiser.screenshot({ path: `${ARTIFACTS}/synthesis-board.png`, fullPage: true });

  // By keyboard, from the first card's own menu.
  const first = cards.nth(0);
  await first.focus();
  await organiser.keyboard.press('Shift+F10');
  await organiser.getByRole('menuitem', { name: 'Fusionner avec…' }).focus();
  await organiser.keyboard.press('Enter');
  const merging = organiser.getByRole('dialog', { name: /Fusionner avec…/ });
  await merging.getByLabel('Carte à fusionner dans celle-ci').selectOption({ label: 'Former les élus sur les SCIC' });
  await merging.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(merging).toHaveCount(0);
  await expect(cards).toHaveCount(1);
  await expect(cardTexts(column(organiser, COLUMN))).toHaveText(['Former les élus aux SCIC\n\nFormer les élus sur les SCIC']);
  await expect(cards.first().getByRole('list', { name: 'Tables d’origine' }).getByRole('listitem')).toHaveText(['Table 1', 'Table 2']);
  await expect(similar.getByText('Aucune paire de cartes similaires pour le moment.')).toBeVisible();

  await chooseInMenu(cards.first(), 'Vers la feuille de route');
  await expect(organiser.getByRole('status').filter({ hasText: 'Action ajoutée à la feuille de route.' })).toBeVisible();
  await expect(cards.first().getByText('Dans la feuille de route')).toBeVisible();
  await chooseInMenu(cards.first(), 'Vers la feuille de route');
  await expect(organiser.getByRole('status').filter({ hasText: 'Cette carte est déjà une action de la feuille de route.' })).toBeVisible();
  await organiser.screenshot({ path: `${ARTIFACTS}/synthesis-merged.png`, fullPage: true });

  await organiser.goto(workshopUrl);
  await openTile(organiser, 'Feuille de route');
  await expect(cardTexts(column(organiser, 'Dans les 6 mois')).first()).toHaveText('Former les élus aux SCIC\n\nFormer les élus sur les SCIC');
});
