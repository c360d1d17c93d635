import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

test('an edit the server refuses is rolled back on the device, never kept nor offered again; acknowledged edits stay', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext()).newPage();
  const participantContext = await browser.newContext();
  const participant = await participantContext.newPage();
  const code = await createWorkshop(facilitator, 'Refus et retour');
  await joinWorkshop(participant, code, 'Camille');
  await openBoard(facilitator, 'Pratiques');
  await openBoard(participant, 'Pratiques');
  await openFacilitation(facilitator);
  await openSettings(facilitator);

  await addCard(participant, 'Ce qui marche', 'Écrit en ligne');
  await expect(participant.getByText('Enregistré')).toBeVisible();
  await expect(cardTexts(column(facilitator, 'Ce qui marche'))).toHaveText(['Écrit en ligne']);

  // Written offline while the facilitator locks the board: the server will refuse it.
  await participantContext.setOffline(true);
  // The badge, not the live region, which may say it too (with what others did meanwhile).
  await expect(participant.locator('.connection-label')).toHaveText(/Hors ligne/);
  await addCard(participant, 'Ce qui marche', 'Écrit hors ligne');
  await facilitator.getByLabel('Verrouiller le tableau').click();
  await expect(facilitator.getByLabel('Verrouiller le tableau')).toBeChecked();

  // Back online: refused, said in French, and taken back from the page.
  await participantContext.setOffline(false);
  await expect(participant.getByRole('alert')).toHaveText('Modification refusée : L’animateur a verrouillé ce tableau.');
  await expect(cardTexts(column(participant, 'Ce qui marche'))).toHaveText(['Écrit en ligne']);
  await participant.screenshot({ path: `${ARTIFACTS}/refused-edit-rolled-back.png` });

  // Not kept on the device (a reload reads the offline copy first), nor offered once the board reopens.
  await participant.reload();
  await expect(participant.getByText('Enregistré')).toBeVisible();
  await expect(cardTexts(column(participant, 'Ce qui marche'))).toHaveText(['Écrit en ligne']);
  await facilitator.getByLabel('Verrouiller le tableau').click();
  await expect(participant.getByText('Tableau verrouillé par l’animation')).toHaveCount(0);
  await addCard(participant, 'Ce qui marche', 'Écrit après');
  await expect(cardTexts(column(facilitator, 'Ce qui marche'))).toHaveText(['Écrit en ligne', 'Écrit après']);
});
