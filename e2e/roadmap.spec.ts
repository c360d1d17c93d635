import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, addCard, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

/** The only card of a column (roadmap actions are added one per horizon here). */
const action = (page: Page, horizon: string) => column(page, horizon).locator('li.card').first();

/** Opens "Détails de l'action" from a card's menu; returns the form, in its dialog. */
async function openDetails(page: Page, horizon: string) {
  await chooseInMenu(action(page, horizon), 'Détails de l’action');
  return page.getByRole('dialog', { name: /Détails de l’action/ }).getByRole('group', { name: 'Détails de l’action' });
}

/** Closes the open dialog; the card keeps the summary. */
async function closeDetails(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('roadmap actions get a lead, a status, a due date and links; the table sorts and filters them, live for all', async ({ browser }) => {
  // A long journey with two browsers: slow on a loaded machine.
  test.setTimeout(120_000);
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const participant = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const code = await createWorkshop(organiser, 'Rencontres ESS – Feuille de route');
  await joinWorkshop(participant, code, 'Dominique, commune de Die');

  // A difficulty written on another board, for an action to answer.
  await openBoard(organiser, 'Difficultés');
  await addCard(organiser, 'Connaître les SCIC', 'Les élus découvrent le statut SCIC trop tard');
  await expect(organiser.getByText('Enregistré')).toBeVisible();
  await organiser.getByRole('link', { name: /Tous les tableaux/ }).click();
  await openBoard(organiser, 'Feuille de route');
  await openBoard(participant, 'Feuille de route');

  await addCard(organiser, 'Dans les 6 mois', 'Rédiger un guide pour les élus');
  const details = await openDetails(organiser, 'Dans les 6 mois');
  await details.getByLabel('Type de porteur').selectOption({ label: 'Métropole' });
  await details.getByLabel('Nom du porteur').fill('Métropole de Lyon');
  await details.getByLabel('Nom du porteur').press('Enter');
  await details.getByLabel('Partenaires').fill('CRESS AURA, SCIC Socoop');
  await details.getByLabel('Partenaires').press('Tab');
  await details.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
  await details.getByLabel('Échéance').fill('2027-03-31');
  await details.getByLabel('Carte à lier').selectOption({ label: 'Les élus découvrent le statut SCIC trop tard' });
  await details.getByRole('button', { name: 'Lier', exact: true }).click();
  await expect(details.getByRole('group', { name: 'Cartes liées' }).getByRole('listitem')).toHaveText(/Difficultés — Les élus découvrent le statut SCIC trop tard/);
  await closeDetails(organiser);

  const summary = action(organiser, 'Dans les 6 mois').locator('.roadmap-summary');
  await expect(summary).toContainText('Statut : ◐ En cours');
  await expect(summary).toContainText('Métropole de Lyon');
  await expect(summary).toContainText('31 mars 2027');
  await expect(summary).toContainText('1 carte liée');

  // The second participant sees every field as it is set.
  const theirs = action(participant, 'Dans les 6 mois').locator('.roadmap-summary');
  await expect(theirs).toContainText('En cours');
  await expect(theirs).toContainText('Métropole de Lyon');
  await expect(theirs).toContainText('31 mars 2027');
  await expect(theirs).toContainText('1 carte liée');

  // A second action, past its due day: marked overdue.
  await addCard(organiser, 'Dans l’année', 'Former les agents instructeurs');
  const second = await openDetails(organiser, 'Dans l’année');
  await second.getByLabel('Type de porteur').selectOption({ label: 'Région' });
  await second.getByLabel('Échéance').fill('2026-11-02');
  // Closing the details leaves the summary on the card.
  await closeDetails(organiser);
  await expect(second).toBeHidden();
  await expect(action(organiser, 'Dans l’année').locator('.roadmap-summary')).toContainText('2 nov. 2026 (en retard)');
  await expect(action(participant, 'Dans l’année').locator('.roadmap-summary')).toContainText('(en retard)');

  // A field change is one undo step, like any other edit, undone for everyone (a status
  // change is not: it is kept in the action's history, see roadmap-followup.spec.ts).
  const again = await openDetails(organiser, 'Dans l’année');
  await again.getByLabel('Type de porteur').selectOption({ label: 'Département' });
  await expect(action(participant, 'Dans l’année').locator('.roadmap-summary')).toContainText('Département');
  await closeDetails(organiser);
  await organiser.getByRole('button', { name: /Annuler/ }).click();
  await expect(action(organiser, 'Dans l’année').locator('.roadmap-summary')).toContainText('Région');
  await expect(action(participant, 'Dans l’année').locator('.roadmap-summary')).toContainText('Région');
  await expect(action(organiser, 'Dans l’année').locator('.roadmap-summary')).toContainText('(en retard)');
  await organiser.screenshot({ path: `${ARTIFACTS}/roadmap-board.png`, fullPage: true });

  // The table view: one row per action.
  await organiser.getByRole('button', { name: 'Vue tableau' }).click();
  await expect(organiser.getByRole('button', { name: 'Vue tableau' })).toHaveAttribute('aria-pressed', 'true');
  const table = organiser.getByRole('table', { name: /Feuille de route/ });
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(2);
  const guide = bodyRows.filter({ hasText: 'Rédiger un guide' });
  for (const cell of ['Dans les 6 mois', 'Métropole de Lyon', 'CRESS AURA, SCIC Socoop', '31 mars 2027', 'En cours', 'Difficultés — Les élus découvrent']) {
    await expect(guide).toContainText(cell);
  }
  await organiser.screenshot({ path: `${ARTIFACTS}/roadmap-table.png`, fullPage: true });

  // Filtered by status, then by lead.
  const byStatus = organiser.getByRole('combobox', { name: 'Statut' });
  const byLead = organiser.getByRole('combobox', { name: 'Porteur' });
  await byStatus.selectOption({ label: 'En cours' });
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText('Rédiger un guide');
  await byStatus.selectOption({ label: 'Tous les statuts' });
  await byLead.selectOption({ label: 'Métropole' });
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText('Rédiger un guide');
  await byLead.selectOption({ label: 'Région' });
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText('Former les agents');
  await byLead.selectOption({ label: 'Tous les porteurs' });

  // Sorted by due date, one way then the other.
  const dueHeader = table.getByRole('columnheader', { name: 'Échéance' });
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows.first()).toContainText('Former les agents');
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.first()).toContainText('Rédiger un guide');

  // Live in the table: in free co-writing, the participant marks the organiser's guide done.
  await openFacilitation(organiser);
  await openSettings(organiser);
  await organiser.getByLabel('Co-écriture libre').click();
  await expect(organiser.getByLabel('Co-écriture libre')).toBeChecked();
  const theirDetails = await openDetails(participant, 'Dans les 6 mois');
  await theirDetails.getByLabel('Statut', { exact: true }).selectOption({ label: 'Fait' });
  await expect(guide).toContainText('Fait');

  // The choice of view survives a reload.
  await organiser.reload();
  await expect(organiser.getByRole('table', { name: /Feuille de route/ })).toBeVisible();

  // On a phone: both views fit the screen's width.
  await organiser.setViewportSize({ width: 390, height: 844 });
  await organiser.screenshot({ path: `${ARTIFACTS}/roadmap-table-phone.png`, fullPage: true });
  // On a phone the view switch is one of the tools, behind "Outils".
  await organiser.getByRole('button', { name: 'Outils' }).click();
  await organiser.getByRole('button', { name: 'Vue colonnes' }).click();
  await openDetails(organiser, 'Dans les 6 mois');
  await organiser.screenshot({ path: `${ARTIFACTS}/roadmap-board-phone.png`, fullPage: true });
  const overflow = await organiser.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the sample workshop’s roadmap reads as a table of actions with leads, partners, due dates and links', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 1000 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await openBoard(page, 'Feuille de route');
  await page.getByRole('button', { name: 'Vue tableau' }).click();
  const rows = page.getByRole('table', { name: /Feuille de route/ }).locator('tbody tr');
  await expect(rows).toHaveCount(12);
  const guide = rows.filter({ hasText: 'Rédiger un guide' });
  for (const cell of ['Partenaire · RTES', 'CRESS AURA, Socoop', 'En cours', 'Difficultés — Beaucoup d’élus']) await expect(guide).toContainText(cell);
  await expect(rows.filter({ hasText: 'formation courte' })).toContainText('(en retard)');
  await page.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'Fait' });
  await expect(rows).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'Tous les statuts' });
  await page.screenshot({ path: `${ARTIFACTS}/roadmap-demo-table.png`, fullPage: true });
});
