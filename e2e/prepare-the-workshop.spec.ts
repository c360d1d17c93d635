import { expect, test } from '@playwright/test';
import { addCard, column, createWorkshop, openBoard } from './support';

test('the organiser renames the workshop, a board and a column, reorders, adds and deletes, in the workshop page', async ({ page }) => {
  await createWorkshop(page, 'Rencontres brouillon');
  const prepare = page.getByRole('region', { name: 'Préparer l’atelier' });

  await prepare.getByLabel('Titre de l’atelier').fill('Rencontres ESS 2027');
  await prepare.getByLabel('Lieu').fill('Valence');
  await prepare.getByRole('button', { name: 'Enregistrer le titre, la date et le lieu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencontres ESS 2027' })).toBeVisible();
  await expect(page.getByText('Valence')).toBeVisible();

  // Escape gives the saved name back; Enter saves.
  const difficulties = prepare.getByRole('listitem').filter({ has: page.getByLabel('Nom du tableau « Difficultés »') });
  await difficulties.getByText('5 colonnes').click();
  const columnName = prepare.getByLabel('Nom de la colonne « Autres »');
  await columnName.fill('Brouillon');
  await columnName.press('Escape');
  await expect(columnName).toHaveValue('Autres');
  await columnName.fill('Autres sujets');
  await columnName.press('Enter');
  await expect(prepare.getByRole('status')).toHaveText('Renommé en « Autres sujets ».');
  await expect(prepare.getByLabel('Nom de la colonne « Autres sujets »')).toBeVisible();

  // Moving a board keeps focus on its button, and the tiles follow the new order.
  await prepare.getByRole('button', { name: 'Descendre « Difficultés »' }).click();
  await expect(prepare.getByRole('status')).toHaveText('« Difficultés » déplacé.');
  await expect(prepare.getByRole('button', { name: 'Descendre « Difficultés »' })).toBeFocused();
  await expect(page.locator('.tile-title').first()).toHaveText('Pratiques');

  // A board of its own, with its columns, then deleted after confirmation.
  await prepare.getByLabel('Nouveau tableau', { exact: true }).fill('Idées en vrac');
  await prepare.getByLabel('Ses colonnes (une par ligne)').fill('Pour demain\nPour plus tard');
  await prepare.getByRole('button', { name: 'Ajouter le tableau' }).click();
  const added = prepare.getByRole('listitem').filter({ has: page.getByLabel('Nom du tableau « Idées en vrac »') });
  await added.getByText('2 colonnes').click();
  await expect(added.getByLabel('Nom de la colonne « Pour plus tard »')).toBeVisible();
  await added.getByRole('button', { name: 'Supprimer le tableau' }).click();
  await prepare.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await expect(prepare.getByRole('status')).toHaveText('Tableau « Idées en vrac » supprimé.');
  await expect(page.locator('.tile-title').filter({ hasText: 'Idées en vrac' })).toHaveCount(0);

  // A column holding a card is refused, in French.
  await openBoard(page, 'Difficultés');
  await expect(column(page, 'Autres sujets')).toBeVisible();
  await addCard(page, 'Autres sujets', 'Une carte qui reste');
  await page.goBack();
  await difficulties.getByText('5 colonnes').click();
  await prepare.getByRole('button', { name: 'Supprimer la colonne « Autres sujets »' }).click();
  await expect(prepare.getByRole('status')).toHaveText('Cette colonne contient encore des cartes : déplacez-les ou supprimez-les d’abord.');
});
