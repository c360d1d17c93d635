import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, chooseInMenu, createWorkshop, openBoard, openFacilitation } from './support';

test('the organiser hands out projector and facilitator links; the projector follows the board', async ({ browser }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const code = await createWorkshop(organiser, 'Rencontres – plénière');

  await organiser.getByRole('button', { name: 'Lien projecteur – Difficultés' }).click();
  const projectorUrl = await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href');
  await organiser.getByRole('button', { name: 'Lien animation – Difficultés' }).click();
  const facilitatorUrl = await organiser.getByRole('link', { name: /Animation :/ }).getAttribute('href');

  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await projector.goto(projectorUrl!);
  await expect(projector.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(projector.getByText(code)).toBeVisible();
  await expect(projector.getByRole('img', { name: new RegExp(`QR code.*${code}`) })).toBeVisible();

  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await facilitator.goto(facilitatorUrl!);
  await facilitator.getByLabel('Votre nom').fill('Fanny, CRESS');
  await facilitator.getByRole('button', { name: 'Commencer' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();
  await expect(facilitator.getByText('Enregistré')).toBeVisible();

  const fiche = await addCard(facilitator, 'Connaître les SCIC', 'Fiche SCIC pour les élus');
  await expect(projector.getByText('Fiche SCIC pour les élus')).toBeVisible();
  await openFacilitation(facilitator);
  await facilitator.getByLabel('Minutes').fill('10');
  await facilitator.getByRole('button', { name: 'Démarrer' }).click();
  await expect(projector.getByLabel('Minuteur')).toContainText(/(10:00|9:\d\d)/);
  // The spotlight: the projector zooms to the card the facilitator picks.
  await chooseInMenu(fiche, 'Projeter');
  await expect(projector.getByRole('region', { name: 'Carte projetée' })).toContainText('Fiche SCIC pour les élus');
  await expect(fiche.getByText('Projetée')).toBeVisible();
  await projector.screenshot({ path: `${ARTIFACTS}/projector-1920.png` });
  await facilitator.screenshot({ path: `${ARTIFACTS}/facilitator-1366.png` });
  // Alt+P on the card takes the spotlight off again.
  await fiche.focus();
  await facilitator.keyboard.press('Alt+KeyP');
  await expect(projector.getByRole('region', { name: 'Carte projetée' })).toHaveCount(0);

  // Revoked, the facilitator link no longer opens.
  await organiser.getByRole('button', { name: 'Révoquer les liens animation' }).click();
  await expect(organiser.getByText(/Liens révoqués/)).toBeVisible();
  const late = await (await browser.newContext()).newPage();
  await late.goto(facilitatorUrl!);
  await late.getByLabel('Votre nom').fill('Trop tard');
  await late.getByRole('button', { name: 'Commencer' }).click();
  await expect(late.getByText('Ce lien n’est plus valable')).toBeVisible();
  await organiser.getByRole('button', { name: 'Lien animation pour tout l’atelier' }).click();
  await expect(organiser.getByRole('link', { name: /Animation de tout l’atelier :/ })).toBeVisible();
  await organiser.getByRole('button', { name: 'Archiver l’atelier' }).click();
  await expect(organiser.getByText('Atelier archivé : lecture seule pour tout le monde.')).toBeVisible();
  await organiser.getByRole('button', { name: 'Rouvrir l’atelier' }).click();
  await openBoard(organiser, 'Difficultés');
});
