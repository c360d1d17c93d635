import { expect, test } from '@playwright/test';
import { addCard, card, cards, column, createWorkshop, joinWorkshop, openBoard } from './support';

/** What another browser does arrives through the server, on a machine that may be busy. */
const LIVE = { timeout: 15_000 };
const COLUMN = 'Connaître les SCIC';

test('participants say which kind of structure they speak for; cards show it, boards filter by it, the dashboard counts it', async ({ browser }) => {
  const open = async () => (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const [organiser, scic, commune] = await Promise.all([open(), open(), open()]);

  const code = await createWorkshop(organiser, 'Rencontres ESS – Gironde');
  await joinWorkshop(scic, code, 'Rita', { kind: 'Une SCIC', organisation: 'Scic Bois Local' });
  await joinWorkshop(commune, code, 'Paul', { kind: 'Une commune', organisation: 'Mairie de Pessac' });
  await openBoard(scic, 'Difficultés');
  await openBoard(commune, 'Difficultés');

  // Each sees the other's card with its author's kind, not the organisation.
  await addCard(scic, COLUMN, 'Entrer au capital d’une SCIC');
  await addCard(commune, COLUMN, 'Former les élus au statut');
  const fromScic = card(column(commune, COLUMN), 'Entrer au capital');
  await expect(fromScic.locator('.badge--kind [aria-hidden="true"]')).toHaveText('SCIC', LIVE);
  await expect(fromScic.getByText('Structure : SCIC')).toBeAttached();
  await expect(card(column(scic, COLUMN), 'Former les élus').locator('.badge--kind [aria-hidden="true"]')).toHaveText('Commune', LIVE);
  await expect(commune.getByText('Scic Bois Local')).toHaveCount(0);

  // Filtering by kind keeps that kind's cards only, and says how many.
  await commune.getByRole('combobox', { name: /^Structure/ }).selectOption({ label: 'SCIC' });
  await expect(cards(column(commune, COLUMN))).toHaveCount(1);
  await expect(card(column(commune, COLUMN), 'Entrer au capital')).toBeVisible();
  await expect(commune.getByText('1 sur 2 cartes')).toBeVisible();
  await commune.getByRole('combobox', { name: /^Structure/ }).selectOption({ label: 'Toutes' });
  await expect(cards(column(commune, COLUMN))).toHaveCount(2);

  // The organiser's dashboard counts cards per kind.
  await organiser.getByRole('button', { name: 'Actualiser les chiffres' }).click();
  const byKind = organiser.getByRole('table', { name: 'Par type de structure' });
  await expect(byKind.getByRole('row', { name: /SCIC/ })).toContainText('1');
  await expect(byKind.getByRole('row', { name: /Commune/ })).toBeVisible();

  // The browser remembers the profile for the next workshop.
  await scic.goto(`/join/${code}`);
  await expect(scic.getByLabel('Vous représentez… (facultatif)')).toHaveValue('scic');
  await expect(scic.getByLabel('Nom de votre structure (facultatif)')).toHaveValue('Scic Bois Local');
});
