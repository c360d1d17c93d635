/** The export route's query; the formats and file names are in export-files.ts. */
import { z } from 'zod';
import { EXPORT_FORMATS } from './export-files';

export { EXPORT_FORMATS, exportFileName, type ExportFormat } from './export-files';

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** Every person as "Participant N", every participant id as `pN` (anonymise.ts). */
  anonymous: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** French spreadsheet software expects `;` between CSV fields. */
  separator: z.enum(['comma', 'semicolon']).default('semicolon'),
  lang: z.enum(['fr', 'en']).default('fr'),
});
export type ExportOptions = z.output<typeof exportQuery>;
