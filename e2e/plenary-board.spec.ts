/**
 * A plenary board: 500 cards written over the real protocol by another client, opened by a
 * participant who searches, reaches cards by keyboard, moves one by keyboard and by pointer,
 * acts from the card's menu, edits and undoes, while someone else types. Behaviour only.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { addCard as writeCard, cardText } from '@shared/board-model';
import type { BoardInfo, CreatedWorkshop } from '@shared/protocol';
import { participantIdOf } from '../client/src/identity/identity-store';
import { SocketIOProvider } from '../client/src/sync/socketio-provider';
import { ARTIFACTS, addCard, card, cards, chooseInMenu, column, joinWorkshop, openBoard } from './support';

const PER_COLUMN = 125;
/** Cards per transaction: a plenary's paste, well under the server's limits per update. */
const BATCH = 50;

function until(provider: SocketIOProvider, event: 'synced' | 'saved', ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const check = () => {
      if (!ready()) return;
      provider.off(event, check);
      resolve();
    };
    provider.on(event, check);
  });
}

/** The organiser's client, writing the board's cards over Socket.IO as any client does. */
async function fill(baseURL: string, token: string, board: BoardInfo) {
  const doc = new Y.Doc();
  const provider = new SocketIOProvider(baseURL, board.id, doc, { token, socketOptions: { transports: ['websocket'] } });
  await until(provider, 'synced', () => provider.synced);
  const author = participantIdOf(token);
  let n = 0;
  for (const col of board.columns) {
    const orders = generateNKeysBetween(null, null, PER_COLUMN);
    for (let start = 0; start < PER_COLUMN; start += BATCH) {
      doc.transact(() => {
        for (let i = start; i < Math.min(start + BATCH, PER_COLUMN); i++) {
          n++;
          writeCard(doc, { id: `card${n}`, column: col.id, order: orders[i], text: `Idée ${n} : ${col.title.toLowerCase()}`, author, authorName: 'Animation' });
        }
      });
    }
  }
  await until(provider, 'saved', () => provider.saved);
  return { doc, provider };
}

async function createWorkshop(request: APIRequestContext): Promise<CreatedWorkshop> {
  const response = await request.post('/api/workshops', { data: { title: 'Plénière', template: 'rencontre-ess' } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as CreatedWorkshop;
}

test('a 500-card board opens, searches, moves by keyboard and pointer, and acts from the card menu', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const workshop = await createWorkshop(request);
  const board = workshop.boards.find((b) => b.title === 'Pratiques')!;
  const organiser = await fill(baseURL!, workshop.organiserToken, board);
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await joinWorkshop(page, workshop.joinCode, 'Camille');
  await openBoard(page, 'Pratiques');

  const first = column(page, 'Ce qui marche');
  await expect(first.locator('.column-count')).toHaveText(String(PER_COLUMN));
  await expect(page.getByText(`${PER_COLUMN * 4} sur ${PER_COLUMN * 4} cartes`)).toBeVisible();
  // Windowed: a screenful of cards is in the page, each says where it stands in its column.
  expect(await cards(page).count()).toBeLessThan(PER_COLUMN);
  await expect(cards(first).first()).toHaveAttribute('aria-setsize', String(PER_COLUMN));
  await expect(cards(first).first()).toHaveAttribute('aria-posinset', '1');
  // At 1366×768, at least five cards of a column are on screen.
  const visible = await cards(first).evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().bottom <= window.innerHeight).length);
  expect(visible).toBeGreaterThanOrEqual(5);
  await page.screenshot({ path: `${ARTIFACTS}/plenary-500.png` });

  // The keyboard reaches the last card of a long column; it is drawn and focused.
  await cards(first).first().focus();
  await page.keyboard.press('End');
  const last = card(first, `Idée ${PER_COLUMN} :`);
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-posinset', String(PER_COLUMN));
  await page.keyboard.press('ArrowUp');
  await expect(card(first, `Idée ${PER_COLUMN - 1} :`)).toBeFocused();

  // Cards arriving above what one reads do not push it away.
  const scroller = first.locator('.card-scroller');
  await scroller.evaluate((element) => (element.scrollTop = 3_000));
  const read = async () =>
    scroller.evaluate((element) => {
      const top = element.getBoundingClientRect().top;
      const row = [...element.querySelectorAll<HTMLElement>('li[data-card-id]')]
        .map((li) => ({ id: li.dataset.cardId!, at: li.getBoundingClientRect().top - top }))
        .filter((r) => r.at >= 0)
        .sort((a, b) => a.at - b.at)[0]!;
      return row;
    });
  await expect.poll(async () => (await read()).id).not.toBe('card1');
  const before = await read();
  organiser.doc.transact(() => {
    for (const id of ['above1', 'above2', 'above3']) {
      writeCard(organiser.doc, { id, column: board.columns[0]!.id, index: 0, text: `Arrivée ${id}`, author: participantIdOf(workshop.organiserToken), authorName: 'Animation' });
    }
  });
  await expect(first.locator('.column-count')).toHaveText(String(PER_COLUMN + 3));
  await expect.poll(async () => (await read()).id).toBe(before.id);
  expect(Math.abs((await read()).at - before.at)).toBeLessThanOrEqual(2);
  await scroller.evaluate((element) => (element.scrollTop = 0));

  // Search finds a card among 500.
  await page.getByLabel('Rechercher').fill('Idée 437');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByText(`1 sur ${PER_COLUMN * 4 + 3} cartes`)).toBeVisible();
  await page.getByLabel('Rechercher').fill('');

  // Someone else's card: reactions, no editing, no deletion.
  const theirs = card(first, 'Idée 3 :');
  await theirs.getByRole('button', { name: /Actions de la carte/ }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Bonne idée' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Supprimer la carte' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'Modifier le texte' })).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/plenary-menu.png` });
  await menu.getByRole('menuitemcheckbox', { name: 'Bonne idée' }).click();
  await expect(theirs.getByRole('button', { name: 'Bonne idée (1)' })).toHaveAttribute('aria-pressed', 'true');
  await theirs.focus();
  await page.keyboard.press('Delete');
  await expect(theirs).toBeVisible();
  await expect(card(first, 'Idée 3 :').locator('p.card-text')).toHaveCount(1);

  // One's own card at the end of a long column: edited, undone, deleted only by its author.
  const mine = await addCard(page, 'À essayer', 'Ma propre idée');
  await expect(mine).toBeVisible();
  await mine.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' en plénière');
  await page.keyboard.press('Escape');
  await expect(mine.locator('p.card-text')).toHaveText('Ma propre idée en plénière');
  await page.keyboard.press('Control+z');
  await expect(card(page, 'Ma propre idée').locator('p.card-text')).toHaveText('Ma propre idée');
  await expect.poll(() => organiserSees(organiser.doc, 'Ma propre idée')).toBe(true);

  // Moved by keyboard to the next column on the left, then back by pointer.
  const tries = column(page, 'À essayer');
  const examples = column(page, 'Exemples locaux');
  await card(page, 'Ma propre idée').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Carte saisie : Ma propre idée.')).toBeAttached();
  await page.keyboard.press('ArrowLeft');
  // Dropped only once it is over the other column: a drop before the move lands is a drop in place.
  await expect(page.getByText(/^Carte au-dessus de /)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Carte déposée.')).toBeAttached();
  await expect(examples.locator('.column-count')).toHaveText(String(PER_COLUMN + 1));
  await expect(tries.locator('.column-count')).toHaveText(String(PER_COLUMN));
  const moved = card(examples, 'Ma propre idée');
  await moved.hover();
  await page.mouse.down();
  const target = (await tries.getByRole('button', { name: /Ajouter une carte/ }).boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 12 });
  await page.mouse.move(target.x + target.width / 2, target.y + 44, { steps: 3 });
  await page.mouse.up();
  await expect(tries.locator('.column-count')).toHaveText(String(PER_COLUMN + 1));
  await expect(card(tries, 'Ma propre idée')).toHaveCount(1);

  // Someone else types in a card on screen: it changes there, live.
  const text = cardText(organiser.doc, 'card1')!;
  organiser.doc.transact(() => text.insert(text.length, ' (complétée)'));
  await expect(card(first, 'Idée 1 :').locator('p.card-text')).toHaveText('Idée 1 : ce qui marche (complétée)');

  // Deleted by its author, from its menu.
  await chooseInMenu(card(tries, 'Ma propre idée'), 'Supprimer la carte');
  await expect(tries.locator('.column-count')).toHaveText(String(PER_COLUMN));

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  organiser.provider.destroy();
});

/** Whether the organiser's copy holds a card with that exact text (the edit reached everyone). */
function organiserSees(doc: Y.Doc, text: string): boolean {
  let found = false;
  doc.getMap<Y.Map<unknown>>('cards').forEach((map) => {
    const value = map.get('text');
    if (value instanceof Y.Text && value.toString() === text) found = true;
  });
  return found;
}
