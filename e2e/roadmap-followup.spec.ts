import { expect, test } from '@playwright/test';
import { ARTIFACTS, addCard, chooseInMenu, column, createWorkshop, openBoard } from './support';

test('an organiser hands a lead a follow-up link; the lead changes the status and adds a note, seen live with the history; the next rencontre takes the roadmap up', async ({ browser }) => {
  test.setTimeout(90_000);
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  // The lead opens the link in a browser that has never seen the workshop.
  const lead = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await createWorkshop(organiser, 'Rencontres ESS 2026');
  await openBoard(organiser, 'Feuille de route');
  await addCard(organiser, 'Dans les 6 mois', 'Former les élus aux SCIC');
  await chooseInMenu(column(organiser, 'Dans les 6 mois').locator('li.card').first(), 'Détails de l’action');
  const details = organiser.getByRole('dialog', { name: /Détails de l’action/ });
  await details.getByLabel('Nom du porteur').fill('Ville de Die');
  await details.getByLabel('Nom du porteur').press('Enter');
  await expect(details.getByText('Aucun changement de statut pour l’instant.')).toBeVisible();

  await details.getByRole('button', { name: 'Créer le lien de suivi' }).click();
  const link = await details.getByLabel('Lien de suivi', { exact: true }).inputValue();
  expect(link).toMatch(/\/suivi\/[\w.-]+$/);

  await lead.goto(link);
  await expect(lead.getByRole('heading', { level: 1, name: 'Former les élus aux SCIC' })).toBeVisible();
  await expect(lead.getByText('Ville de Die')).toBeVisible();
  await lead.getByLabel('Votre nom (facultatif)').fill('Léa Martin');
  await lead.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
  await lead.getByRole('button', { name: 'Enregistrer le statut' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Statut enregistré.' })).toBeVisible();
  await lead.getByLabel('Nouvelle note de suivi').fill('Deux sessions de formation calées en mars');
  await lead.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(lead.getByText('Deux sessions de formation calées en mars')).toBeVisible();
  await expect(lead.getByText(/En cours — .*, par Léa Martin/)).toBeVisible();
  await lead.screenshot({ path: `${ARTIFACTS}/roadmap-followup-lead.png`, fullPage: true });

  // The organiser's open details follow, live: the status, its history and the note.
  await expect(details.getByLabel('Statut', { exact: true })).toHaveValue('doing');
  await expect(details.getByText(/En cours — .*, par Léa Martin/)).toBeVisible();
  await expect(details.getByText('Deux sessions de formation calées en mars')).toBeVisible();
  await organiser.screenshot({ path: `${ARTIFACTS}/roadmap-followup-organiser.png`, fullPage: true });

  // The lead's link opens nothing else: the workshop's page does not know this browser.
  await lead.goto(new URL(organiser.url()).pathname);
  await expect(lead.getByRole('heading', { level: 1, name: 'Feuille de route' })).toHaveCount(0);

  // A year later, the next rencontre takes up the roadmap, with the status, notes and history.
  await createWorkshop(organiser, 'Rencontres ESS 2027');
  await openBoard(organiser, 'Feuille de route');
  await organiser.getByText('Reprendre une feuille de route précédente').click();
  await organiser.getByLabel('Atelier précédent').selectOption({ label: 'Rencontres ESS 2026' });
  await organiser.getByRole('button', { name: 'Reprendre ses actions' }).click();
  await expect(organiser.getByText('1 action reprise de « Rencontres ESS 2026 »', { exact: false })).toBeVisible();
  const takenUp = column(organiser, 'Dans les 6 mois').locator('li.card').first();
  await expect(takenUp).toContainText('Former les élus aux SCIC');
  await expect(takenUp.locator('.roadmap-summary')).toContainText('En cours');
  await chooseInMenu(takenUp, 'Détails de l’action');
  const carried = organiser.getByRole('dialog', { name: /Détails de l’action/ });
  await expect(carried.getByText('Repris de « Rencontres ESS 2026 »')).toBeVisible();
  await expect(carried.getByText('Deux sessions de formation calées en mars')).toBeVisible();
  await expect(carried.getByText(/En cours — .*, par Léa Martin/)).toBeVisible();
});
