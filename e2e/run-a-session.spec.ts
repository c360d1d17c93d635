import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, card, cards, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation } from './support';

test('a facilitator, two participants and the projector run a short session end to end', async ({ browser }) => {
  // Four browsers at once: slow on a loaded machine.
  test.setTimeout(120_000);
  const laptop = { viewport: { width: 1366, height: 768 } };
  const facilitator = await (await browser.newContext(laptop)).newPage();
  const alice = await (await browser.newContext(laptop)).newPage();
  const bob = await (await browser.newContext(laptop)).newPage();
  const code = await createWorkshop(facilitator, 'Atelier complet');
  await facilitator.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const projectorUrl = await facilitator.getByRole('link', { name: /Projecteur :/ }).getAttribute('href');
  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await projector.goto(projectorUrl!);
  await joinWorkshop(alice, code, 'Alice');
  await joinWorkshop(bob, code, 'Bob');
  for (const page of [facilitator, alice, bob]) await openBoard(page, 'Difficultés');
  await openFacilitation(facilitator);
  const col = 'Connaître les SCIC';

  // Private writing for four minutes, the timer in step on all four screens, then the reveal.
  await facilitator.getByLabel('Durée de l’écriture (min)').fill('4');
  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  await facilitator.getByRole('button', { name: 'Lancer l’écriture (4 min)' }).click();
  for (const page of [facilitator, alice, bob, projector]) await expect(page.getByLabel('Minuteur')).toContainText(/[34]:\d\d/);
  await expect(alice.getByText('vos nouvelles cartes restent privées jusqu’à ce que l’animation les révèle')).toBeVisible();
  await expect(bob.getByText('vos nouvelles cartes restent privées jusqu’à ce que l’animation les révèle')).toBeVisible();
  await addCard(alice, col, 'Statut mal connu des élus');
  await addCard(bob, col, 'Pas de fiche synthétique');
  await expect(alice.getByText('Enregistré')).toBeVisible();
  await expect(bob.getByText('Enregistré')).toBeVisible();
  await expect(projector.getByText('Statut mal connu des élus')).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Révéler les cartes', exact: true }).click();
  await expect(projector.getByText('Statut mal connu des élus')).toBeVisible();
  await expect(projector.getByText('Pas de fiche synthétique')).toBeVisible();

  // Grouping.
  await facilitator.getByRole('button', { name: 'Passer au regroupement' }).click();
  await chooseInMenu(cards(column(facilitator, col)).nth(0), 'Créer un groupe…');
  await column(facilitator, col).getByLabel('Nom du groupe').fill('Information');
  await column(facilitator, col).getByLabel('Nom du groupe').press('Enter');
  // The grouped card comes first, under its group: the other is second.
  await chooseInMenu(cards(column(facilitator, col)).nth(1), 'Information', 'menuitemradio');
  await expect(column(alice, col).locator('li[data-card-id].card--grouped')).toHaveCount(2);
  await expect(column(alice, col).getByLabel('Nom du groupe')).toHaveValue('Information');

  // Voting with hidden, then revealed, totals.
  await facilitator.getByRole('button', { name: 'Lancer le vote (3 points)' }).click();
  await alice.getByRole('button', { name: 'Voter : Pas de fiche synthétique' }).click();
  await bob.getByRole('button', { name: 'Voter : Pas de fiche synthétique' }).click();
  await expect(facilitator.getByText('2 votes', { exact: true })).toBeVisible();
  await expect(alice.getByText('2 votes', { exact: true })).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Montrer les résultats' }).click();
  await expect(alice.getByText('2 votes', { exact: true })).toBeVisible();
  await expect(projector.getByText(/2 votes/)).toBeVisible();

  // Spotlight, followed by the projector.
  await chooseInMenu(card(column(facilitator, col), 'Pas de fiche synthétique'), 'Projeter');
  await expect(projector.getByRole('region', { name: 'Carte projetée' })).toContainText('Pas de fiche synthétique');
  await projector.screenshot({ path: `${ARTIFACTS}/session-projector-1920x1080.png` });
  await alice.screenshot({ path: `${ARTIFACTS}/session-participant-1366x768.png` });
});
