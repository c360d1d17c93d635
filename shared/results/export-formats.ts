/** What can be exported, and how the files are named: read by the export routes and the UI. */
import { z } from 'zod';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** Names replaced by "Participant N". */
  anonymous: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** French spreadsheet software expects `;` between CSV fields. */
  separator: z.enum(['comma', 'semicolon']).default('semicolon'),
  lang: z.enum(['fr', 'en']).default('fr'),
});
export type ExportOptions = z.output<typeof exportQuery>;

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
