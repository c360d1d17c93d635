/**
 * Moderating a public room (issue 12 §7): a facilitator hides a card, which leaves the
 * projector and the other participants' pages at once while its author sees it hidden with
 * the reason; on a controlled board, participants' cards wait in the facilitator's inbox and
 * reach the board only once accepted. Axe runs with the hide dialog and the inbox open.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe-support';
import { ARTIFACTS, addCard, card, chooseInMenu, column, createWorkshop, joinWorkshop, openBoard, openFacilitation, openSettings } from './support';

const BOARD = 'Difficultés';
const COLUMN = 'Connaître les SCIC';
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function newPage(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/** A participant on the board. */
async function participant(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await newPage(browser);
  await joinWorkshop(page, code, name);
  await openBoard(page, BOARD);
  return page;
}

/** `page` at each size, saved as `<name>-<width>.png`. */
async function shots(page: Page, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${ARTIFACTS}/${name}-${viewport.width}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a hidden card leaves the projector and the other participants’ pages; its author sees why', async ({ browser }) => {
  // Four browsers on a shared machine.
  test.slow();
  const organiser = await newPage(browser);
  const code = await createWorkshop(organiser, 'Conseil de développement – plénière');
  await organiser.getByRole('button', { name: `Lien projecteur – ${BOARD}` }).click();
  const projectorUrl = await organiser.getByRole('link', { name: /Projecteur :/ }).getAttribute('href');
  await openBoard(organiser, BOARD);

  const alice = await participant(browser, code, 'Alice');
  const bob = await participant(browser, code, 'Bob');
  const projector = await newPage(browser, { width: 1920, height: 1080 });
  await projector.goto(projectorUrl!);

  const words = 'Le maire est un incapable, appelez-le au 06 12 34 56 78';
  await addCard(alice, COLUMN, words);
  await addCard(alice, COLUMN, 'Une fiche SCIC pour les élus');
  await expect(projector.getByText(words)).toBeVisible();
  await expect(card(column(bob, COLUMN), words)).toBeVisible();

  // The facilitator hides it from the card's menu, with a reason.
  const target = card(column(organiser, COLUMN), words);
  await chooseInMenu(target, 'Masquer la carte…');
  const dialog = organiser.getByRole('dialog', { name: /Masquer la carte/ });
  await expect(dialog.getByRole('radio', { name: 'Propos injurieux' })).toBeFocused();
  await expectNoAxeViolations(organiser, 'the hide dialog');
  await shots(organiser, 'moderation-hide-dialog');
  await dialog.getByRole('radio', { name: 'Données personnelles' }).check();
  await dialog.getByRole('button', { name: 'Masquer' }).click();
  await expect(dialog).toHaveCount(0);

  // Gone from the screen and from another participant's page, count included.
  await expect(projector.getByText(words)).toHaveCount(0);
  await expect(projector.getByText('Une fiche SCIC pour les élus')).toBeVisible();
  await expect(card(column(bob, COLUMN), words)).toHaveCount(0);
  await expect(column(bob, COLUMN).locator('.column-count')).toHaveText('1');
  await expect(bob.getByText(words)).toHaveCount(0);

  // Its author reads it hidden, with the reason; the facilitator, greyed, with "Réafficher".
  const own = card(column(alice, COLUMN), words);
  await expect(own).toContainText('Masquée par l’animation : Données personnelles');
  const moderated = card(column(organiser, COLUMN), words);
  await expect(moderated).toContainText('Masquée par l’animation : Données personnelles');
  await expect(organiser.getByTestId('live-region')).toContainText('Carte masquée : Données personnelles');
  await expectNoAxeViolations(organiser, 'a hidden card, as the facilitator sees it');
  await expectNoAxeViolations(alice, 'a hidden card, as its author sees it');
  await shots(organiser, 'moderation-hidden-facilitator');
  await shots(alice, 'moderation-hidden-author');
  await projector.screenshot({ path: `${ARTIFACTS}/moderation-hidden-projector-1920.png` });

  // Shown again by keyboard: the room reads it once more.
  await moderated.getByRole('button', { name: /Réafficher la carte/ }).focus();
  await organiser.keyboard.press('Enter');
  await expect(card(column(bob, COLUMN), words)).toBeVisible();
  await expect(projector.getByText(words)).toBeVisible();
  await expect(own).not.toContainText('Masquée par l’animation');
});

test('a controlled board: participants’ cards wait in the facilitator’s inbox until accepted', async ({ browser }) => {
  test.slow();
  const organiser = await newPage(browser);
  const code = await createWorkshop(organiser, 'Conseil de développement – mode contrôlé');
  await openBoard(organiser, BOARD);
  await openFacilitation(organiser);
  await openSettings(organiser);
  // Checked once the server applied it (a server command), not at the click.
  await organiser.getByLabel('Mode contrôlé').click();
  await expect(organiser.getByLabel('Mode contrôlé')).toBeChecked();
  await expect(organiser.getByText('Boîte de réception (0)')).toBeVisible();

  const alice = await participant(browser, code, 'Alice');
  const aliceColumn = column(alice, COLUMN);
  // "Ajouter une carte" writes to the inbox, by keyboard.
  await aliceColumn.getByRole('button', { name: /Ajouter une carte/ }).focus();
  await alice.keyboard.press('Enter');
  const field = aliceColumn.getByLabel('Votre carte, envoyée à l’animation');
  await expect(field).toBeFocused();
  await field.fill('Former les élus au statut SCIC');
  await aliceColumn.getByRole('button', { name: 'Envoyer' }).click();
  // The form closes once the server has the card: writing the next one before that would
  // type into the form being closed.
  await expect(field).toHaveCount(0);
  await aliceColumn.getByRole('button', { name: /Ajouter une carte/ }).click();
  await aliceColumn.getByLabel('Votre carte, envoyée à l’animation').fill('Hors sujet : le parking');
  await aliceColumn.getByRole('button', { name: 'Envoyer' }).click();
  const pending = aliceColumn.getByRole('region', { name: 'Vos cartes envoyées' });
  await expect(pending.getByText('En attente de validation')).toHaveCount(2);
  await expect(card(aliceColumn, 'Former les élus')).toHaveCount(0);
  await shots(alice, 'moderation-pending-participant');

  // The facilitator's inbox: one press each, by keyboard too.
  const inbox = organiser.getByRole('list', { name: 'Boîte de réception (2)' });
  await expect(inbox.getByText('Former les élus au statut SCIC')).toBeVisible();
  await expect(organiser.getByTestId('live-region')).toContainText(/nouvelles? cartes? en attente de validation/);
  await expectNoAxeViolations(organiser, 'the inbox');
  await shots(organiser, 'moderation-inbox-facilitator');
  await inbox.getByRole('button', { name: 'Accepter la carte « Former les élus au statut SCIC »' }).focus();
  await organiser.keyboard.press('Enter');
  await expect(card(column(organiser, COLUMN), 'Former les élus au statut SCIC')).toBeVisible();
  const refuse = organiser.getByRole('button', { name: 'Refuser la carte « Hors sujet : le parking »' });
  await expect(refuse).toBeVisible();
  await refuse.click();
  await expect(organiser.getByText('Aucune carte en attente.')).toBeVisible();
  await expect(organiser.locator('body')).not.toBeFocused();

  // Accepted, the card is Alice's, on the board; refused, she is told.
  await expect(card(aliceColumn, 'Former les élus au statut SCIC')).toContainText('Alice');
  await expect(pending.getByText('Refusée')).toBeVisible();
  await expectNoAxeViolations(alice, 'a participant’s refused card');
  await pending.getByRole('button', { name: 'Effacer la carte refusée « Hors sujet : le parking »' }).click();
  await expect(pending).toHaveCount(0);
  await expect(aliceColumn.getByRole('button', { name: /Ajouter une carte/ })).toBeFocused();
});
