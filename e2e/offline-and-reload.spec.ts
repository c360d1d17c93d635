import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, cardTexts, cards, column, createWorkshop, joinWorkshop, openBoard } from './support';

test('edits made offline are kept and merge when the network comes back', async ({ browser }) => {
  const aContext = await browser.newContext();
  const bContext = await browser.newContext();
  const a = await aContext.newPage();
  const b = await bContext.newPage();
  const code = await createWorkshop(a, 'Wifi de salle');
  await joinWorkshop(b, code, 'Camille');
  await openBoard(a, 'Feuille de route');
  await openBoard(b, 'Feuille de route');
  await addCard(a, 'Dans les 6 mois', 'Guide prise de parts');
  await expect(cardTexts(column(b, 'Dans les 6 mois'))).toHaveText(['Guide prise de parts']);

  await bContext.setOffline(true);
  await expect(b.getByText(/Hors ligne/)).toBeVisible();
  await addCard(b, 'Dans l’année', 'Écrit sans réseau');
  await addCard(a, 'Plus tard', 'Écrit pendant ce temps');
  await b.screenshot({ path: `${ARTIFACTS}/offline.png` });
  await expect(cards(column(b, 'Plus tard'))).toHaveCount(0);

  // A reload while still offline keeps the offline edit (IndexedDB).
  await bContext.setOffline(false);
  await expect(b.getByText('Enregistré')).toBeVisible();
  await expect(cardTexts(column(a, 'Dans l’année'))).toHaveText(['Écrit sans réseau']);
  await expect(cardTexts(column(b, 'Plus tard'))).toHaveText(['Écrit pendant ce temps']);

  await b.reload();
  await expect(cardTexts(column(b, 'Dans l’année'))).toHaveText(['Écrit sans réseau']);
  await expect(cardTexts(column(b, 'Dans les 6 mois'))).toHaveText(['Guide prise de parts']);
  await b.screenshot({ path: `${ARTIFACTS}/back-online.png` });
});
