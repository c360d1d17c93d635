/** Steps shared by the journeys, written as a person does them: by role and label. */
import { expect, type Page } from '@playwright/test';

export const ARTIFACTS = 'e2e/artifacts';

export async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Titre de l’atelier').fill(title);
  await page.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  return code;
}

export async function joinWorkshop(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/join/${code}`);
  await expect(page.getByLabel('Code de l’atelier')).toHaveValue(code);
  await page.getByLabel('Votre nom').fill(name);
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(page.getByRole('heading', { name: 'Tableaux' })).toBeVisible();
}

export async function openBoard(page: Page, title: string): Promise<void> {
  // The tile whose title is exactly this one (not "Imprimer « … »", not "… — Table 2").
  await page.locator('.tile-link').filter({ has: page.getByText(title, { exact: true }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Enregistré')).toBeVisible();
}

export function column(page: Page, title: string) {
  return page.getByRole('region', { name: title });
}

/** Adds a card to a column and types its text; returns the card's text field. */
export async function addCard(page: Page, columnTitle: string, text: string) {
  const col = column(page, columnTitle);
  const before = await col.getByLabel('Texte de la carte').count();
  await col.getByRole('button', { name: /Ajouter une carte/ }).click();
  const field = col.getByLabel('Texte de la carte').nth(before);
  await expect(field).toBeFocused();
  await field.pressSequentially(text);
  return field;
}

/** Unfolds the facilitator's panel (folded by default, so that the board comes first). */
export async function openFacilitation(page: Page): Promise<void> {
  const summary = page.getByText('Animation', { exact: true });
  await summary.click();
  await expect(page.getByLabel('Étape :')).toBeVisible();
}
