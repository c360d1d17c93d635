import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addCard, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard } from './support';

/** Where the public page's screenshots go, to be looked at. */
const SHOTS = '/tmp/publication-shots';
const NAMES = ['Élodie Marchand', 'Rita Cooper'];
const ORGANISATIONS = ['Mairie de Die', 'Scic Bois Local'];

/** One roadmap action with a lead, partners, a due date and a status. */
async function addAction(organiser: Page) {
  await openBoard(organiser, 'Feuille de route');
  await addCard(organiser, 'Dans les 6 mois', 'Rédiger un guide pour les élus');
  await chooseInMenu(column(organiser, 'Dans les 6 mois').locator('li.card').first(), 'Détails de l’action');
  const details = organiser.getByRole('dialog', { name: /Détails de l’action/ }).getByRole('group', { name: 'Détails de l’action' });
  await details.getByLabel('Type de porteur').selectOption({ label: 'Métropole' });
  await details.getByLabel('Nom du porteur').fill('Métropole de Lyon');
  await details.getByLabel('Nom du porteur').press('Enter');
  await details.getByLabel('Partenaires').fill('CRESS AURA');
  await details.getByLabel('Partenaires').press('Tab');
  await details.getByLabel('Statut', { exact: true }).selectOption({ label: 'En cours' });
  await details.getByLabel('Échéance').fill('2027-03-31');
  await organiser.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();
  await expect(column(organiser, 'Dans les 6 mois').locator('.roadmap-summary')).toContainText('31 mars 2027');
  await expect(organiser.getByText('Enregistré')).toBeVisible();
}

test('an organiser publishes two boards; anyone with the link reads a clean, read-only restitution, until it is withdrawn', async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const open = async () => (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const [organiser, commune, scic] = await Promise.all([open(), open(), open()]);
  const code = await createWorkshop(organiser, 'Rencontres ESS – Restitution');
  const workshopUrl = organiser.url();
  await joinWorkshop(commune, code, NAMES[0]!, { kind: 'Une commune', organisation: ORGANISATIONS[0]! });
  await joinWorkshop(scic, code, NAMES[1]!, { kind: 'Une SCIC', organisation: ORGANISATIONS[1]! });
  await openBoard(commune, 'Difficultés');
  await addCard(commune, 'Connaître les SCIC', 'Former les élus au statut SCIC');
  await expect(commune.getByText('Enregistré')).toBeVisible();
  await openBoard(scic, 'Pratiques');
  await addCard(scic, 'Ce qui marche', 'Un comité de pilotage partagé');
  await expect(scic.getByText('Enregistré')).toBeVisible();
  await addAction(organiser);

  // The organiser chooses two boards and publishes; the preview shows the same page first.
  await organiser.goto(workshopUrl);
  const panel = organiser.getByRole('region', { name: 'Restitution publique' });
  await expect(panel.getByText('Rien n’est publié pour l’instant.')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Difficultés' }).check();
  await panel.getByRole('checkbox', { name: 'Pratiques' }).check();
  await expect(panel.getByRole('checkbox', { name: 'Indexable par les moteurs de recherche' })).not.toBeChecked();
  const [preview] = await Promise.all([organiser.waitForEvent('popup'), panel.getByRole('link', { name: /Aperçu/ }).click()]);
  await expect(preview.getByRole('note')).toHaveText(/Aperçu : cette page n’est pas publiée/);
  await expect(preview.getByRole('heading', { level: 3, name: 'Pratiques' })).toBeVisible();
  await preview.close();
  await panel.getByRole('button', { name: 'Publier' }).click();
  await expect(panel.getByRole('status')).toHaveText('Restitution publiée');
  const link = await panel.getByRole('link', { name: /\/r\// }).innerText();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{32}$/);
  await expect(panel.getByRole('button', { name: 'Mettre à jour' })).toBeVisible();
  await panel.screenshot({ path: `${SHOTS}/publication-panel.png` });

  // Someone who never joined opens the link.
  const reader = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 1, name: 'Rencontres ESS – Restitution' })).toBeVisible();
  await expect(reader).toHaveTitle(/^Rencontres ESS – Restitution — Restitution — /);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const participation = reader.getByRole('table', { name: /par type de structure/ });
  await expect(participation.getByRole('row', { name: /^Commune/ }).getByRole('cell')).toHaveText(['1', '1', '0']);
  await expect(participation.getByRole('row', { name: /^SCIC/ }).getByRole('cell')).toHaveText(['1', '1', '0']);
  const roadmap = reader.getByRole('table', { name: /Actions de la feuille de route/ });
  await expect(roadmap.getByRole('row', { name: /Rédiger un guide pour les élus/ }).getByRole('cell')).toHaveText([
    'Métropole — Métropole de Lyon',
    'CRESS AURA',
    /31 mars 2027/,
    'En cours',
  ]);
  const boards = reader.getByRole('region', { name: 'Tableaux de l’atelier' });
  await expect(boards.getByRole('heading', { level: 3 })).toHaveText(['Difficultés', 'Pratiques']);
  await expect(boards.getByText('Former les élus au statut SCIC')).toBeVisible();
  await expect(boards.getByText('Structure : Commune')).toBeVisible();
  // No names, no organisations, no join code; nothing to write in, nothing but printing to press.
  for (const secret of [...NAMES, ...ORGANISATIONS, code]) await expect(reader.getByText(secret)).toHaveCount(0);
  expect(await reader.content()).not.toContain(code);
  // (The header's language switch is the app's, on every page.)
  const main = reader.getByRole('main');
  for (const role of ['textbox', 'combobox', 'checkbox', 'radio', 'spinbutton'] as const) await expect(main.getByRole(role)).toHaveCount(0);
  await expect(main.locator('[contenteditable]')).toHaveCount(0);
  await expect(main.getByRole('button')).toHaveText(['Imprimer']);
  const axe = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
  for (const [width, height] of [
    [390, 844],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await reader.setViewportSize({ width, height });
    await reader.screenshot({ path: `${SHOTS}/restitution-${width}.png`, fullPage: true });
  }
  await reader.emulateMedia({ media: 'print' });
  await reader.screenshot({ path: `${SHOTS}/restitution-print.png`, fullPage: true });
  await reader.emulateMedia({ media: 'screen' });

  // Withdrawn: the same link now says so, at once.
  await panel.getByRole('button', { name: 'Retirer la publication' }).click();
  await panel.getByRole('button', { name: 'Oui, retirer' }).click();
  await expect(panel.getByRole('status')).toHaveText('Publication retirée');
  await reader.reload();
  await expect(reader.getByRole('alert')).toHaveText('Cette restitution a été retirée par l’organisateur.');
  await expect(reader.getByRole('heading', { level: 1, name: 'Rencontres ESS – Restitution' })).toHaveCount(0);
  await reader.screenshot({ path: `${SHOTS}/restitution-withdrawn.png` });
});
