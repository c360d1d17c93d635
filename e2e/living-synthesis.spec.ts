/**
 * A living synthesis (issue 12 §8): a card written at a table after the synthesis arrives with
 * "Mettre à jour depuis les tables", once; a merge keeps the wording chosen; a carried card
 * says "Dans la feuille de route" whenever the board opens, and leads to its action.
 */
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, cards as cardsOf, chooseInMenu, column, createWorkshop, joinWorkshop } from './support';

const COLUMN = 'Connaître les SCIC';

async function openTile(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Enregistré')).toBeVisible();
}

test('the synthesis follows the tables, merges keep one wording, carried cards lead to their action', async ({ browser }) => {
  test.setTimeout(120_000);
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const code = await createWorkshop(organiser, 'Synthèse vivante');
  const difficulties = organiser.getByRole('region', { name: 'Tables en parallèle' }).getByRole('listitem', { name: 'Difficultés' });
  await difficulties.getByLabel('Nombre de tables').fill('2');
  await difficulties.getByRole('button', { name: 'Créer des tables – Difficultés' }).click();
  await expect(difficulties.getByRole('list', { name: 'Tables de « Difficultés »' }).getByRole('link')).toHaveCount(2);

  const ana = await (await browser.newContext()).newPage();
  await joinWorkshop(ana, code, 'Ana');
  await openTile(ana, 'Difficultés — Table 1');
  await addCard(ana, COLUMN, 'Former les élus aux SCIC');
  await addCard(ana, COLUMN, 'Former les élus sur les SCIC');
  await expect(ana.getByText('Enregistré')).toBeVisible();

  await difficulties.getByRole('button', { name: 'Ouvrir la synthèse – Difficultés' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Difficultés — Synthèse' })).toBeVisible();
  const synthesis = column(organiser, COLUMN);
  await expect(cardsOf(synthesis)).toHaveCount(2);

  // Written at the table after the synthesis was made: it arrives with the refresh, once.
  await addCard(ana, COLUMN, 'Un guichet unique pour les coopératives');
  await expect(ana.getByText('Enregistré')).toBeVisible();
  const refresh = organiser.getByRole('button', { name: 'Mettre à jour depuis les tables' });
  const refreshStatus = organiser.locator('.synthesis-refresh').getByRole('status');
  await refresh.click();
  await expect(refreshStatus).toHaveText('1 nouvelle carte');
  await expect(cardsOf(synthesis).filter({ hasText: 'Un guichet unique pour les coopératives' })).toHaveCount(1);
  await refresh.click();
  await expect(refreshStatus).toHaveText('Rien de nouveau depuis la dernière mise à jour');
  await expect(cardsOf(synthesis)).toHaveCount(3);

  // Similar cards: keep the second wording only; the card that stays takes the focus.
  const similar = organiser.getByRole('region', { name: 'Cartes similaires' });
  await similar.getByRole('button', { name: /^Fusionner « / }).click();
  await similar.getByRole('radio', { name: 'Garder « Former les élus sur les SCIC »' }).check();
  await expect(similar.getByLabel('Texte après la fusion')).toHaveText('Former les élus sur les SCIC');
  await organiser.screenshot({ path: `${ARTIFACTS}/living-synthesis-merge.png`, fullPage: true });
  await similar.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(cardsOf(synthesis)).toHaveCount(2);
  const merged = cardsOf(synthesis).filter({ hasText: 'Former les élus' });
  await expect(merged.locator('p.card-text')).toHaveText('Former les élus sur les SCIC');
  await expect(merged).toBeFocused();
  await expect(merged.getByRole('list', { name: 'Tables d’origine' })).toHaveText('Table 1');
  // The card merged away stays away.
  await refresh.click();
  await expect(refreshStatus).toHaveText('Rien de nouveau depuis la dernière mise à jour');
  await expect(cardsOf(synthesis)).toHaveCount(2);

  // From a card's own dialog: an edited wording.
  const guichet = cardsOf(synthesis).filter({ hasText: 'Un guichet unique' });
  await chooseInMenu(guichet, 'Fusionner avec…');
  const dialog = organiser.getByRole('dialog', { name: /Fusionner avec…/ });
  await dialog.getByLabel('Carte à fusionner dans celle-ci').selectOption({ label: 'Former les élus sur les SCIC' });
  await dialog.getByRole('radio', { name: 'Modifier le texte' }).check();
  await expect(dialog.getByLabel('Texte gardé')).toHaveValue('Un guichet unique pour les coopératives\n\nFormer les élus sur les SCIC');
  await dialog.getByLabel('Texte gardé').fill('Un guichet unique qui forme les élus');
  await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cardTexts(synthesis)).toHaveText(['Un guichet unique qui forme les élus']);
  // The dialog gives the focus back where it was opened from: the kept card's menu.
  const kept = cardsOf(synthesis).first();
  await expect(kept.getByRole('button', { name: /^Actions de la carte/ })).toBeFocused();

  // Carried into the roadmap: the badge is there whenever the board opens, and leads to the action.
  await chooseInMenu(kept, 'Vers la feuille de route');
  await expect(kept.getByRole('link', { name: /^Dans la feuille de route/ })).toBeVisible();
  await organiser.reload();
  await expect(organiser.getByText('Enregistré')).toBeVisible();
  const badge = cardsOf(column(organiser, COLUMN)).first().getByRole('link', { name: 'Dans la feuille de route : voir l’action' });
  await expect(badge).toBeVisible();
  await organiser.screenshot({ path: `${ARTIFACTS}/living-synthesis-carried.png`, fullPage: true });
  await badge.click();
  await expect(organiser.getByRole('heading', { level: 1, name: 'Feuille de route' })).toBeVisible();
  await expect(organiser).toHaveURL(/#card-/);
  const action = cardsOf(column(organiser, 'Dans les 6 mois')).filter({ hasText: 'Un guichet unique qui forme les élus' });
  await expect(action).toBeFocused();

  // A participant opening the synthesis sees it too.
  await ana.getByRole('link', { name: /Tous les tableaux/ }).click();
  await openTile(ana, 'Difficultés — Synthèse');
  await expect(cardsOf(column(ana, COLUMN)).first().getByRole('link', { name: 'Dans la feuille de route : voir l’action' })).toBeVisible();
});
