/**
 * What can be exported, and how the files are named: read by the export routes and the UI.
 * Apart from the query schema of export-formats.ts (which re-exports them) so that the
 * browser does not download zod.
 */

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `rencontres-ess-metropole-2026-12-03.docx`: readable, safe in every file system. */
export function exportFileName(parts: { title: string; date: string | null; board?: string }, extension: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const name = [slug(parts.title), parts.board ? slug(parts.board) : '', parts.date ?? ''].filter(Boolean).join('-');
  return `${name || 'coatelier'}.${extension}`;
}
