/** Steps shared by the journeys, written as a person does them: by role and label. */
import { expect, type Locator, type Page } from '@playwright/test';
import { JOIN_CODE_LENGTH } from '@shared/join-code';

export const ARTIFACTS = 'e2e/artifacts';

export async function createWorkshop(page: Page, title: string): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Titre de l’atelier').fill(title);
  await page.getByRole('button', { name: 'Créer l’atelier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(new RegExp(`^[A-Z0-9]{${JOIN_CODE_LENGTH}}$`));
  return code;
}

/** Joins under `name`, saying which kind of structure (its label) and organisation one speaks for when given. */
export async function joinWorkshop(page: Page, code: string, name: string, profile?: { kind: string; organisation: string }): Promise<void> {
  await page.goto(`/join/${code}`);
  await expect(page.getByLabel('Code de l’atelier')).toHaveValue(code);
  await page.getByLabel('Votre nom').fill(name);
  if (profile) {
    await page.getByLabel('Vous représentez… (facultatif)').selectOption({ label: profile.kind });
    await page.getByLabel('Nom de votre structure (facultatif)').fill(profile.organisation);
  }
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  // Once a facilitator runs a board, a participant lands on it rather than on the list.
  await expect(page.getByRole('heading', { name: 'Tableaux' }).or(page.locator('.board-header h1'))).toBeVisible();
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

/** The cards of a column (or of the page), as list items. */
export function cards(scope: Locator | Page): Locator {
  return scope.locator('li[data-card-id]');
}

/** The card that shows `text`. */
export function card(scope: Locator | Page, text: string): Locator {
  return cards(scope).filter({ hasText: text });
}

/** The texts cards show (a card being written shows its field instead). */
export function cardTexts(scope: Locator | Page): Locator {
  return scope.locator('li[data-card-id] p.card-text');
}

/** Adds a card to a column, types its text and leaves the field (Escape); returns the card. */
export async function addCard(page: Page, columnTitle: string, text: string): Promise<Locator> {
  const col = column(page, columnTitle);
  await col.getByRole('button', { name: /Ajouter une carte/ }).click();
  const field = col.getByLabel('Texte de la carte');
  await expect(field).toBeFocused();
  await field.pressSequentially(text);
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  return card(col, text);
}

/** Chooses an item in a card's "…" menu (a real menu: a button, then a menu item). */
export async function chooseInMenu(target: Locator, item: string | RegExp, role: 'menuitem' | 'menuitemradio' | 'menuitemcheckbox' = 'menuitem') {
  await target.getByRole('button', { name: /^Actions de la carte/ }).click();
  const menu = target.page().getByRole('menu');
  await menu.getByRole(role, { name: item, exact: typeof item === 'string' }).click();
  await expect(menu).toHaveCount(0);
}

/** Unfolds the facilitator's panel (folded by default, so that the board comes first). */
export async function openFacilitation(page: Page): Promise<void> {
  const summary = page.getByText('Animation', { exact: true });
  await summary.click();
  await expect(page.getByRole('list', { name: 'Étapes de l’animation' })).toBeVisible();
}

/** Unfolds the panel's lasting settings (lock, anonymity, who edits and moves cards). */
export async function openSettings(page: Page): Promise<void> {
  await page.getByText('Réglages', { exact: true }).click();
  await expect(page.getByLabel('Verrouiller le tableau')).toBeVisible();
}
