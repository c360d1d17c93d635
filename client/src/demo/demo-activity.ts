/**
 * What happens on the demo's boards besides writing: a vote on the difficulties with its
 * totals revealed, reactions, comments and replies, groups, and two tables working on the
 * practices board, gathered into a synthesis. Cards are named by their place in
 * DEMO_BOARDS ([board, card]); everything is fixed, so that every demo looks the same.
 */
import type { CardColor } from '@shared/board-model';
import type { Reaction } from '@shared/card-comments';
import type { PersonKey } from './demo-people';

/** The board voted on (Difficultés), and the board worked on by two tables (Pratiques). */
export const VOTE_BOARD = 0;
export const TABLES_BOARD = 1;
export const VOTE_POINTS = 3;

/** Each person's three points on the vote board, by card place. */
export const DEMO_VOTES: Readonly<Partial<Record<PersonKey, readonly number[]>>> = {
  claire: [4, 0, 6],
  karim: [1, 4, 9],
  sophie: [2, 4, 7],
  marc: [3, 4, 11],
  ines: [5, 3, 10],
  paul: [6, 7, 4],
  lea: [8, 0, 1],
  nadia: [11, 5, 3],
};

export interface DemoReaction {
  card: number;
  by: PersonKey;
  reaction: Reaction;
}

/** Given on the vote board by the people voting there (a reaction is always its giver's own). */
export const DEMO_REACTIONS: readonly DemoReaction[] = [
  { card: 4, by: 'karim', reaction: '🎯' },
  { card: 4, by: 'paul', reaction: '👍' },
  { card: 4, by: 'sophie', reaction: '👍' },
  { card: 0, by: 'lea', reaction: '💡' },
  { card: 1, by: 'claire', reaction: '👍' },
  { card: 5, by: 'marc', reaction: '❓' },
  { card: 10, by: 'nadia', reaction: '❤️' },
];

export interface DemoComment {
  board: number;
  card: number;
  by: PersonKey;
  text: string;
  replies?: readonly { by: PersonKey; text: string }[];
}

export const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    board: 0,
    card: 4,
    by: 'marc',
    text: 'Le plafond vaut pour l’ensemble des collectivités, pas pour chacune : à écrire noir sur blanc dans la fiche.',
    replies: [{ by: 'karim', text: 'Le RTES a une note à jour, je la partage après la rencontre.' }],
  },
  {
    board: 0,
    card: 0,
    by: 'lea',
    text: 'Une demi-journée de découverte avant chaque mandat aiderait.',
    replies: [{ by: 'claire', text: 'Oui, et une visite sur place plutôt qu’une présentation en salle.' }],
  },
  { board: 1, card: 6, by: 'nadia', text: 'Chez Biau Jardin, la cantine représente un tiers des ventes.' },
  {
    board: 2,
    card: 0,
    by: 'ines',
    text: 'Combien de sociétaires aujourd’hui ?',
    replies: [{ by: 'nadia', text: 'Un peu plus de 600, dont la commune et trois entreprises.' }],
  },
];

export interface DemoGroup {
  board: number;
  column: number;
  title: string;
  cards: readonly number[];
}

export const DEMO_GROUPS: readonly DemoGroup[] = [
  { board: 0, column: 1, title: 'Prise de parts', cards: [3, 4] },
  { board: 1, column: 1, title: 'Outils juridiques partagés', cards: [3, 4] },
];

export interface TableCard {
  column: number;
  text: string;
  author: PersonKey;
  color: CardColor;
}

/** What each of the two tables wrote on its copy of the practices board. */
export const DEMO_TABLES: readonly (readonly TableCard[])[] = [
  [
    { column: 0, text: 'Un comité de suivi annuel avec les sociétaires publics et privés.', author: 'paul', color: 'green' },
    { column: 1, text: 'Un guichet unique ESS dans les services économiques.', author: 'sophie', color: 'blue' },
    { column: 2, text: 'Une SCIC de rénovation énergétique soutenue par la métropole.', author: 'ines', color: 'yellow' },
    { column: 3, text: 'Inviter une SCIC à chaque commission économie.', author: 'claire', color: 'pink' },
  ],
  [
    { column: 0, text: 'Associer les habitants dès le diagnostic de territoire.', author: 'lea', color: 'purple' },
    { column: 1, text: 'Une avance de trésorerie remboursable pour les SCIC naissantes.', author: 'marc', color: 'orange' },
    { column: 2, text: 'Épicerie solidaire en SCIC dans un bourg de 2 000 habitants.', author: 'nadia', color: 'green' },
    { column: 3, text: 'Un marché réservé test avant d’en faire une règle.', author: 'karim', color: 'blue' },
  ],
];
