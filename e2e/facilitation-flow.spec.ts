/**
 * Facilitation as a flow (issue 12 §4, issue 13 §4): the step bar's steps in order, one press
 * each, each step's options sent only with its button (arrow keys change nothing in the room),
 * the private cards counted per person while they are written, and the panel accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, addCard, cards, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

const SHOTS = process.env.FLOW_SHOTS ?? ARTIFACTS;
const phase = (page: Page) => page.locator('.phase-bar .phase');
const current = (page: Page) => page.locator('[aria-current="step"]');

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.facilitator').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the facilitator runs the session step by step; nothing reaches the room before a press', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const camille = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const code = await createWorkshop(facilitator, 'Rencontres – animation');
  await joinWorkshop(camille, code, 'Camille');
  for (const page of [facilitator, camille]) await openBoard(page, 'Pratiques');
  await openFacilitation(facilitator);
  const panel = facilitator.locator('.facilitator');
  // No menu that acts while it is browsed.
  await expect(panel.getByRole('combobox')).toHaveCount(0);
  await expect(current(facilitator)).toContainText('Écriture');

  // 1. Writing, private, five minutes: one press, and focus stays on the button.
  await facilitator.getByLabel('Cartes privées jusqu’à la révélation').check();
  const launchWriting = facilitator.getByRole('button', { name: 'Lancer l’écriture (5 min)' });
  await launchWriting.focus();
  await facilitator.keyboard.press('Enter');
  await expect(camille.getByText('vos nouvelles cartes restent privées jusqu’à ce que l’animation les révèle')).toBeVisible();
  await expect(camille.getByRole('timer')).toContainText(/[45]:\d\d/);
  await expect(launchWriting).toBeFocused();

  // 2. The facilitator watches the private cards being written, person by person.
  const counts = facilitator.getByRole('list', { name: 'Cartes écrites en privé' });
  await expect(facilitator.getByText('Personne n’a encore écrit de carte privée.')).toBeVisible();
  await addCard(camille, 'Ce qui marche', 'Les visites de terrain');
  await expect(counts.getByRole('listitem')).toHaveText([/^Camille 1 carte/], { timeout: 10_000 });
  await addCard(camille, 'Ce qui marche', 'Le café des SCIC');
  await expect(counts.getByRole('listitem')).toHaveText([/^Camille 2 cartes/], { timeout: 10_000 });
  await expect(counts).not.toContainText('Les visites de terrain');
  await expect(counts.getByRole('button', { name: 'Révéler les cartes de Camille' })).toBeVisible();
  await expectNoViolations(facilitator);
  // The panel scrolls within the page on a laptop: seen from its top, with the board below it.
  await panel.evaluate((el) => el.scrollTo(0, 0));
  await panel.screenshot({ path: `${SHOTS}/flow-panel-1366.png` });
  await facilitator.screenshot({ path: `${SHOTS}/flow-board-1366.png` });

  const reveal = facilitator.getByRole('button', { name: 'Révéler les cartes', exact: true });
  await reveal.click();
  await expect(cards(column(facilitator, 'Ce qui marche'))).toHaveCount(2);
  await expect(camille.getByText('vos nouvelles cartes restent privées jusqu’à ce que l’animation les révèle')).toHaveCount(0);
  await expect(counts).toHaveCount(0);
  await expect(reveal).toBeFocused();

  // 3. Grouping.
  await facilitator.getByRole('button', { name: 'Passer au regroupement' }).click();
  await expect(phase(camille)).toHaveText('Étape : Regroupement');
  await expect(current(facilitator)).toContainText('Regroupement');

  // Arrow keys change the vote's settings here, and nothing in the room: the +1 min sent after
  // them reaches Camille, and by then her step and budget are still those of the grouping.
  const points = facilitator.getByLabel('Points par personne');
  await points.focus();
  await facilitator.keyboard.press('ArrowUp');
  await facilitator.keyboard.press('ArrowUp');
  await expect(points).toHaveValue('5');
  await facilitator.getByRole('button', { name: '+1 min' }).click();
  await expect(camille.getByRole('timer')).toContainText(/[56]:\d\d/);
  await expect(phase(camille)).toHaveText('Étape : Regroupement');
  await expect(camille.getByText(/Il vous reste/)).toHaveCount(0);
  // Pause and resume are one button: its words change, focus stays on it.
  await facilitator.getByRole('button', { name: 'Pause' }).click();
  const resume = facilitator.getByRole('button', { name: 'Reprendre' });
  await expect(resume).toBeFocused();
  await resume.click();
  await expect(facilitator.getByRole('button', { name: 'Pause' })).toBeFocused();

  // 4. The vote, with the five points chosen beside it.
  const launchVote = facilitator.getByRole('button', { name: 'Lancer le vote (5 points)' });
  await launchVote.click();
  await expect(camille.getByText('Il vous reste 5 points')).toBeVisible();
  await expect(launchVote).toBeFocused();
  await camille.getByRole('button', { name: 'Voter : Le café des SCIC' }).click();
  await expect(camille.getByText('Il vous reste 4 points')).toBeVisible();
  await expect(facilitator.getByText('1 vote', { exact: true })).toBeVisible();
  await expect(camille.getByText('1 vote', { exact: true })).toHaveCount(0);

  // 5. The results: the totals for everyone, then the discussion.
  await facilitator.getByRole('button', { name: 'Montrer les résultats' }).click();
  await expect(camille.getByText('1 vote', { exact: true })).toBeVisible();
  await expect(phase(camille)).toHaveText('Étape : Résultats');
  await expect(current(facilitator)).toContainText('Résultats');

  // 6. Closing asks first; the answer closes the board for everyone, and focus comes back.
  await openSettings(facilitator);
  const close = facilitator.getByRole('button', { name: 'Clore le tableau' });
  await close.click();
  await expect(facilitator.getByText('Clore le tableau ? Plus personne ne pourra y écrire ni voter.')).toBeVisible();
  await expect(phase(camille)).toHaveText('Étape : Résultats');
  await expectNoViolations(facilitator);
  await facilitator.getByRole('button', { name: 'Clore', exact: true }).click();
  await expect(phase(camille)).toHaveText('Étape : Clôture');
  await expect(column(camille, 'Ce qui marche').getByRole('button', { name: /Ajouter une carte/ })).toBeDisabled();
  await expect(close).toBeFocused();
  await expect(current(facilitator)).toContainText('Clôture');

  // Any step may be run again: writing reopens the board.
  await launchWriting.click();
  await expect(phase(camille)).toHaveText('Étape : Écriture');

  await facilitator.setViewportSize({ width: 390, height: 844 });
  await panel.screenshot({ path: `${SHOTS}/flow-panel-390.png` });
});
