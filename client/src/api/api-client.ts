/** The JSON API, typed from the shared protocol. Errors carry the server's code and message. */
import type {
  ApiError,
  CreatedWorkshop,
  DraftAuthor,
  InviteLink,
  InviteRole,
  JoinResult,
  LinkRole,
  ProfileInput,
  RedeemResult,
  WorkshopInfo,
} from '@shared/protocol';
import { RENEWED_TOKEN_HEADER } from '@shared/protocol-constants';
import type { TemplateId } from '@shared/templates';
import { renewSessionToken } from '../identity/identity-store';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's stable refusal key, when it gives one (see refusal-text.ts). */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export async function request<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'network');
  }
  const renewed = res.headers.get(RENEWED_TOKEN_HEADER);
  if (renewed && token) renewSessionToken(token, renewed);
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as ApiError | null)?.error;
    throw new ApiRequestError(res.status, error?.code ?? 'internal', error?.message ?? res.statusText, error?.reason);
  }
  return data as T;
}

export interface BoardActivity {
  boardId: string;
  cards: number;
  people: number;
}

export const api = {
  createWorkshop: (input: { title: string; template: TemplateId; date?: string; place?: string }) =>
    request<CreatedWorkshop>('POST', '/api/workshops', input),
  join: (code: string, name: string, profile?: ProfileInput) => request<JoinResult>('POST', '/api/join', { code, name, profile }),
  workshop: (id: string, token: string) => request<WorkshopInfo>('GET', `/api/workshops/${id}`, undefined, token),
  createLink: (id: string, token: string, role: InviteRole, boardId?: string) =>
    request<InviteLink>('POST', `/api/workshops/${id}/links`, { role, ...(boardId ? { boardId } : {}) }, token),
  revokeLinks: (id: string, token: string, role: LinkRole) =>
    request<WorkshopInfo>('POST', `/api/workshops/${id}/links/revoke`, { role }, token),
  /** Ends every organiser link and session; the answer is the caller's fresh organiser token. */
  revokeOrganisers: (id: string, token: string) =>
    request<{ organiserToken: string }>('POST', `/api/workshops/${id}/organiser/revoke`, undefined, token),
  archive: (id: string, token: string, archived: boolean) =>
    request<WorkshopInfo>('POST', `/api/workshops/${id}/archive`, { archived }, token),
  participants: (workshopId: string, token: string) =>
    request<{ participants: { id: string; name: string }[] }>('GET', `/api/workshops/${workshopId}/participants`, undefined, token),
  draftAuthors: (boardId: string, token: string) =>
    request<{ authors: DraftAuthor[] }>('GET', `/api/boards/${boardId}/drafts`, undefined, token),
  redeem: (invite: string, name: string) => request<RedeemResult>('POST', '/api/invites/redeem', { invite, name }),
  activity: (id: string, token: string) =>
    request<{ boards: BoardActivity[]; currentBoardId: string | null }>('GET', `/api/workshops/${id}/activity`, undefined, token),
};
