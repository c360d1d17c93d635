/** The organiser's dashboard and the RGPD actions: retention period, anonymising, erasing one's name. */
import type { WorkshopInfo } from '@shared/protocol';
import type { Dashboard } from '@shared/results/dashboard';
import { request } from './api-client';

export const privacyApi = {
  dashboard: (workshopId: string, token: string) => request<Dashboard>('GET', `/api/workshops/${workshopId}/dashboard`, undefined, token),
  /** `null` keeps names after archiving. */
  setRetention: (workshopId: string, token: string, retentionDays: number | null) =>
    request<WorkshopInfo>('PATCH', `/api/workshops/${workshopId}`, { retentionDays }, token),
  anonymise: (workshopId: string, token: string) => request<WorkshopInfo>('POST', `/api/workshops/${workshopId}/anonymise`, {}, token),
  /** Replaces the bearer's name by "Participant N" everywhere; returns that name. */
  eraseMyName: (token: string) => request<{ name: string }>('POST', '/api/me/erase-name', {}, token),
};
