/** Roadmap calls: the cards of the workshop's other boards, which actions link to. */
import type { WorkshopCardsResponse } from '@shared/workshop-cards';
import { request } from './api-client';

export const roadmapApi = {
  workshopCards: (workshopId: string, token: string) =>
    request<WorkshopCardsResponse>('GET', `/api/workshops/${workshopId}/cards`, undefined, token),
};
