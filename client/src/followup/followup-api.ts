/** The lead's calls: the follow-up token from the page's address is their bearer. */
import type { FollowupAction } from '@shared/followup';
import type { RoadmapStatus } from '@shared/roadmap';
import { request } from '../api/api-client';

export const followupApi = {
  read: (token: string) => request<FollowupAction>('GET', '/api/followup', undefined, token),
  setStatus: (token: string, status: RoadmapStatus, name: string) => request<FollowupAction>('POST', '/api/followup/status', { status, name }, token),
  addNote: (token: string, text: string, name: string) => request<FollowupAction>('POST', '/api/followup/notes', { text, name }, token),
};
