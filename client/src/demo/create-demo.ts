/**
 * Creates the sample workshop (marked as a demo: the server deletes it after a day) and
 * plays a short day in it through the same API and sessions as anyone: participants join
 * with the code, the organiser writes the boards, runs a vote whose totals are revealed,
 * opens two tables on the practices board and gathers them into a synthesis. Independent
 * steps run at once, so that the example is ready in a couple of seconds.
 */
import { toggleReaction } from '@shared/card-comments';
import { newId } from '@shared/ids';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '@shared/protocol';
import { cardLink } from '@shared/roadmap';
import { api, request } from '../api/api-client';
import { structureApi } from '../api/structure-api';
import { synthesisApi } from '../api/synthesis-api';
import { localDay } from '../roadmap/roadmap-table';
import { DEMO_REACTIONS, DEMO_TABLES, DEMO_VOTES, TABLES_BOARD, VOTE_BOARD, VOTE_POINTS } from './demo-activity';
import { connectAll, onBoard, type DemoConnection } from './demo-connection';
import { DEMO_BOARDS, DEMO_PLACE, DEMO_TITLE, SCIC_BOARD, SCIC_COLUMNS, type DemoAction } from './demo-content';
import { DEMO_PEOPLE, PERSON_KEYS, type PersonKey } from './demo-people';
import { writeCards, writeDiscussion, type Authors, type BoardWrite } from './demo-writes';

const DAY_MS = 86_400_000;

async function joinPeople(code: string): Promise<Record<PersonKey, JoinResult>> {
  const joined = await Promise.all(
    PERSON_KEYS.map(async (key) => {
      const { name, kind, organisation } = DEMO_PEOPLE[key];
      return [key, await api.join(code, name, { kind, organisation })] as const;
    }),
  );
  return Object.fromEntries(joined) as Record<PersonKey, JoinResult>;
}

/** One after the other: each rename rewrites the board's whole list of columns. */
async function nameScicColumns(board: BoardInfo, token: string): Promise<void> {
  for (const [i, column] of board.columns.entries()) {
    const title = SCIC_COLUMNS[i];
    if (title) await structureApi.renameColumn(board.id, column.id, token, title);
  }
}

/**
 * Cards written, then a vote on them: configured, opened, cast by each person (who also
 * reacts), totals revealed. Everyone's session opens at once, the organiser's among them.
 */
async function runVote(write: BoardWrite, people: Record<PersonKey, JoinResult>, token: string): Promise<void> {
  const boardId = write.board.id;
  const sessions = await connectAll(boardId, [token, ...PERSON_KEYS.map((key) => people[key].participantToken)]);
  const [organiser, ...voters] = sessions as [DemoConnection, ...DemoConnection[]];
  try {
    writeCards(organiser.doc, write);
    writeDiscussion(organiser.doc, VOTE_BOARD, write);
    await organiser.saved();
    await organiser.command({ type: 'votes.configure', perParticipant: VOTE_POINTS, allowStacking: false, hideTotals: true });
    await organiser.command({ type: 'phase.set', phase: 'voting' });
    await Promise.all(
      PERSON_KEYS.map(async (key, n) => {
        const person = voters[n]!;
        const reactions = DEMO_REACTIONS.filter((r) => r.by === key).flatMap((r) => (write.ids[r.card] ? [{ ...r, cardId: write.ids[r.card]! }] : []));
        await person.holds(reactions.map((r) => r.cardId));
        person.doc.transact(() => reactions.forEach((r) => toggleReaction(person.doc, r.cardId, r.reaction, people[key].participantId)));
        const votes = (DEMO_VOTES[key] ?? []).flatMap((card) => write.ids[card] ?? []);
        await Promise.all([person.saved(), ...votes.map((cardId) => person.vote({ cardId, action: 'cast' }))]);
      }),
    );
    await organiser.command({ type: 'votes.reveal', revealed: true });
  } finally {
    for (const session of sessions) session.close();
  }
}

/** The practices board and its two tables written at once, then gathered into a synthesis. */
async function runTables(write: BoardWrite, tables: BoardInfo[], token: string): Promise<BoardInfo> {
  await Promise.all([
    onBoard(write.board.id, token, (c) => {
      writeCards(c.doc, write);
      writeDiscussion(c.doc, TABLES_BOARD, write);
    }),
    ...tables.map((table, t) => {
      const cards = DEMO_TABLES[t] ?? [];
      const tableWrite = { ...write, board: table, cards, ids: cards.map(() => newId()), start: write.start + 1_800_000 };
      return onBoard(table.id, token, (c) => writeCards(c.doc, tableWrite));
    }),
  ]);
  return (await synthesisApi.openSynthesis(write.board.id, token)).board;
}

export async function createDemoWorkshop(): Promise<CreatedWorkshop> {
  const workshop = await request<CreatedWorkshop>('POST', '/api/workshops', {
    title: DEMO_TITLE,
    template: 'rencontre-ess',
    place: DEMO_PLACE,
    demo: true,
  });
  const token = workshop.organiserToken;
  const boards = workshop.boards;
  const boardAt = (place: number): BoardInfo => {
    const board = boards[place];
    if (!board) throw new Error(`The template has no board ${place}`);
    return board;
  };
  const [people, { boards: tables }] = await Promise.all([
    joinPeople(workshop.joinCode),
    synthesisApi.createTables(boardAt(TABLES_BOARD).id, DEMO_TABLES.length, token),
    nameScicColumns(boardAt(SCIC_BOARD), token),
  ]);
  const authors = Object.fromEntries(PERSON_KEYS.map((key) => [key, people[key].participantId])) as Authors;
  const start = Date.now() - 3_600_000;
  // Ids chosen beforehand, so that roadmap actions can link to cards of the other boards.
  const ids = DEMO_BOARDS.map((cards) => cards.map(() => newId()));
  const fieldsOf = (action: DemoAction) => ({
    leadKind: action.leadKind,
    leadName: action.leadName,
    partners: action.partners,
    status: action.status,
    due: action.dueInDays === null ? null : localDay(new Date(start + action.dueInDays * DAY_MS)),
    links: action.answers.flatMap(([b, c]) => {
      const id = ids[b]?.[c];
      return boards[b] && id ? [cardLink(boards[b].id, id)] : [];
    }),
  });
  const write = (place: number): BoardWrite => ({
    board: boardAt(place),
    cards: DEMO_BOARDS[place] ?? [],
    ids: ids[place] ?? [],
    authors,
    start,
    fieldsOf,
  });
  const others = boards.flatMap((_, place) =>
    place === VOTE_BOARD || place === TABLES_BOARD
      ? []
      : [
          onBoard(boardAt(place).id, token, (c) => {
            writeCards(c.doc, write(place));
            writeDiscussion(c.doc, place, write(place));
          }),
        ],
  );
  const [, synthesis] = await Promise.all([runVote(write(VOTE_BOARD), people, token), runTables(write(TABLES_BOARD), tables, token), ...others]);
  // The tables and their synthesis right after the board they work on, as the day runs.
  const order = [...boards.slice(0, TABLES_BOARD + 1), ...tables, synthesis, ...boards.slice(TABLES_BOARD + 1)];
  await structureApi.reorderBoards(workshop.id, token, order.map((b) => b.id));
  return workshop;
}
