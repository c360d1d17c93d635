/**
 * Fills the browser benchmark's board over the real protocol, as its participants would:
 * each joins with the workshop's code and writes their own cards, groups them into groups
 * the organiser made, then reacts, comments and votes on the others' cards.
 */
import { addCard } from '../shared/board-model';
import { addToGroup, createGroup } from '../shared/board-groups';
import { addComment, toggleReaction } from '../shared/card-comments';
import { newId } from '../shared/ids';
import type { Ack, BoardInfo, CreatedWorkshop, JoinResult } from '../shared/protocol';
import type { BoardPlan, PlannedCard } from './browser-plan';
import { actAs, type Connection, type Participant } from './browser-provider';

/** Cards (or reactions and comments) per document change: well under any per-update limit. */
const PER_CHANGE = 20;
const NAMES = [
  'Camille Martin', 'Karim Benali', 'Zoé Lefèvre', 'Élodie Müller', 'Jean-Marc Roux', 'Awa Diallo', 'Lucie Bernard',
  'Thomas Nguyen', 'Inès Moreau', 'Pierre Garnier', 'Sophie Laurent', 'Mathieu Faure', 'Chloé Girard', 'Youssef Haddad',
  'Anne Chevalier', 'Nicolas Perrin',
];
export const MAX_PARTICIPANTS = NAMES.length;

/** A POST that waits out a rate limit (429 with Retry-After) rather than failing the run. */
export async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  for (;;) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, 1_000 * Number(res.headers.get('retry-after') ?? 1)));
      continue;
    }
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export interface SeededWorkshop {
  workshop: CreatedWorkshop;
  board: BoardInfo;
  participants: Participant[];
}

/** A workshop from the standard template (its first board has five columns) and its participants. */
export async function createWorkshop(api: string, participants: number): Promise<SeededWorkshop> {
  if (participants > MAX_PARTICIPANTS) throw new Error(`At most ${MAX_PARTICIPANTS} participants`);
  const workshop = await post<CreatedWorkshop>(`${api}/api/workshops`, { title: 'Plénière — banc d’essai', template: 'rencontre-ess' });
  const joined: Participant[] = [];
  for (const name of NAMES.slice(0, participants)) {
    const result = await post<JoinResult>(`${api}/api/join`, { code: workshop.joinCode, name });
    joined.push({ id: result.participantId, token: result.participantToken, name });
  }
  return { workshop, board: workshop.boards[0]!, participants: joined };
}

async function inChanges<T>(connection: Connection, items: readonly T[], write: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i += PER_CHANGE) {
    connection.doc.transact(() => items.slice(i, i + PER_CHANGE).forEach(write));
    await connection.saved();
  }
}

async function command(connection: Connection, body: Parameters<Connection['provider']['command']>[0]): Promise<void> {
  const ack: Ack = await connection.provider.command(body);
  if (!ack.ok) throw new Error(`Facilitator command ${body.type} refused: ${ack.error.code}`);
}

export async function seedBoard(api: string, seeded: SeededWorkshop, plan: BoardPlan, votesEach: number): Promise<void> {
  const { workshop, board, participants } = seeded;
  const organiser = (work: (c: Connection) => Promise<void>) => actAs(api, board.id, workshop.organiserToken, work);
  await organiser(async (c) => c.doc.transact(() => plan.groups.forEach((g) => createGroup(c.doc, g))));

  for (const [index, person] of participants.entries()) {
    const own = plan.cards.filter((card) => card.author === index);
    await actAs(api, board.id, person.token, (c) =>
      inChanges(c, own, (card: PlannedCard) => {
        addCard(c.doc, { ...card, author: person.id, authorName: person.name, createdAt: Date.now() });
        if (card.group) addToGroup(c.doc, card.id, card.group);
      }),
    );
  }

  await organiser(async (c) => {
    await command(c, { type: 'votes.configure', perParticipant: votesEach, allowStacking: false, hideTotals: false });
    await command(c, { type: 'phase.set', phase: 'voting' });
  });
  for (const [index, person] of participants.entries()) {
    await actAs(api, board.id, person.token, async (c) => {
      const reactions = plan.cards.flatMap((card) => card.reactions.filter((r) => r.by === index).map((r) => ({ card: card.id, ...r })));
      await inChanges(c, reactions, (r) => toggleReaction(c.doc, r.card, r.reaction, person.id));
      const comments = plan.cards.flatMap((card) => card.comments.filter((m) => m.by === index).map((m) => ({ card: card.id, ...m })));
      await inChanges(c, comments, (m) =>
        addComment(c.doc, m.card, { id: newId(), author: person.id, authorName: person.name, text: m.text, replyTo: null }),
      );
      for (const cardId of plan.votes[index] ?? []) {
        const ack = await c.provider.vote({ cardId, action: 'cast' });
        if (!ack.ok) throw new Error(`Vote refused: ${ack.error.code}`);
      }
    });
  }
  // Back to writing, totals still shown: the plenary goes on with the votes on the cards.
  await organiser((c) => command(c, { type: 'phase.set', phase: 'writing' }));
}
