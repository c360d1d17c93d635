/** Synthesis across tables: tables, synthesis board, merging cards, carrying into the roadmap. */
import type { MergeResult, RoadmapActionResult, SynthesisResult, TablesResult } from '@shared/synthesis';
import { request } from './api-client';

export const synthesisApi = {
  createTables: (boardId: string, count: number, token: string) =>
    request<TablesResult>('POST', `/api/boards/${boardId}/tables`, { count }, token),
  /** Creates the synthesis of a board's tables, or returns the one already made. */
  openSynthesis: (boardId: string, token: string) => request<SynthesisResult>('POST', `/api/boards/${boardId}/synthesis`, {}, token),
  merge: (boardId: string, into: string, cards: string[], token: string) =>
    request<MergeResult>('POST', `/api/boards/${boardId}/merge`, { into, cards }, token),
  toRoadmap: (boardId: string, cardId: string, token: string) =>
    request<RoadmapActionResult>('POST', `/api/boards/${boardId}/cards/${cardId}/to-roadmap`, {}, token),
};
