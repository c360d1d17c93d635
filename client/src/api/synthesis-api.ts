/** Synthesis across tables: tables, synthesis board and its refresh, merging cards, carrying into the roadmap. */
import type { CarriedCards, MergeResult, RefreshResult, RoadmapActionResult, SynthesisResult, TablesResult } from '@shared/synthesis';
import { request } from './api-client';

export const synthesisApi = {
  createTables: (boardId: string, count: number, token: string) =>
    request<TablesResult>('POST', `/api/boards/${boardId}/tables`, { count }, token),
  /** Creates the synthesis of a board's tables, or returns the one already made. */
  openSynthesis: (boardId: string, token: string) => request<SynthesisResult>('POST', `/api/boards/${boardId}/synthesis`, {}, token),
  /** Copies into the synthesis the cards its tables wrote since. */
  refresh: (synthesisId: string, token: string) => request<RefreshResult>('POST', `/api/boards/${synthesisId}/synthesis/refresh`, {}, token),
  /** `text`: the wording kept; without it, every card's text is kept. */
  merge: (boardId: string, into: string, cards: string[], token: string, text?: string) =>
    request<MergeResult>('POST', `/api/boards/${boardId}/merge`, { into, cards, text }, token),
  toRoadmap: (boardId: string, cardId: string, token: string) =>
    request<RoadmapActionResult>('POST', `/api/boards/${boardId}/cards/${cardId}/to-roadmap`, {}, token),
  carried: (boardId: string, token: string) => request<CarriedCards>('GET', `/api/boards/${boardId}/carried`, undefined, token),
};
