/** The public restitution's API: the organiser's choice, its preview, and the public read. */
import { PREVIEW_SEGMENT, type PublicationChoice, type Restitution } from '@shared/publication';
import { ApiRequestError, request } from '../api/api-client';

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/publication`;

/** What the public address holds: the restitution, or why there is none. */
export type PublicRead = { state: 'live'; restitution: Restitution } | { state: 'withdrawn' } | { state: 'missing' };

export const publicationApi = {
  /** null: nothing published (or withdrawn). */
  current: (workshopId: string, token: string) =>
    request<PublicationChoice>('GET', base(workshopId), undefined, token).catch((err: unknown) => {
      if (err instanceof ApiRequestError && err.status === 404) return null;
      throw err;
    }),
  publish: (workshopId: string, token: string, boards: readonly string[], indexable: boolean) =>
    request<PublicationChoice>('POST', base(workshopId), { boards, indexable }, token),
  withdraw: (workshopId: string, token: string) => request<null>('DELETE', base(workshopId), undefined, token),
  preview: (workshopId: string, token: string, boards: readonly string[]) =>
    request<Restitution>('GET', `${base(workshopId)}/preview?${new URLSearchParams({ boards: boards.join(',') })}`, undefined, token),
  read: async (slug: string): Promise<PublicRead> => {
    try {
      return { state: 'live', restitution: await request<Restitution>('GET', `/api/publications/${encodeURIComponent(slug)}`) };
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 410) return { state: 'withdrawn' };
      if (err instanceof ApiRequestError && err.status === 404) return { state: 'missing' };
      throw err;
    }
  },
};

/** The organiser's preview of a choice: `/r/apercu/<workshop>?boards=a,b`, opened in a new tab. */
export const previewPath = (workshopId: string, boards: readonly string[]) =>
  `/r/${PREVIEW_SEGMENT}/${encodeURIComponent(workshopId)}?${new URLSearchParams({ boards: boards.join(',') })}`;
