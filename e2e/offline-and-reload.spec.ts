/**
 * Edits made offline survive the page being closed and opened again before the network is back.
 *
 * The app has no service worker: with no network at all a reload shows the browser's error
 * page, so "reload while offline" cannot be played as such. What a person relies on when the
 * wifi drops and they close and reopen the tab is the board's copy in IndexedDB, so that is
 * what this journey checks: B writes offline, and the page is closed while still offline (the
 * edit was never sent). A new page of the same browser then loads the app from the server
 * while Socket.IO stays cut (its HTTP requests aborted, its WebSockets closed), so no sync
 * can happen; the edit must be in that page's IndexedDB. Only then is Socket.IO let through,
 * and the edit, which nothing but IndexedDB held, reaches A.
 */
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { listCards } from '@shared/board-model';
import { ARTIFACTS, addCard, cardTexts, cards, column, createWorkshop, joinWorkshop, openBoard } from './support';

/** Another browser's edits arrive through the server, on a machine that may be busy. */
const LIVE = { timeout: 15_000 };
const SOCKET_IO = /\/socket\.io\//;

/** The card texts this browser's offline copy of a board holds (y-indexeddb: one database per board). */
async function storedTexts(page: Page, boardId: string): Promise<string[]> {
  const updates = await page.evaluate(async (name) => {
    // Opening a database that does not exist would create it empty, without y-indexeddb's stores.
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const all = await new Promise<Uint8Array[]>((resolve, reject) => {
        const read = db.transaction('updates').objectStore('updates').getAll();
        read.onsuccess = () => resolve(read.result as Uint8Array[]);
        read.onerror = () => reject(read.error);
      });
      return all.map((update) => Array.from(update));
    } finally {
      db.close();
    }
  }, `coatelier-board-${boardId}`);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return listCards(doc).map((card) => card.text);
}

test('edits made offline are kept through closing the page and merge when the network comes back', async ({ browser }) => {
  const aContext = await browser.newContext();
  const bContext = await browser.newContext();
  const a = await aContext.newPage();
  const b = await bContext.newPage();
  const code = await createWorkshop(a, 'Wifi de salle');
  await joinWorkshop(b, code, 'Camille');
  await openBoard(a, 'Feuille de route');
  await openBoard(b, 'Feuille de route');
  const boardUrl = b.url();
  const boardId = new URL(boardUrl).pathname.split('/').at(-1)!;
  await addCard(a, 'Dans les 6 mois', 'Guide prise de parts');
  await expect(cardTexts(column(b, 'Dans les 6 mois'))).toHaveText(['Guide prise de parts'], LIVE);

  await bContext.setOffline(true);
  // The badge, not the live region, which may say it too (with what others did meanwhile).
  await expect(b.locator('.connection-label')).toHaveText(/Hors ligne/);
  await addCard(b, 'Dans l’année', 'Écrit sans réseau');
  await addCard(a, 'Plus tard', 'Écrit pendant ce temps');
  await b.screenshot({ path: `${ARTIFACTS}/offline.png` });
  await expect(cards(column(b, 'Plus tard'))).toHaveCount(0);
  await expect.poll(() => storedTexts(b, boardId)).toContain('Écrit sans réseau');

  // Closed while offline; reopened with the pages reachable and Socket.IO still cut.
  let cut = true;
  let refused = 0;
  await bContext.route(SOCKET_IO, (route) => (cut ? (refused++, route.abort('internetdisconnected')) : route.continue()));
  await bContext.routeWebSocket(SOCKET_IO, (ws) => (cut ? (refused++, ws.close()) : ws.connectToServer()));
  await b.close();
  await bContext.setOffline(false);
  const reopened = await bContext.newPage();
  await reopened.goto(boardUrl);
  await expect.poll(() => refused).toBeGreaterThan(0);
  expect(await storedTexts(reopened, boardId)).toContain('Écrit sans réseau');
  await expect(cards(column(a, 'Dans l’année'))).toHaveCount(0);

  // The network is back for Socket.IO too: the edit only IndexedDB held reaches A.
  cut = false;
  await expect(cardTexts(column(a, 'Dans l’année'))).toHaveText(['Écrit sans réseau'], LIVE);
  await expect(cardTexts(column(reopened, 'Dans l’année'))).toHaveText(['Écrit sans réseau'], LIVE);
  await expect(cardTexts(column(reopened, 'Plus tard'))).toHaveText(['Écrit pendant ce temps'], LIVE);
  await expect(cardTexts(column(reopened, 'Dans les 6 mois'))).toHaveText(['Guide prise de parts']);
  await expect(reopened.getByText('Enregistré')).toBeVisible(LIVE);
  await reopened.screenshot({ path: `${ARTIFACTS}/back-online.png` });
});
