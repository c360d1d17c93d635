/**
 * RGAA, part 2: the focus stays on the card after every action that redraws it, the typing
 * participant keeps their field through a reveal, joining and every page change put the focus on
 * the new page's heading, pages reflow at 320 px, French content is marked in the English
 * interface, and form errors are tied to their fields (axe: e2e/axe-every-state.spec.ts).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { JOIN_CODE_LENGTH } from '@shared/join-code';
import { addCard, card, cardTexts, column, createWorkshop, joinWorkshop, openBoard, openFacilitation } from './support';

const SHOTS = '/tmp/a11y2-shots';
mkdirSync(SHOTS, { recursive: true });

async function expectFocused(page: Page, target: Locator) {
  await expect(target).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
}

async function openMenu(target: Locator) {
  await target.getByRole('button', { name: /^Actions de la carte/ }).click();
  return target.page().getByRole('menu');
}

async function choose(target: Locator, item: string, role: 'menuitem' | 'menuitemradio' = 'menuitem') {
  const menu = await openMenu(target);
  await menu.getByRole(role, { name: item, exact: true }).click();
  await expect(menu).toHaveCount(0);
}

test('the focus stays on the card after moving, grouping, voting, deleting and renaming oneself', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const code = await createWorkshop(facilitator, 'Le focus reste');
  await joinWorkshop(page, code, 'Alex');
  await openBoard(facilitator, 'Pratiques');
  await openBoard(page, 'Pratiques');
  const here = column(page, 'Ce qui marche');
  const there = column(page, 'Outils et dispositifs');
  for (const text of ['Alpha', 'Bravo', 'Charlie']) await addCard(page, 'Ce qui marche', text);

  // Moved with the keyboard into another column: the card is drawn there, focused.
  await card(here, 'Alpha').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Carte saisie : Alpha.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Carte au-dessus de Outils et dispositifs.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(cardTexts(there)).toHaveText(['Alpha']);
  await expectFocused(page, card(there, 'Alpha'));

  // Moved back by its menu ("Déplacer vers"): focused at the end of its first column.
  await choose(card(there, 'Alpha'), 'Ce qui marche');
  await expect(cardTexts(here)).toHaveText(['Bravo', 'Charlie', 'Alpha']);
  await expectFocused(page, card(here, 'Alpha'));

  // Into a new group, and out of it: the card stays focused while its row moves.
  await choose(card(here, 'Charlie'), 'Créer un groupe…');
  await expect(here.getByRole('textbox', { name: 'Nom du groupe' })).toHaveValue('Nouveau groupe');
  await expectFocused(page, card(here, 'Charlie'));
  await choose(card(here, 'Charlie'), 'Sans groupe', 'menuitemradio');
  await expectFocused(page, card(here, 'Charlie'));

  // Renaming the group: Escape puts the name back as it was.
  const groupName = here.getByRole('textbox', { name: 'Nom du groupe' });
  await groupName.fill('Autre nom');
  await groupName.press('Escape');
  await expect(groupName).toHaveValue('Nouveau groupe');
  await expect(groupName).toBeFocused();

  // A vote withdrawn, and "Voter" refused once the only vote allowed on the card is given.
  await openFacilitation(facilitator);
  await facilitator.getByRole('button', { name: 'Lancer le vote (3 points)' }).click();
  await expect(page.getByText('Il vous reste 3 points')).toBeVisible();
  await card(here, 'Bravo').focus();
  await page.keyboard.press('Alt+KeyV');
  await expect(page.getByText('Il vous reste 2 points')).toBeVisible();
  await expect(here.getByRole('button', { name: 'Voter : Bravo' })).toBeDisabled();
  const menu = await openMenu(card(here, 'Bravo'));
  await expect(menu.getByRole('menuitem', { name: 'Voter' })).toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitem', { name: 'Retirer mon vote' }).click();
  await expect(page.getByText('Il vous reste 3 points')).toBeVisible();
  await expectFocused(page, card(here, 'Bravo'));
  await expect(here.getByRole('button', { name: 'Voter : Bravo' })).toBeEnabled();

  // Deleted: the next card takes the focus, else the one before, else "Ajouter une carte".
  await card(here, 'Charlie').focus();
  await page.keyboard.press('Delete');
  await expectFocused(page, card(here, 'Alpha'));
  await page.keyboard.press('Delete');
  await expectFocused(page, card(here, 'Bravo'));
  await choose(card(here, 'Bravo'), 'Supprimer la carte');
  await expectFocused(page, here.getByRole('button', { name: /Ajouter une carte/ }));

  // Renaming oneself: saved or cancelled, the focus is back on the button.
  await page.getByRole('button', { name: 'Alex · Changer de nom' }).click();
  await page.getByRole('textbox', { name: 'Votre nom' }).fill('Alexandra');
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('button', { name: 'Alexandra · Changer de nom' }));
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Votre nom' }).fill('Pas ça');
  await page.keyboard.press('Escape');
  await expectFocused(page, page.getByRole('button', { name: 'Alexandra · Changer de nom' }));
});

test('a reveal keeps the typing participant in their field, caret in place', async ({ browser }) => {
  const facilitator = await (await browser.newContext()).newPage();
  const alice = await (await browser.newContext()).newPage();
  const code = await createWorkshop(facilitator, 'Révélation en cours de frappe');
  await joinWorkshop(alice, code, 'Alice');
  await openBoard(facilitator, 'Pratiques');
  await openBoard(alice, 'Pratiques');
  await openFacilitation(facilitator);
  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  await facilitator.getByRole('button', { name: 'Lancer l’écriture (5 min)' }).click();
  await expect(alice.getByText(/vos nouvelles cartes restent privées/)).toBeVisible();

  const col = column(alice, 'Ce qui marche');
  await col.getByRole('button', { name: /Ajouter une carte/ }).click();
  const field = col.getByLabel('Texte de la carte');
  await field.pressSequentially('Une idée');
  await expect(alice.getByText('Enregistré').first()).toBeVisible();
  // The caret stands after "Une ".
  await field.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(4, 4));

  const counts = facilitator.getByRole('list', { name: 'Cartes écrites en privé' });
  await counts.getByRole('button', { name: 'Révéler les cartes d’Alice' }).click();
  await expect(cardTexts(column(facilitator, 'Ce qui marche'))).toHaveText(['Une idée']);
  await expect(col.getByText('Privé')).toHaveCount(0);
  await expectFocused(alice, field);
  expect(await field.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd])).toEqual([4, 4]);
  await alice.keyboard.type('bonne ');
  await expect(field).toHaveValue('Une bonne idée');
  await expect(cardTexts(column(facilitator, 'Ce qui marche'))).toHaveText(['Une bonne idée']);
});

test('joining, and every page change after it, put the focus on the new page’s heading', async ({ browser }) => {
  const organiser = await (await browser.newContext()).newPage();
  const page = await (await browser.newContext()).newPage();
  const code = await createWorkshop(organiser, 'Le focus suit la page');

  // Joined from the keyboard: Enter in the name field, and the workshop's heading has the focus.
  await page.goto(`/join/${code}`);
  await page.getByLabel('Votre nom').fill('Sacha');
  await page.getByLabel('Votre nom').press('Enter');
  await expectFocused(page, page.getByRole('heading', { level: 1, name: 'Le focus suit la page' }));

  // A board's tile, then the way back, then the browser's own back: each time the new heading.
  const tile = page.locator('.tile-link').filter({ has: page.getByText('Pratiques', { exact: true }) });
  await tile.focus();
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('heading', { level: 1, name: 'Pratiques' }));
  await page.getByRole('link', { name: /Tous les tableaux/ }).first().focus();
  await page.keyboard.press('Enter');
  await expectFocused(page, page.getByRole('heading', { level: 1, name: 'Le focus suit la page' }));
  await page.goBack();
  await expectFocused(page, page.getByRole('heading', { level: 1, name: 'Pratiques' }));
});

test('pages fit 320 px without horizontal scrolling', async ({ browser }) => {
  test.setTimeout(90_000);
  const narrow = { viewport: { width: 320, height: 640 } };
  const organiser = await (await browser.newContext(narrow)).newPage();
  const participant = await (await browser.newContext(narrow)).newPage();
  const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  await organiser.goto('/');
  expect(await width(organiser)).toBeLessThanOrEqual(320);
  const code = await createWorkshop(organiser, 'Atelier sur un téléphone');
  // The organiser's panels (loaded after the page), the export options among them, open.
  await expect(organiser.getByRole('heading', { name: 'Résultats et exports' })).toBeVisible();
  await expect(organiser.getByLabel('Séparateur CSV')).toBeVisible();
  for (const summary of await organiser.locator('details > summary').all()) await summary.click();
  expect(await width(organiser)).toBeLessThanOrEqual(320);
  await organiser.screenshot({ path: `${SHOTS}/workshop-320x640.png`, fullPage: true });
  await organiser.setViewportSize({ width: 390, height: 844 });
  await organiser.screenshot({ path: `${SHOTS}/workshop-390x844.png`, fullPage: true });

  await participant.goto(`/join/${code}`);
  await expect(participant.getByLabel('Code de l’atelier')).toHaveValue(code);
  expect(await width(participant)).toBeLessThanOrEqual(320);
  await joinWorkshop(participant, code, 'Camille');
  expect(await width(participant)).toBeLessThanOrEqual(320);
  await participant.goto('/accessibilite');
  await expect(participant.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await width(participant)).toBeLessThanOrEqual(320);
});

test('French content and roles in the English interface; the join error is tied to its field', async ({ page }) => {
  await page.goto(`/join/${'Z'.repeat(JOIN_CODE_LENGTH)}`);
  await page.getByLabel('Votre nom').fill('Sam');
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  const codeField = page.getByLabel('Code de l’atelier');
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  await expect(codeField).toHaveAccessibleDescription('Aucun atelier ne correspond à ce code.');
  await codeField.fill('ABC');
  await expect(codeField).not.toHaveAttribute('aria-invalid');

  await createWorkshop(page, 'Langues');
  await openBoard(page, 'Pratiques');
  const written = await addCard(page, 'Ce qui marche', 'Une carte en français');
  await expect(written).toHaveAttribute('aria-roledescription', 'carte déplaçable');
  await expect(written.locator('p.card-text')).not.toHaveAttribute('lang');
  await page.getByLabel('Langue').selectOption('en');
  await expect(written).toHaveAttribute('aria-roledescription', 'movable card');
  await expect(written.locator('p.card-text')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Ce qui marche' })).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Pratiques' })).toHaveAttribute('lang', 'fr');
});

test('under WCAG text spacing, the author line wraps rather than being cut', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  // The example's authors have long names ("Claire, commune de Crest").
  await page.getByRole('button', { name: 'Découvrir avec un exemple' }).click();
  await expect(page.getByText('12 cartes').first()).toBeVisible({ timeout: 15_000 });
  await openBoard(page, 'Pratiques');
  await expect(page.locator('.card-author').first()).toBeVisible();
  // The bookmarklet's styles, as a constructed style sheet (the CSP refuses inline styles).
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const clipped = await page.locator('.card-author').evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth + 1).length);
  expect(clipped).toBe(0);
  await page.screenshot({ path: `${SHOTS}/board-text-spacing-1366x768.png` });
});
