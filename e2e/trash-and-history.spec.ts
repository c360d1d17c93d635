/**
 * The Corbeille and the Historique, as a facilitator and an organiser use them. A participant's
 * cards are written and deleted from a Node client (the card UI is not what is tested here);
 * the dialogs are opened from the board page, where BoardHistoryTools is mounted.
 */
import { expect, test, type Page } from '@playwright/test';
import type * as Y from 'yjs';
import { addCard, deleteCard, listCards } from '@shared/board-model';
import type { BoardInfo, InviteLink, JoinResult, WorkshopInfo } from '@shared/protocol';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../server/test-support/test-clients';
import { ARTIFACTS, createWorkshop, joinWorkshop, openBoard } from './support';

interface Setup {
  board: BoardInfo;
  column: BoardInfo['columns'][number];
  zoe: JoinResult;
  client: SioClient;
  organiserToken: string;
  code: string;
}

/** A workshop created in the browser, and Zoé on its first board from a Node client. */
async function setup(page: Page, baseURL: string, title: string): Promise<Setup> {
  const code = await createWorkshop(page, title);
  const session = await page.evaluate(() => {
    const sessions = JSON.parse(localStorage.getItem('coatelier.sessions') ?? '{}') as Record<string, { workshopId: string; token: string }>;
    return Object.values(sessions)[0]!;
  });
  const auth = { authorization: `Bearer ${session.token}` };
  const workshop = (await (await page.request.get(`/api/workshops/${session.workshopId}`, { headers: auth })).json()) as WorkshopInfo;
  const board = workshop.boards.find((b) => b.title === 'Difficultés')!;
  const zoe = (await (await page.request.post('/api/join', { data: { code, name: 'Zoé' } })).json()) as JoinResult;
  const client = await connectSocketIO(baseURL, board.id, zoe.participantToken);
  return { board, column: board.columns[0]!, zoe, client, organiserToken: session.token, code };
}

/** Zoé writes cards (all at once when there are several: a pasted list). */
async function write(s: Setup, cards: Record<string, string>): Promise<void> {
  s.client.doc.transact(() => {
    for (const [id, text] of Object.entries(cards)) addCard(s.client.doc, { id, column: s.column.id, author: s.zoe.participantId, authorName: 'Zoé', text });
  });
  await waitSaved(s.client.provider);
}

/** Whether the board (not a dialog) shows a card with this text, in a field or as text. */
async function expectOnBoard(page: Page, text: string, shown = true): Promise<void> {
  await expect(async () => {
    const found = await page.evaluate((wanted) => {
      const outside = (el: Element | null) => el !== null && el.closest('dialog') === null;
      if ([...document.querySelectorAll('textarea')].some((a) => outside(a) && a.value === wanted)) return true;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.includes(wanted) && outside(node.parentElement)) return true;
      }
      return false;
    }, text);
    expect(found).toBe(shown);
  }).toPass({ timeout: 10_000 });
}

const cardIds = (doc: Y.Doc) => listCards(doc).map((c) => c.id).sort();

test('a facilitator restores a deleted card from the trash', async ({ browser, baseURL }) => {
  const organiser = await (await browser.newContext()).newPage();
  const s = await setup(organiser, baseURL!, 'Corbeille de la plénière');
  const link = (await (
    await organiser.request.post(`/api/workshops/${s.zoe.workshopId}/links`, {
      headers: { authorization: `Bearer ${s.organiserToken}` },
      data: { role: 'facilitator', boardId: s.board.id },
    })
  ).json()) as InviteLink;

  const facilitator = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await facilitator.goto(link.path);
  await facilitator.getByLabel('Votre nom').fill('Fanny, CRESS');
  await facilitator.getByRole('button', { name: 'Commencer' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: 'Difficultés' })).toBeVisible();

  await write(s, { 'card-lyon': 'Un tiers-lieu à Lyon' });
  await expectOnBoard(facilitator, 'Un tiers-lieu à Lyon');
  deleteCard(s.client.doc, 'card-lyon');
  await waitSaved(s.client.provider);
  await expectOnBoard(facilitator, 'Un tiers-lieu à Lyon', false);

  const opener = facilitator.getByRole('button', { name: 'Corbeille' });
  await opener.click();
  const dialog = facilitator.getByRole('dialog', { name: 'Corbeille' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('listitem')).toContainText('Un tiers-lieu à Lyon');
  await expect(dialog.getByRole('listitem')).toContainText(`Colonne : ${s.column.title}`);
  await expect(dialog.getByRole('listitem')).toContainText('Écrite par Zoé');
  await expect(dialog.getByRole('listitem')).toContainText(/Supprimée à \d{1,2} h \d\d/);
  await facilitator.screenshot({ path: `${ARTIFACTS}/trash-dialog.png` });

  await dialog.getByRole('button', { name: 'Restaurer la carte « Un tiers-lieu à Lyon »' }).click();
  const status = dialog.getByRole('status').filter({ hasText: 'Carte restaurée' });
  await expect(status).toHaveText('Carte restaurée : « Un tiers-lieu à Lyon ».');
  // The restored entry has left the list: the focus is on what happened, never on the page.
  await expect(status).toBeFocused();
  await expect(dialog.getByText('La corbeille est vide.')).toBeVisible();

  await waitUntil(() => cardIds(s.client.doc).includes('card-lyon'), onDocChange([s.client.doc]), 'restored for Zoé');
  await facilitator.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expectOnBoard(facilitator, 'Un tiers-lieu à Lyon');
  s.client.provider.destroy();
});

test('a board brought back to a checkpoint updates an open browser', async ({ browser, baseURL }) => {
  const organiser = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const s = await setup(organiser, baseURL!, 'Historique de la plénière');
  const participant = await (await browser.newContext()).newPage();
  await joinWorkshop(participant, s.code, 'Léo');
  await openBoard(participant, 'Difficultés');
  await openBoard(organiser, 'Difficultés');

  // Two cards, then a pasted list of five: the server keeps the board as it was before the list.
  await write(s, { a: 'Binôme élu–agent', b: 'Visites de terrain' });
  await write(s, Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`p${i}`, `Collé ${i}`])));
  deleteCard(s.client.doc, 'a');
  await waitSaved(s.client.provider);
  await expectOnBoard(participant, 'Collé 5');
  await expectOnBoard(participant, 'Binôme élu–agent', false);

  const opener = organiser.getByRole('button', { name: 'Historique' });
  await opener.click();
  const dialog = organiser.getByRole('dialog', { name: 'Historique du tableau' });
  const point = dialog.getByRole('listitem').filter({ hasText: 'avant l’ajout de plusieurs cartes' });
  await expect(point).toContainText(/^\d{1,2} h \d\d — avant l’ajout de plusieurs cartes/);
  await expect(point).toContainText('2 cartes');
  await point.getByRole('button', { name: 'Revenir à ce point' }).click();
  await expect(point.getByText(/Remettre le tableau tel qu’il était à/)).toBeVisible();
  const yes = point.getByRole('button', { name: /^Oui, revenir à/ });
  await expect(yes).toBeFocused();
  await organiser.screenshot({ path: `${ARTIFACTS}/history-dialog.png` });
  await yes.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Le tableau est revenu à' })).toBeFocused();

  // Every open client follows: the other browser and the Node client.
  await expectOnBoard(participant, 'Binôme élu–agent');
  await expectOnBoard(participant, 'Collé 5', false);
  await waitUntil(() => cardIds(s.client.doc).join() === 'a,b', onDocChange([s.client.doc]), 'Zoé back at the checkpoint');
  // Going back took a checkpoint first, so that it can be undone.
  await expect(dialog.getByRole('listitem').first()).toContainText('avant un retour en arrière');
  await expect(dialog.getByRole('listitem').first()).toContainText('6 cartes');
  s.client.provider.destroy();
});
