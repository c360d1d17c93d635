/**
 * Exports: files come from the API with the bearer token, so they are fetched, then handed
 * to the browser as a download named by the server's Content-Disposition.
 */
import type { ApiError } from '@shared/protocol';
import type { WorkshopBackup } from '@shared/results/backup';
import type { ExportFormat } from '@shared/results/export-formats';
import { ApiRequestError, request } from './api-client';

export interface ExportChoice {
  format: ExportFormat;
  anonymous: boolean;
  separator: 'comma' | 'semicolon';
  lang: 'fr' | 'en';
}

/** `boardId` null: the whole workshop. */
export function exportUrl(workshopId: string, boardId: string | null, choice: ExportChoice): string {
  const query = new URLSearchParams({
    format: choice.format,
    anonymous: choice.anonymous ? '1' : '0',
    separator: choice.separator,
    lang: choice.lang,
  });
  return boardId ? `/api/boards/${boardId}/export?${query}` : `/api/workshops/${workshopId}/export?${query}`;
}

/** The file name the server chose (RFC 6266: `filename*` carries accents, `filename` is ASCII). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadExport(url: string, token: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiRequestError(0, 'network', 'network');
  }
  if (!res.ok) {
    const error = ((await res.json().catch(() => null)) as ApiError | null)?.error;
    throw new ApiRequestError(res.status, error?.code ?? 'internal', error?.message ?? res.statusText);
  }
  const name = fileNameOf(res.headers.get('content-disposition'), 'coatelier-export');
  saveBlob(await res.blob(), name);
  return name;
}

/** One board as a backup (for the printable view and its image). */
export const boardBackup = (boardId: string, token: string) =>
  request<WorkshopBackup>('GET', `/api/boards/${boardId}/export?format=json`, undefined, token);
