/**
 * The typography of the Word report, as named styles: whoever receives the file can restyle
 * it (or paste it into a council template) through Word's own style gallery.
 */
import type { IStylesOptions } from 'docx';
import { reportLocale } from '../report-labels';

/** Style ids used by docx-format.ts. */
export const STYLE = {
  subtitle: 'ReportSubtitle',
  figure: 'ReportFigure',
  note: 'ReportNote',
  card: 'ReportCard',
  comment: 'ReportComment',
  reply: 'ReportReply',
  tableHeader: 'ReportTableHeader',
  tableText: 'ReportTableText',
  meta: 'ReportMeta',
} as const;

const INK = '1F2A44';
const MUTED = '5F6B7A';
/** Twentieths of a point (indents and spacing); sizes are half-points. */
const CM = 567;

export function reportStyles(lang: 'fr' | 'en'): IStylesOptions {
  const language = { value: reportLocale(lang) };
  return {
    default: {
      document: { run: { font: 'Calibri', size: 22, color: INK, language }, paragraph: { spacing: { after: 80, line: 276 } } },
      title: { run: { font: 'Calibri Light', size: 56, color: INK }, paragraph: { spacing: { before: 2400, after: 240 } } },
      heading1: { run: { font: 'Calibri Light', size: 36, color: INK }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
      heading2: { run: { font: 'Calibri', size: 28, bold: true, color: INK }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
      heading3: { run: { font: 'Calibri', size: 24, bold: true, italics: true, color: MUTED }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    },
    paragraphStyles: [
      { id: STYLE.subtitle, name: 'Report subtitle', basedOn: 'Normal', run: { size: 28, color: MUTED }, paragraph: { spacing: { after: 480 } } },
      { id: STYLE.figure, name: 'Report figure', basedOn: 'Normal', paragraph: { indent: { left: CM / 2 }, spacing: { after: 40 } } },
      { id: STYLE.note, name: 'Report note', basedOn: 'Normal', run: { italics: true, size: 20, color: MUTED }, paragraph: { spacing: { before: 240 } } },
      { id: STYLE.card, name: 'Report card', basedOn: 'Normal', paragraph: { spacing: { before: 120, after: 40 } } },
      { id: STYLE.comment, name: 'Report comment', basedOn: 'Normal', run: { size: 20 }, paragraph: { indent: { left: CM }, spacing: { after: 20 } } },
      { id: STYLE.reply, name: 'Report reply', basedOn: STYLE.comment, paragraph: { indent: { left: 2 * CM } } },
      { id: STYLE.tableHeader, name: 'Report table header', basedOn: 'Normal', run: { bold: true, size: 20 }, paragraph: { spacing: { after: 0 } } },
      { id: STYLE.tableText, name: 'Report table text', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
    ],
    characterStyles: [{ id: STYLE.meta, name: 'Report meta', basedOn: 'DefaultParagraphFont', run: { color: MUTED, size: 20 } }],
  };
}
