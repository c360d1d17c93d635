/**
 * What the browser benchmark writes into its board, decided before anything is sent: cards
 * of 5-30 French words spread over the columns, some grouped, some with reactions, comments
 * and votes, so that the card summary has something to show. Seeded, so that every run and
 * every version of the client opens the same board.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { CARD_COLORS, type CardColor } from '../shared/board-model';
import { REACTIONS, type Reaction } from '../shared/card-comments';

/** Participant 0 is the person in the browser, participant 1 the one typing remotely. */
export const LOCAL_AUTHOR = 0;
export const REMOTE_AUTHOR = 1;

/** Shares of cards that carry each kind of extra; votes are bounded by each person's budget. */
const SHARES = { grouped: 0.2, reacted: 0.3, commented: 0.15 } as const;
const GROUPS_PER_COLUMN = 3;
const MAX_REACTIONS_PER_CARD = 4;
const MAX_COMMENTS_PER_CARD = 2;
const CARD_WORDS = { min: 5, max: 30 } as const;
const COMMENT_WORDS = { min: 3, max: 12 } as const;

export interface PlannedCard {
  id: string;
  column: string;
  order: string;
  /** Index of the participant who writes it. */
  author: number;
  text: string;
  color: CardColor;
  group: string | null;
  reactions: { reaction: Reaction; by: number }[];
  comments: { by: number; text: string }[];
}

export interface PlannedGroup {
  id: string;
  column: string;
  title: string;
}

export interface BoardPlan {
  groups: PlannedGroup[];
  cards: PlannedCard[];
  /** Card ids each participant votes for (distinct, within the budget). */
  votes: string[][];
  /** First card of the first column (and of its first group), by the browser's participant: typed into locally. */
  localCard: string;
  /** First card of the second column (and of its first group), by participant 1: typed into remotely. */
  remoteCard: string;
}

/** mulberry32: a small seeded generator, enough to pick words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** Ids shaped like the client's (shared/ids.ts), drawn from the seeded generator. */
function plannedId(random: () => number): string {
  return Array.from({ length: 12 }, () => pick(random, [...ID_ALPHABET])).join('');
}

const FRAGMENTS = [
  'associer les habitants', 'dès le départ du projet', 'la prise de parts au capital', 'reste difficile à expliquer',
  'aux élus du conseil municipal', 'un guide pratique', 'sur le cadre juridique des SCIC', 'manque encore',
  'les financements croisés', 'ralentissent les décisions', 'une présence régulière aux conseils d’administration',
  'demande du temps', 'former les agents', 'à la coopération', 'les collectivités voisines', 'pourraient mutualiser',
  'un poste d’animation', 'partager les retours d’expérience', 'entre territoires ruraux et urbains',
  'clarifier le rôle de chacun', 'dans la gouvernance', 'les associations locales', 'ont peur de perdre la main',
  'un calendrier commun', 'avec la région et le département', 'la commande publique responsable',
  'ouvre des pistes intéressantes', 'simplifier les conventions', 'pour les petites structures', 'mieux valoriser',
  'le bénévolat', 'dans les bilans', 'créer un lieu ressource', 'à l’échelle de l’intercommunalité',
  'les jeunes', 'ne connaissent pas l’économie sociale et solidaire', 'organiser des visites', 'de coopératives qui marchent',
  'un fonds d’amorçage', 'pour les projets collectifs', 'la transition alimentaire', 'au cœur des cantines scolaires',
  'suivre des indicateurs', 'd’impact social', 'sans alourdir les dossiers', 'un référent unique', 'pour chaque projet',
  'les délais de paiement', 'fragilisent la trésorerie', 'co-construire le cahier des charges', 'avec les usagers',
] as const;

/** A sentence of `min` to `max` words, capitalised, ending with a full stop. */
export function plannedText(random: () => number, min: number, max: number): string {
  const target = between(random, min, max);
  const words: string[] = [];
  while (words.length < target) words.push(...pick(random, FRAGMENTS).split(' '));
  const sentence = words.slice(0, target).join(' ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** Distinct (reaction, person) pairs: a reaction is toggled, so a repeated pair would undo itself. */
function plannedReactions(random: () => number, count: number, someone: () => number): PlannedCard['reactions'] {
  const byKey = new Map<string, PlannedCard['reactions'][number]>();
  for (let i = 0; i < count; i++) {
    const reaction = { reaction: pick(random, REACTIONS), by: someone() };
    byKey.set(`${reaction.reaction} ${reaction.by}`, reaction);
  }
  return [...byKey.values()];
}

export interface PlanOptions {
  cards: number;
  columns: readonly string[];
  /** How many participants write (at least 2: the browser's and the remote typist). */
  participants: number;
  /** Votes each participant casts (the facilitator's per-participant budget). */
  votesEach: number;
  seed: number;
}

export function planBoard({ cards: count, columns, participants, votesEach, seed }: PlanOptions): BoardPlan {
  if (columns.length < 2 || participants < 2 || count < 2) throw new Error('A plan needs two columns, two participants and two cards');
  const random = seededRandom(seed);
  const groups = columns.flatMap((column) =>
    Array.from({ length: GROUPS_PER_COLUMN }, (_, g) => ({ id: plannedId(random), column, title: `Piste ${g + 1}` })),
  );
  const columnOf = (i: number) => columns[i % columns.length]!;
  // Keys in column order, handed out as cards are planned: card i is the last of its column so far.
  const orders = columns.map((_, c) => generateNKeysBetween(null, null, Math.ceil((count - c) / columns.length)));
  const cards = Array.from({ length: count }, (_, i): PlannedCard => {
    const column = columnOf(i);
    const author = i === 0 ? LOCAL_AUTHOR : i === 1 ? REMOTE_AUTHOR : between(random, 0, participants - 1);
    const others = () => (author + between(random, 1, participants - 1)) % participants;
    const columnGroups = groups.filter((g) => g.column === column);
    return {
      id: plannedId(random),
      column,
      order: orders[i % columns.length]![Math.floor(i / columns.length)]!,
      author,
      text: plannedText(random, CARD_WORDS.min, CARD_WORDS.max),
      color: random() < 0.6 ? 'yellow' : pick(random, CARD_COLORS),
      // The two typed cards lead their column's first group: on screen whether a client draws
      // groups before loose cards or cards in their order, windowed or not.
      group: i <= 1 ? columnGroups[0]!.id : random() < SHARES.grouped ? pick(random, columnGroups).id : null,
      reactions: random() < SHARES.reacted ? plannedReactions(random, between(random, 1, MAX_REACTIONS_PER_CARD), others) : [],
      comments:
        random() < SHARES.commented
          ? Array.from({ length: between(random, 1, MAX_COMMENTS_PER_CARD) }, () => ({
              by: others(),
              text: plannedText(random, COMMENT_WORDS.min, COMMENT_WORDS.max),
            }))
          : [],
    };
  });
  const votes = Array.from({ length: participants }, () => {
    const chosen = new Set<string>();
    while (chosen.size < Math.min(votesEach, count)) chosen.add(pick(random, cards).id);
    return [...chosen];
  });
  return { groups, cards, votes, localCard: cards[0]!.id, remoteCard: cards[1]!.id };
}
