/**
 * The words and date formats of the exported reports, in French (the default: the readers
 * are French elected officials) and English. Pure: no I/O, so every format and test shares it.
 */
import type { LeadKind, RoadmapStatus } from '@shared/roadmap';
import type { StructureKind } from '@shared/structure-kinds';

export type ReportLang = 'fr' | 'en';

/**
 * Times are shown on the wall clock of the workshop's audience, not the server's zone
 * (a container usually runs in UTC, which would put a 10:00 card at 09:00).
 */
export const REPORT_TIME_ZONE = 'Europe/Paris';

export interface ReportLabels {
  lang: ReportLang;
  report: string;
  date: string;
  place: string;
  participation: string;
  participants: string;
  cards: string;
  votes: string;
  comments: string;
  board: string;
  table: string;
  tables: string;
  column: string;
  group: string;
  text: string;
  author: string;
  reactions: string;
  createdAt: string;
  action: string;
  lead: string;
  partners: string;
  due: string;
  status: string;
  links: string;
  otherColumn: string;
  anonymousNote: string;
  generatedBy: string;
  reply: string;
  statuses: Record<RoadmapStatus, string>;
  /** The one-page summary that opens the report, and its parts. */
  summary: string;
  topCards: string;
  roadmap: string;
  card: string;
  noVotes: string;
  /** A table's description for screen readers: what one row is, then its columns. */
  rowPer: (item: 'card' | 'action' | 'kind', columns: readonly string[]) => string;
  leadKinds: Record<LeadKind, string>;
  /** The author's profile (shared/structure-kinds.ts) and the table of figures per kind. */
  kind: string;
  organisation: string;
  byKind: string;
  noKind: string;
  structureKinds: Record<StructureKind, string>;
  /** "3 votes", "1 vote". */
  voteCount: (n: number) => string;
  /** Separates a label from its value: French typography puts a space before the colon. */
  colon: string;
}

const FR: ReportLabels = {
  lang: 'fr',
  report: 'Compte rendu',
  date: 'Date',
  place: 'Lieu',
  participation: 'Participation',
  participants: 'Participants',
  cards: 'Cartes',
  votes: 'Votes',
  comments: 'Commentaires',
  board: 'Tableau',
  table: 'Table',
  tables: 'Tables',
  column: 'Colonne',
  group: 'Groupe',
  text: 'Texte',
  author: 'Auteur',
  reactions: 'Réactions',
  createdAt: 'Créée le',
  action: 'Action',
  lead: 'Porteur',
  partners: 'Partenaires',
  due: 'Échéance',
  status: 'Statut',
  links: 'Liens',
  otherColumn: 'Autres',
  anonymousNote: 'Les noms des participants sont remplacés par « Participant N ».',
  generatedBy: 'Document produit avec Coatelier',
  reply: 'Réponse',
  statuses: { todo: 'À lancer', doing: 'En cours', done: 'Fait' },
  summary: 'En bref',
  topCards: 'Les cartes les plus votées',
  roadmap: 'Feuille de route',
  card: 'Carte',
  noVotes: 'Aucune carte n’a reçu de vote.',
  rowPer: (item, columns) => `Une ligne par ${{ card: 'carte', action: 'action', kind: 'type de structure' }[item]}\u00a0: ${columns.join(', ')}.`,
  leadKinds: { commune: 'Commune', epci: 'EPCI / intercommunalité', departement: 'Département', region: 'Région', metropole: 'Métropole', etat: 'État', partenaire: 'Partenaire' },
  kind: 'Type de structure',
  organisation: 'Organisation',
  byKind: 'Par type de structure',
  noKind: 'Non précisé',
  structureKinds: {
    commune: 'Commune',
    epci: 'Intercommunalité (EPCI)',
    departement: 'Département',
    region: 'Région',
    metropole: 'Métropole',
    etat: 'Services de l’État',
    scic: 'SCIC',
    association: 'Association',
    entreprise: 'Entreprise de l’ESS',
    reseau: 'Réseau (CRESS, RTES…)',
    recherche: 'Recherche',
    autre: 'Autre',
  },
  voteCount: (n) => `${n} vote${n > 1 ? 's' : ''}`,
  colon: '\u00a0: ',
};

const EN: ReportLabels = {
  lang: 'en',
  report: 'Report',
  date: 'Date',
  place: 'Place',
  participation: 'Participation',
  participants: 'Participants',
  cards: 'Cards',
  votes: 'Votes',
  comments: 'Comments',
  board: 'Board',
  table: 'Table',
  tables: 'Tables',
  column: 'Column',
  group: 'Group',
  text: 'Text',
  author: 'Author',
  reactions: 'Reactions',
  createdAt: 'Created',
  action: 'Action',
  lead: 'Lead',
  partners: 'Partners',
  due: 'Due',
  status: 'Status',
  links: 'Links',
  otherColumn: 'Other',
  anonymousNote: 'Participant names are replaced by “Participant N”.',
  generatedBy: 'Document produced with Coatelier',
  reply: 'Reply',
  statuses: { todo: 'To start', doing: 'In progress', done: 'Done' },
  summary: 'At a glance',
  topCards: 'Most-voted cards',
  roadmap: 'Roadmap',
  card: 'Card',
  noVotes: 'No card received a vote.',
  rowPer: (item, columns) => `One row per ${{ card: 'card', action: 'action', kind: 'kind of structure' }[item]}: ${columns.join(', ')}.`,
  leadKinds: { commune: 'Municipality', epci: 'EPCI / inter-municipality', departement: 'Département', region: 'Region', metropole: 'Metropolitan authority', etat: 'State services', partenaire: 'Partner' },
  kind: 'Kind of structure',
  organisation: 'Organisation',
  byKind: 'By kind of structure',
  noKind: 'Not given',
  structureKinds: {
    commune: 'Municipality',
    epci: 'Inter-municipality (EPCI)',
    departement: 'Département',
    region: 'Region',
    metropole: 'Metropolitan authority',
    etat: 'State services',
    scic: 'SCIC',
    association: 'Association',
    entreprise: 'Social economy enterprise',
    reseau: 'Network (CRESS, RTES…)',
    recherche: 'Research',
    autre: 'Other',
  },
  voteCount: (n) => `${n} vote${n === 1 ? '' : 's'}`,
  colon: ': ',
};

export function reportLabels(lang: ReportLang): ReportLabels {
  return lang === 'en' ? EN : FR;
}

/** The language tag an office file declares (docx runs, xlsx properties): screen readers read by it. */
export const reportLocale = (lang: ReportLang) => (lang === 'en' ? 'en-GB' : 'fr-FR');

// Built once: creating an Intl formatter costs far more than formatting with it.
const dayFormats: Record<ReportLang, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(reportLocale('fr'), { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(reportLocale('en'), { dateStyle: 'long', timeZone: 'UTC' }),
};

/** `2026-12-03` → "3 décembre 2026" / "3 December 2026" (a calendar day: no time zone shift). */
export function formatDay(day: string, lang: ReportLang): string {
  return dayFormats[lang].format(new Date(`${day}T00:00:00Z`));
}

const wallClockParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: REPORT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The instant as a Date whose UTC fields hold the report's wall-clock time: spreadsheet
 * dates carry no zone, and exceljs writes a Date's UTC fields.
 */
export function wallClock(ms: number): Date {
  const p = Object.fromEntries(wallClockParts.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0));
}

/** "2026-12-03 14:05": sortable, and read as a date by spreadsheet software. */
export function formatTimestamp(ms: number): string {
  return wallClock(ms).toISOString().slice(0, 16).replace('T', ' ');
}
