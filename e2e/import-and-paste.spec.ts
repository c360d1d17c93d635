import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, cardTexts, cards as cardsOf, column, createWorkshop } from './support';

const TITLE = 'Coopérations locales – import';
const COLUMN = 'Connaître les SCIC';
const PASTED = ['Former les élus', 'Prise de parts 🌱', 'Gouvernance partagée'];

/** Opens a board by its tile: anchored, since other links (printing) also name the board. */
async function openBoard(page: Page, title: string) {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Enregistré')).toBeVisible();
}

test('the organiser pastes a list into a column, then imports the workshop’s backup', async ({ page }) => {
  await createWorkshop(page, TITLE);
  const originalUrl = page.url();
  await openBoard(page, 'Difficultés');

  const col = column(page, COLUMN);
  const open = col.getByRole('button', { name: `Coller une liste dans la colonne « ${COLUMN} »` });
  // Escape closes the dialog and gives the focus back to its button.
  await open.click();
  const dialog = page.getByRole('dialog', { name: `Coller une liste dans « ${COLUMN} »` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Liste à coller')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await dialog.getByLabel('Liste à coller').fill(`- ${PASTED[0]}\n• ${PASTED[1]}\n\n3. ${PASTED[2]}\n`);
  await expect(dialog.getByRole('status')).toContainText('3 cartes seront ajoutées');
  await page.screenshot({ path: `${ARTIFACTS}/bulk-paste-dialog.png` });
  await dialog.getByRole('button', { name: 'Ajouter les cartes' }).click();
  await expect(dialog).toBeHidden();
  const cards = cardsOf(col);
  await expect(cards).toHaveCount(3);
  await expect(cardTexts(col)).toHaveText(PASTED);
  // One paste is one undo step.
  await page.getByRole('button', { name: /Annuler/ }).click();
  await expect(cards).toHaveCount(0);
  await page.getByRole('button', { name: /Rétablir/ }).click();
  await expect(cards).toHaveCount(3);
  await expect(page.getByText('Enregistré')).toBeVisible();

  // The backup, exported through the API with the organiser's own token.
  const session = await page.evaluate(() => {
    const sessions = JSON.parse(localStorage.getItem('coatelier.sessions') ?? '{}') as Record<string, { workshopId: string; token: string }>;
    return Object.values(sessions)[0]!;
  });
  const exported = await page.request.get(`/api/workshops/${session.workshopId}/export?format=json`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  expect(exported.ok()).toBe(true);
  const backup = await exported.body();

  await page.goto('/');
  const input = page.getByLabel('Importer une sauvegarde (.json)');
  // A foreign file is refused, with the reason, and nothing is opened.
  await input.setInputFiles({ name: 'miro.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"miro"}') });
  await expect(page.getByRole('alert')).toContainText('Cette sauvegarde a été refusée');
  await expect(page.getByRole('alert')).toContainText('miro');
  await page.getByRole('region', { name: 'Créer un atelier' }).screenshot({ path: `${ARTIFACTS}/import-refused.png` });

  await input.setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(page.url()).not.toBe(originalUrl);
  for (const board of ['Difficultés', 'Pratiques', 'Feuille de route']) {
    await expect(page.getByRole('link', { name: new RegExp(`^${board}`) })).toBeVisible();
  }
  await openBoard(page, 'Difficultés');
  await expect(cardsOf(column(page, COLUMN))).toHaveCount(3);
  await expect(cardTexts(column(page, COLUMN)).nth(1)).toHaveText(PASTED[1]!);
});
