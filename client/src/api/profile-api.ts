/** Who participants speak for (shared/structure-kinds.ts): everyone's kinds, and changing one's own profile. */
import type { AuthorKindsResult, ParticipantInfo, ProfileInput } from '@shared/protocol';
import { request } from './api-client';

export const profileApi = {
  kinds: (workshopId: string, token: string) => request<AuthorKindsResult>('GET', `/api/workshops/${workshopId}/kinds`, undefined, token),
  /** `null` clears the profile. */
  setProfile: (token: string, profile: ProfileInput | null) => request<ParticipantInfo>('PATCH', '/api/me', { profile }, token),
};
