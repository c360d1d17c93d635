import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, column, createWorkshop, joinWorkshop, openBoard } from './support';

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
  await expect(column(b, 'Dans les 6 mois').getByLabel('Texte de la carte')).toHaveValue('Guide prise de parts');

  await bContext.setOffline(true);
  await expect(b.getByText(/Hors ligne/)).toBeVisible();
  await addCard(b, 'Dans l’année', 'Écrit sans réseau');
  await addCard(a, 'Plus tard', 'Écrit pendant ce temps');
  await b.screenshot({ path: `${ARTIFACTS}/offline.png` });
  await expect(column(b, 'Plus tard').getByLabel('Texte de la carte')).toHaveCount(0);

  // A reload while still offline keeps the offline edit (IndexedDB).
  await bContext.setOffline(false);
  await expect(b.getByText('Enregistré')).toBeVisible();
  await expect(column(a, 'Dans l’année').getByLabel('Texte de la carte')).toHaveValue('Écrit sans réseau');
  await expect(column(b, 'Plus tard').getByLabel('Texte de la carte')).toHaveValue('Écrit pendant ce temps');

  await b.reload();
  await expect(column(b, 'Dans l’année').getByLabel('Texte de la carte')).toHaveValue('Écrit sans réseau');
  await expect(column(b, 'Dans les 6 mois').getByLabel('Texte de la carte')).toHaveValue('Guide prise de parts');
  await b.screenshot({ path: `${ARTIFACTS}/back-online.png` });
});
