import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, cards, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

test('private writing: drafts stay with their author until the facilitator reveals them', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  const code = await createWorkshop(facilitator, 'Écriture individuelle');
  await joinWorkshop(alice, code, 'Alice');
  await joinWorkshop(bob, code, 'Bob');
  for (const page of [facilitator, alice, bob]) await openBoard(page, 'Pratiques');
  await openFacilitation(facilitator);

  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  await facilitator.getByRole('button', { name: 'Lancer l’écriture (5 min)' }).click();
  await expect(alice.getByText('vos nouvelles cartes restent privées jusqu’à ce que l’animation les révèle')).toBeVisible();
  await addCard(alice, 'Ce qui marche', 'Mon idée à moi');
  await expect(column(alice, 'Ce qui marche').getByText('Privé')).toBeVisible();
  await expect(alice.getByText('Enregistré').first()).toBeVisible();

  // Nobody else receives it, and it survives a reload.
  await expect(cards(column(bob, 'Ce qui marche'))).toHaveCount(0);
  await expect(cards(column(facilitator, 'Ce qui marche'))).toHaveCount(0);
  await alice.reload();
  await expect(cardTexts(column(alice, 'Ce qui marche'))).toHaveText(['Mon idée à moi']);
  await alice.screenshot({ path: `${ARTIFACTS}/private-draft.png` });

  // Revealed author by author: the facilitator sees who wrote how many, not what.
  const counts = facilitator.getByRole('list', { name: 'Cartes écrites en privé' });
  await expect(counts.getByRole('listitem')).toHaveText([/^Alice 1 carte/]);
  await expect(counts).not.toContainText('Mon idée à moi');
  await counts.getByRole('button', { name: 'Révéler les cartes d’Alice' }).click();
  await expect(cardTexts(column(bob, 'Ce qui marche'))).toHaveText(['Mon idée à moi']);
  await expect(cardTexts(column(facilitator, 'Ce qui marche'))).toHaveText(['Mon idée à moi']);
  await expect(column(alice, 'Ce qui marche').getByText('Privé')).toHaveCount(0);
  await expect(cards(column(alice, 'Ce qui marche'))).toHaveCount(1);

  // Anonymous authors: participants no longer see names; the facilitator still does.
  await expect(column(bob, 'Ce qui marche').getByText('par Alice')).toBeVisible();
  await openSettings(facilitator);
  await facilitator.getByLabel('Auteurs anonymes').click();
  await expect(column(bob, 'Ce qui marche').getByText('par Alice')).toHaveCount(0);
  await expect(column(facilitator, 'Ce qui marche').getByText('par Alice')).toBeVisible();
});
