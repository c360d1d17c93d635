/**
 * Which cards of a board a roadmap's actions answer: an action links to the cards it was made
 * from (`links`, `<boardId>/<cardId>`, shared/roadmap.ts), so the board can say "Dans la
 * feuille de route" and point at the action.
 */
import type * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import { readRoadmap } from '@shared/roadmap';
import type { CarriedCard } from '@shared/synthesis';

export function carriedFrom(roadmap: Y.Doc, roadmapBoardId: string, boardId: string): CarriedCard[] {
  const prefix = `${boardId}/`;
  const carried: CarriedCard[] = [];
  for (const [actionId, map] of cardsOf(roadmap)) {
    for (const link of readRoadmap(map).links) {
      if (link.startsWith(prefix)) carried.push({ cardId: link.slice(prefix.length), roadmapBoardId, actionId });
    }
  }
  return carried;
}
