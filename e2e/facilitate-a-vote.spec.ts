import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, cards, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

test('the facilitator runs a timed, locked dot vote with hidden then revealed totals', async ({ browser }) => {
  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const code = await createWorkshop(facilitator, 'Vote de la feuille de route');
  await joinWorkshop(participant, code, 'Alex');
  await openBoard(facilitator, 'Feuille de route');
  await openBoard(participant, 'Feuille de route');
  await openFacilitation(facilitator);
  await addCard(facilitator, 'Dans les 6 mois', 'Guide de la prise de parts');
  await addCard(facilitator, 'Dans les 6 mois', 'Visites de SCIC');
  await expect(cards(column(participant, 'Dans les 6 mois'))).toHaveCount(2);

  // Timer: the same countdown on both screens.
  await facilitator.getByLabel('Minutes', { exact: true }).fill('3');
  await facilitator.getByRole('button', { name: 'Démarrer' }).click();
  await expect(participant.getByLabel('Minuteur')).toContainText(/[23]:\d\d/);
  await expect(facilitator.getByLabel('Minuteur')).toContainText(/[23]:\d\d/);

  // Vote phase: the participant votes; totals stay hidden from them, not from the facilitator.
  await facilitator.getByRole('button', { name: 'Lancer le vote (3 points)' }).click();
  await expect(participant.getByText('Il vous reste 3 points')).toBeVisible();
  await participant.getByRole('button', { name: 'Voter : Visites de SCIC' }).click();
  await expect(participant.getByText('Il vous reste 2 points')).toBeVisible();
  await expect(participant.getByRole('button', { name: 'Retirer mon vote : Visites de SCIC' })).toBeVisible();
  await expect(facilitator.getByText('1 vote', { exact: true })).toBeVisible();
  await expect(participant.getByText('1 vote', { exact: true })).toHaveCount(0);

  // Server-authoritative: the step bar shows the results step once the server has applied it.
  await facilitator.getByRole('button', { name: 'Montrer les résultats' }).click();
  await expect(facilitator.locator('[aria-current="step"]')).toContainText('Résultats');
  await expect(participant.getByText('1 vote', { exact: true })).toBeVisible();
  // Sorted by votes, the voted card comes first.
  await participant.getByLabel('Trier par votes').check();
  await expect(cardTexts(column(participant, 'Dans les 6 mois')).first()).toHaveText('Visites de SCIC');

  // Locked: the participant can neither vote nor write.
  await openSettings(facilitator);
  await facilitator.getByLabel('Verrouiller le tableau').click();
  await expect(facilitator.getByLabel('Verrouiller le tableau')).toBeChecked();
  await expect(participant.getByText('Tableau verrouillé par l’animation')).toBeVisible();
  await expect(column(participant, 'Dans l’année').getByRole('button', { name: /Ajouter une carte/ })).toBeDisabled();
  await cardTexts(column(participant, 'Dans les 6 mois')).first().click();
  await expect(participant.getByLabel('Texte de la carte')).toHaveCount(0);
  await cards(column(participant, 'Dans les 6 mois')).first().getByRole('button', { name: /Actions de la carte/ }).click();
  await expect(participant.getByRole('menu').getByRole('menuitem', { name: 'Modifier le texte' })).toHaveCount(0);
  await participant.keyboard.press('Escape');
  await participant.screenshot({ path: `${ARTIFACTS}/vote-participant.png` });
  await facilitator.screenshot({ path: `${ARTIFACTS}/vote-facilitator.png` });
});
