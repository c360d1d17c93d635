/** One behaviour suite that every storage engine must pass. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { DEFAULT_FACILITATION } from '@shared/facilitation';
import { checkCast } from '@shared/votes';
import { describeHistoryStorage } from './history-suite';
import { JoinCodeTakenError, type BoardRecord, type Storage, type WorkshopRecord } from './storage';

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.slice(0, 40);

function workshop(overrides: Partial<WorkshopRecord> = {}): WorkshopRecord {
  return {
    id: unique('ws'),
    title: 'Rencontres ESS – Métropole',
    date: '2026-12-03',
    place: null,
    joinCode: unique('C').slice(-6).toUpperCase(),
    createdAt: 1_700_000_000_000,
    archivedAt: null,
    retentionDays: null,
    anonymisedAt: null,
    linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
    organiserGeneration: 0,
    demo: false,
    currentBoardId: null,
    ...overrides,
  };
}
const board = (workshopId: string, position: number, title = `Tableau ${position}`): BoardRecord => ({
  id: unique('bd'),
  workshopId,
  title,
  position,
  columns: [{ id: unique('col'), title: 'Difficultés 🧩' }],
  kind: 'board',
  table: null,
  sourceBoardId: null,
});
const cardUpdate = (id: string) => {
  const doc = new Y.Doc();
  addCard(doc, { id, column: 'c', author: 'a', authorName: 'A', text: `carte ${id}` });
  return Y.encodeStateAsUpdate(doc);
};
const merged = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return listCards(doc).map((c) => c.id).sort();
};

/** `open` returns a store on the same data each time it is called, until the suite ends. */
export function describeStorage(name: string, open: () => Promise<Storage>): void {
  describe(`${name} storage`, () => {
    it('creates, finds and updates workshops', async () => {
      const store = await open();
      const w = workshop();
      await store.createWorkshop(w, [board(w.id, 0)]);
      expect(await store.getWorkshop(w.id)).toEqual(w);
      expect(await store.findWorkshopByCode(w.joinCode)).toEqual(w);
      await store.updateWorkshop(w.id, { title: 'Nouveau titre', place: 'Lyon', archivedAt: 5, linkGenerations: { ...w.linkGenerations, viewer: 2 } });
      expect(await store.getWorkshop(w.id)).toMatchObject({ title: 'Nouveau titre', place: 'Lyon', date: '2026-12-03', archivedAt: 5, linkGenerations: { viewer: 2 } });
      await store.updateWorkshop(w.id, { organiserGeneration: 3 });
      expect(await store.getWorkshop(w.id)).toMatchObject({ organiserGeneration: 3, linkGenerations: { viewer: 2 } });
      await store.updateWorkshop(w.id, { currentBoardId: 'board-2' });
      expect(await store.getWorkshop(w.id)).toMatchObject({ currentBoardId: 'board-2', organiserGeneration: 3 });
      // Created without one (imports, older callers): generation 0.
      const bare = workshop();
      delete bare.organiserGeneration;
      await store.createWorkshop(bare, []);
      expect(await store.getWorkshop(bare.id)).toMatchObject({ organiserGeneration: 0 });
      expect(await store.getWorkshop('nope-nope')).toBeNull();
    });

    it('refuses a join code already taken', async () => {
      const store = await open();
      const first = workshop();
      await store.createWorkshop(first, []);
      await expect(store.createWorkshop(workshop({ joinCode: first.joinCode }), [])).rejects.toBeInstanceOf(JoinCodeTakenError);
      const second = workshop();
      await store.createWorkshop(second, []);
      await expect(store.updateWorkshop(second.id, { joinCode: first.joinCode })).rejects.toBeInstanceOf(JoinCodeTakenError);
    });

    it('keeps boards in order and updates and deletes them with their document', async () => {
      const store = await open();
      const w = workshop();
      const [a, b] = [board(w.id, 0, 'Difficultés'), board(w.id, 1, 'Pratiques')];
      await store.createWorkshop(w, [b, a]);
      const c = board(w.id, 2, 'Feuille de route');
      await store.insertBoard(c);
      expect((await store.listBoards(w.id)).map((x) => x.title)).toEqual(['Difficultés', 'Pratiques', 'Feuille de route']);
      await store.updateBoard(c.id, { title: 'Roadmap', position: -1, columns: [{ id: 'x1', title: 'À lancer' }] });
      expect(await store.getBoard(c.id)).toEqual({ ...c, title: 'Roadmap', position: -1, columns: [{ id: 'x1', title: 'À lancer' }] });
      await store.appendUpdate(c.id, cardUpdate('k1'));
      await store.appendUpdate(`${c.id}:drafts:p1`, cardUpdate('k2'));
      await store.setFacilitation(c.id, DEFAULT_FACILITATION);
      await store.insertVotes(c.id, [{ participantId: 'p1', cardId: 'k1' }]);
      await store.appendUpdate(`${c.id}x`, cardUpdate('k3'));
      await store.deleteBoard(c.id);
      expect(await store.getBoard(c.id)).toBeNull();
      expect((await store.loadBoard(c.id)).updates).toEqual([]);
      expect(await store.listDocuments(`${c.id}:`)).toEqual([]);
      expect(await store.getFacilitation(c.id)).toBeNull();
      expect(await store.listVotes(c.id)).toEqual([]);
      // A board whose id merely starts with the deleted one's is untouched.
      expect((await store.loadBoard(`${c.id}x`)).updates).toHaveLength(1);
    });

    it('marks demo workshops, finds those created by a time and deletes a workshop with all it holds', async () => {
      const store = await open();
      const day = 86_400_000;
      const now = 1_800_000_000_000;
      const old = workshop({ demo: true, createdAt: now - 2 * day });
      const young = workshop({ demo: true, createdAt: now - 1_000 });
      const normal = workshop({ createdAt: now - 10 * day });
      const [b1, b2, kept] = [board(old.id, 0), board(old.id, 1), board(normal.id, 0)];
      await store.createWorkshop(old, [b1, b2]);
      await store.createWorkshop(young, []);
      await store.createWorkshop(normal, [kept]);
      expect(await store.getWorkshop(old.id)).toEqual(old);
      const demos = (await store.listDemoWorkshops(now - day)).map((w) => w.id);
      expect(demos).toContain(old.id);
      expect(demos).not.toContain(young.id);
      expect(demos).not.toContain(normal.id);

      for (const b of [b1, b2, kept]) {
        await store.appendUpdate(b.id, cardUpdate('k1'));
        await store.appendUpdate(`${b.id}:drafts:p1`, cardUpdate('k2'));
        await store.setFacilitation(b.id, DEFAULT_FACILITATION);
        await store.insertVotes(b.id, [{ participantId: 'p1', cardId: 'k1' }]);
      }
      await store.addParticipant({ id: unique('p'), workshopId: old.id, name: 'Zoé', joinedAt: 1 });
      await store.deleteWorkshop(old.id);
      await store.deleteWorkshop(old.id);
      expect(await store.getWorkshop(old.id)).toBeNull();
      expect(await store.listBoards(old.id)).toEqual([]);
      expect(await store.listParticipants(old.id)).toEqual([]);
      for (const b of [b1, b2]) {
        expect(await store.listDocuments(b.id)).toEqual([]);
        expect(await store.getFacilitation(b.id)).toBeNull();
        expect(await store.listVotes(b.id)).toEqual([]);
      }
      expect((await store.listDemoWorkshops(now)).map((w) => w.id)).not.toContain(old.id);
      // Another workshop keeps everything.
      expect(await store.listBoards(normal.id)).toHaveLength(1);
      expect((await store.loadBoard(kept.id)).updates).toHaveLength(1);
      expect(await store.listVotes(kept.id)).toHaveLength(1);
    });

    it('keeps what kind of board it is, and its table', async () => {
      const store = await open();
      const w = workshop();
      const source = board(w.id, 0, 'Difficultés');
      const table = { ...board(w.id, 1, 'Difficultés — Table 2'), table: 'Table 2', sourceBoardId: source.id };
      const roadmap = { ...board(w.id, 2, 'Feuille de route'), kind: 'roadmap' as const };
      await store.createWorkshop(w, [source, table]);
      await store.insertBoard(roadmap);
      expect(await store.listBoards(w.id)).toEqual([source, table, roadmap]);
    });

    it('moves and inserts votes without a budget, for merges and imports', async () => {
      const store = await open();
      const id = unique('bd');
      await store.insertVotes(id, [
        { participantId: 'p1', cardId: 'a' },
        { participantId: 'p1', cardId: 'a' },
        { participantId: 'p2', cardId: 'b' },
        { participantId: 'p3', cardId: 'c' },
      ]);
      await store.insertVotes(id, []);
      await store.reassignVotes(id, ['a', 'b'], 'c');
      expect((await store.listVotes(id)).map((v) => v.cardId)).toEqual(['c', 'c', 'c', 'c']);
    });

    it('changes participants and finds workshops whose retention has run out', async () => {
      const store = await open();
      const day = 86_400_000;
      const now = 1_800_000_000_000;
      const expired = workshop({ archivedAt: now - 31 * day, retentionDays: 30 });
      const longRetention = workshop({ archivedAt: now - 31 * day, retentionDays: 365 });
      const notArchived = workshop({ retentionDays: 0 });
      const done = workshop({ archivedAt: now - 31 * day, retentionDays: 30, anonymisedAt: now - day });
      for (const w of [expired, longRetention, notArchived, done]) await store.createWorkshop(w, []);
      const found = (await store.listExpiredWorkshops(now)).map((w) => w.id);
      expect(found).toContain(expired.id);
      for (const w of [longRetention, notArchived, done]) expect(found).not.toContain(w.id);
      await store.updateWorkshop(expired.id, { anonymisedAt: now, retentionDays: 30 });
      expect((await store.listExpiredWorkshops(now)).map((w) => w.id)).not.toContain(expired.id);

      const p = { id: unique('p'), workshopId: expired.id, name: 'Zoé', joinedAt: 1, kind: 'scic' as const, organisation: 'Scic Énergies' };
      await store.addParticipant(p);
      await store.updateParticipant(p.id, { name: 'Participant 1', organisation: null });
      expect(await store.listParticipants(expired.id)).toEqual([{ ...p, name: 'Participant 1', organisation: null }]);
      await store.updateParticipant(p.id, { kind: 'commune' });
      expect(await store.getParticipant(p.id)).toEqual({ ...p, name: 'Participant 1', organisation: null, kind: 'commune' });
      expect(await store.getParticipant(unique('nobody'))).toBeNull();
    });

    it('appends updates byte for byte with increasing sequence numbers', async () => {
      const store = await open();
      const id = unique('doc');
      const raw = new Uint8Array(256).map((_, i) => i);
      const s1 = await store.appendUpdate(id, cardUpdate('a'));
      const s2 = await store.appendUpdate(id, raw);
      expect(s2).toBeGreaterThan(s1);
      const loaded = await store.loadBoard(id);
      expect(loaded.seqs).toEqual([s1, s2]);
      expect(loaded.updates[1]).toEqual(raw);
    });

    it('compacts only the rows it is given, keeping rows stored meanwhile', async () => {
      const store = await open();
      const id = unique('doc');
      const folded = [await store.appendUpdate(id, cardUpdate('a')), await store.appendUpdate(id, cardUpdate('b'))];
      const seen = await store.loadBoard(id);
      // Another instance stores 'c' while this one compacts what it has seen.
      await store.appendUpdate(id, cardUpdate('c'));
      const snapshotSeq = await store.compact(id, Y.mergeUpdates(seen.updates), folded);
      const after = await store.loadBoard(id);
      expect(after.seqs).toContain(snapshotSeq);
      expect(after.updates).toHaveLength(2);
      expect(merged(after.updates)).toEqual(['a', 'b', 'c']);
    });

    it('loses nothing when two instances compact and append at once', async () => {
      const [one, two] = [await open(), await open()];
      const id = unique('doc');
      for (const k of ['a', 'b', 'c']) await one.appendUpdate(id, cardUpdate(k));
      const seenByOne = await one.loadBoard(id);
      const seenByTwo = await two.loadBoard(id);
      await Promise.all([
        one.compact(id, Y.mergeUpdates(seenByOne.updates), seenByOne.seqs),
        two.appendUpdate(id, cardUpdate('d')),
        two.compact(id, Y.mergeUpdates(seenByTwo.updates), seenByTwo.seqs),
        one.appendUpdate(id, cardUpdate('e')),
      ]);
      expect(merged((await one.loadBoard(id)).updates)).toEqual(['a', 'b', 'c', 'd', 'e']);
    });

    it('stores facilitator state and enforces the vote budget', async () => {
      const store = await open();
      const id = unique('bd');
      expect(await store.getFacilitation(id)).toBeNull();
      const state = { ...DEFAULT_FACILITATION, phase: 'voting' as const, locked: true };
      await store.setFacilitation(id, state);
      await store.setFacilitation(id, { ...state, locked: false });
      expect(await store.getFacilitation(id)).toEqual({ ...state, locked: false });

      const settings = { ...DEFAULT_FACILITATION.votes, perParticipant: 2 };
      const cast = (cardId: string) =>
        store.castVote(id, { participantId: 'p1', cardId }, (mine) => checkCast(settings, mine, cardId));
      const results = await Promise.all([cast('x'), cast('y'), cast('z')]);
      expect(results.filter((r) => r === null)).toHaveLength(2);
      expect(results.filter((r) => r === 'budget_spent')).toHaveLength(1);
      expect(await store.listVotes(id)).toHaveLength(2);
      const kept = (await store.listVotes(id))[0]!.cardId;
      expect(await store.withdrawVote(id, { participantId: 'p1', cardId: kept })).toBeNull();
      expect(await store.withdrawVote(id, { participantId: 'p1', cardId: kept })).toBe('no_vote_to_withdraw');
      await store.clearVotes(id);
      expect(await store.listVotes(id)).toEqual([]);
    });

    it('lists documents by prefix and records participants', async () => {
      const store = await open();
      const id = unique('bd');
      await store.appendUpdate(`${id}:drafts:p1`, cardUpdate('a'));
      await store.appendUpdate(`${id}:drafts:p2`, cardUpdate('b'));
      await store.appendUpdate(id, cardUpdate('c'));
      expect((await store.listDocuments(`${id}:drafts:`)).sort()).toEqual([`${id}:drafts:p1`, `${id}:drafts:p2`]);
      const w = workshop();
      await store.createWorkshop(w, []);
      const zoe = { id: unique('p'), workshopId: w.id, name: 'Zoé', joinedAt: 1, kind: null, organisation: null };
      const leo = { id: unique('p'), workshopId: w.id, name: 'Léo', joinedAt: 2, role: 'facilitator' as const };
      await store.addParticipant(leo);
      await store.addParticipant(zoe);
      // Added without a profile (an invitation): none is invented; without a role, none either.
      expect(await store.listParticipants(w.id)).toEqual([zoe, { ...leo, kind: null, organisation: null }]);
      await store.ping();
    });

    it('keeps everything across a close and a reopen', async () => {
      const store = await open();
      const w = workshop();
      const b = board(w.id, 0);
      await store.createWorkshop(w, [b]);
      const raw = crypto.getRandomValues(new Uint8Array(4096));
      const seqs = [await store.appendUpdate(b.id, cardUpdate('a')), await store.appendUpdate(b.id, raw)];
      await store.close();
      await store.close(); // Shutdown paths may close twice.

      const again = await open();
      expect(await again.getWorkshop(w.id)).toEqual(w);
      expect(await again.listBoards(w.id)).toEqual([b]);
      const loaded = await again.loadBoard(b.id);
      expect(loaded.seqs).toEqual(seqs);
      expect(loaded.updates[1]).toEqual(raw);
      expect(await again.appendUpdate(b.id, cardUpdate('b'))).toBeGreaterThan(seqs[1]!);
    });

    describeHistoryStorage(open);
  });
}
