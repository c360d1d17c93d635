import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf } from './board-model';
import { LEAD_AUTHOR, ROADMAP_MAX_NOTES, addProgressNote, changeStatus, readProgress, readRoadmapLog, readStatusHistory, renameLogWriters } from './roadmap-log';

const withAction = () => {
  const doc = new Y.Doc();
  addCard(doc, { id: 'a', column: 'soon', author: 'p1', authorName: 'Ana', text: 'Former les élus' });
  return doc;
};
const ana = { by: 'p1', byName: 'Ana' };

describe('an action’s record', () => {
  it('appends notes and status changes, oldest first, and records a status only when it changes', () => {
    const doc = withAction();
    expect(changeStatus(doc, 'a', 'doing', ana, 1)).toBe(true);
    expect(changeStatus(doc, 'a', 'doing', ana, 2)).toBe(false);
    expect(addProgressNote(doc, 'a', '  Première réunion  ', ana, 3)).toBe(true);
    expect(addProgressNote(doc, 'a', '   ', ana, 4)).toBe(false);
    expect(addProgressNote(doc, 'missing', 'x', ana)).toBe(false);
    const card = cardsOf(doc).get('a');
    expect(card?.get('status')).toBe('doing');
    expect(readStatusHistory(card)).toEqual([{ status: 'doing', at: 1, by: 'p1', byName: 'Ana' }]);
    expect(readProgress(card)).toEqual([{ text: 'Première réunion', at: 3, by: 'p1', byName: 'Ana' }]);
  });

  it('stops adding notes when full', () => {
    const doc = withAction();
    for (let i = 0; i < ROADMAP_MAX_NOTES; i++) addProgressNote(doc, 'a', `note ${i}`, ana, i);
    expect(addProgressNote(doc, 'a', 'une de trop', ana)).toBe(false);
    expect(readProgress(cardsOf(doc).get('a'))).toHaveLength(ROADMAP_MAX_NOTES);
  });

  it('reads what any Yjs client wrote defensively', () => {
    const doc = withAction();
    const card = cardsOf(doc).get('a')!;
    card.set('progress', [{ text: 'ok', at: 1, by: 'p1' }, { text: 42, at: 1, by: 'p1' }, null, 'x', { text: 'sans date', by: 'p1' }]);
    card.set('statusHistory', { status: 'done' });
    expect(readRoadmapLog(card)).toEqual({ progress: [{ text: 'ok', at: 1, by: 'p1', byName: '' }], statusHistory: [] });
  });

  it('renames the writers of the record (retention), leaving blank names, others and the lead alone', () => {
    const doc = withAction();
    addProgressNote(doc, 'a', 'Ana écrit', ana, 1);
    addProgressNote(doc, 'a', 'Anonyme', { by: 'p1', byName: '' }, 2);
    addProgressNote(doc, 'a', 'Le porteur', { by: LEAD_AUTHOR, byName: 'Léa' }, 3);
    changeStatus(doc, 'a', 'done', ana, 4);
    const card = cardsOf(doc).get('a')!;
    renameLogWriters(card, (id) => (id === 'p1' ? 'Participant 1' : null));
    expect(readProgress(card).map((n) => n.byName)).toEqual(['Participant 1', '', 'Léa']);
    expect(readStatusHistory(card)[0]?.byName).toBe('Participant 1');
  });
});
