/**
 * Roadmap actions: cards of a `roadmap` board carry structured fields beside their text
 * (the action itself). Each field is its own key in the card's Y.Map, so two people editing
 * the lead and the due date at once never overwrite each other. `links` names the cards
 * the action answers, as `<boardId>/<cardId>`.
 */
import type * as Y from 'yjs';
import { cardsOf } from './board-model';

export const ROADMAP_STATUSES = ['todo', 'doing', 'done'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Who carries an action: one of the local authorities, or a partner. */
export const LEAD_KINDS = ['commune', 'epci', 'departement', 'region', 'metropole', 'etat', 'partenaire'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

export const ROADMAP_TEXT_MAX_CHARS = 200;
export const ROADMAP_MAX_LINKS = 20;
/** `<boardId>/<cardId>`: two ids and a slash (the backup's bound). */
export const ROADMAP_LINK_MAX_CHARS = 170;

export interface RoadmapFields {
  leadKind: LeadKind | null;
  /** Which one: "Ville de Tours", "Région Centre-Val de Loire", "Cap Emploi"… */
  leadName: string;
  /** ESS and SCIC partners, free text. */
  partners: string;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  status: RoadmapStatus;
  links: string[];
}

const ROADMAP_FIELDS = ['leadKind', 'leadName', 'partners', 'due', 'status', 'links'] as const satisfies readonly (keyof RoadmapFields)[];

export const EMPTY_ROADMAP: RoadmapFields = { leadKind: null, leadName: '', partners: '', due: null, status: 'todo', links: [] };

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

export const cardLink = (boardId: string, cardId: string) => `${boardId}/${cardId}`;
export function parseCardLink(link: string): { boardId: string; cardId: string } | null {
  const [boardId, cardId, ...rest] = link.split('/');
  return boardId && cardId && rest.length === 0 ? { boardId, cardId } : null;
}

/** Reads the fields defensively (any Yjs client can write the document). */
export function readRoadmap(map: Y.Map<unknown> | undefined): RoadmapFields {
  if (!map) return EMPTY_ROADMAP;
  const str = (key: string) => {
    const v = map.get(key);
    return typeof v === 'string' ? v.slice(0, ROADMAP_TEXT_MAX_CHARS) : '';
  };
  const leadKind = map.get('leadKind');
  const due = map.get('due');
  const status = map.get('status');
  const links = map.get('links');
  return {
    leadKind: isOneOf(LEAD_KINDS, leadKind) ? leadKind : null,
    leadName: str('leadName'),
    partners: str('partners'),
    due: typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
    status: isOneOf(ROADMAP_STATUSES, status) ? status : 'todo',
    // Bounded as on writing: a document written by another client may hold any number.
    links: Array.isArray(links)
      ? links.filter((l): l is string => typeof l === 'string' && l.length <= ROADMAP_LINK_MAX_CHARS && parseCardLink(l) !== null).slice(0, ROADMAP_MAX_LINKS)
      : [],
  };
}

export function roadmapOf(doc: Y.Doc, cardId: string): RoadmapFields {
  return readRoadmap(cardsOf(doc).get(cardId));
}

/** Sets some fields of an action; the others are left as they are. */
export function setRoadmapFields(doc: Y.Doc, cardId: string, patch: Partial<RoadmapFields>): void {
  const card = cardsOf(doc).get(cardId);
  if (!card) return;
  doc.transact(() => {
    // The known fields only: a patch parsed from JSON may hold any key, "__proto__" included.
    for (const key of ROADMAP_FIELDS) {
      const value = patch[key];
      if (value === undefined) continue;
      if (key === 'links') card.set(key, [...new Set(value as string[])].slice(0, ROADMAP_MAX_LINKS));
      else if (typeof value === 'string') card.set(key, value.slice(0, ROADMAP_TEXT_MAX_CHARS));
      else card.set(key, value);
    }
  });
}
