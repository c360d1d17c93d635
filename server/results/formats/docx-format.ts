/**
 * The `docx` export: a compte rendu ready to send to elected officials. A title page with
 * the participation figures, then one section per board; roadmap boards become tables of
 * actions. All layout goes through the named styles of docx-styles.ts.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { BackupBoard, BackupCard, WorkshopBackup } from '@shared/results/backup';
import type { ExportOptions } from '@shared/results/export-formats';
import type { RenderedExport } from '../render-export';
import { reportLabels, type ReportLabels } from '../report-labels';
import {
  cardMeta,
  commentLine,
  kindTable,
  outlineBoard,
  participation,
  roadmapCells,
  roadmapHeader,
  threadComments,
  workshopSubtitle,
} from '../report-outline';
import { reportStyles, STYLE } from './docx-styles';

/** Word ignores "\n" inside a run: each further line starts with a line break. */
const lines = (text: string) => text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));

function titlePage(backup: WorkshopBackup, labels: ReportLabels): FileChild[] {
  const figures = participation(backup);
  const subtitle = workshopSubtitle(backup, labels);
  const figure = (label: string, n: number) =>
    new Paragraph({ style: STYLE.figure, children: [new TextRun({ text: `${label}${labels.colon}` }), new TextRun({ text: String(n), bold: true })] });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: lines(backup.workshop.title) }),
    new Paragraph({ style: STYLE.subtitle, text: [labels.report, subtitle].filter(Boolean).join(' · ') }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.participation }),
    figure(labels.participants, figures.participants),
    figure(labels.cards, figures.cards),
    figure(labels.votes, figures.votes),
    figure(labels.comments, figures.comments),
    ...kindSection(backup, labels),
    ...(backup.anonymous ? [new Paragraph({ style: STYLE.note, text: labels.anonymousNote })] : []),
    new Paragraph({ style: STYLE.note, text: labels.generatedBy }),
  ];
}

function cardParagraphs(card: BackupCard, labels: ReportLabels): Paragraph[] {
  const meta = cardMeta(card, labels);
  return [
    new Paragraph({
      style: STYLE.card,
      children: [...lines(card.text), ...(meta.length > 0 ? [new TextRun({ text: ` — ${meta.join(' · ')}`, style: STYLE.meta })] : [])],
    }),
    ...threadComments(card.comments).map(
      (c) => new Paragraph({ style: c.isReply ? STYLE.reply : STYLE.comment, children: lines(commentLine(c, labels)) }),
    ),
  ];
}

/** A table whose first row is its header, repeated on each page it runs over. */
function gridTable([header, ...rows]: [string[], ...string[][]], columnWidths: number[]): Table {
  const cell = (text: string, header = false) =>
    new TableCell({
      children: [new Paragraph({ style: header ? STYLE.tableHeader : STYLE.tableText, children: lines(text) })],
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8ECF2' } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t) => cell(t)) })),
    ],
  });
}

function roadmapTable(cards: BackupCard[], labels: ReportLabels): Table {
  return gridTable([roadmapHeader(labels), ...cards.map((card) => roadmapCells(card, labels))], [3400, 2000, 1800, 1200, 1000]);
}

/** "Par type de structure", under the participation figures, when anyone gave a kind. */
function kindSection(backup: WorkshopBackup, labels: ReportLabels): FileChild[] {
  const rows = kindTable(backup, labels);
  if (!rows) return [];
  return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.byKind }), gridTable(rows, [4600, 1600, 1200, 1000]), new Paragraph({})];
}

function boardSection(board: BackupBoard, labels: ReportLabels): FileChild[] {
  // Each board starts a page: the sections are often handed out one by one.
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: lines(board.title) })];
  if (board.table) children.push(new Paragraph({ style: STYLE.subtitle, text: `${labels.table}${labels.colon}${board.table}` }));
  for (const column of outlineBoard(board, labels)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(column.title) }));
    if (board.kind === 'roadmap') {
      const cards = column.groups.flatMap((g) => g.cards);
      // A table is followed by a paragraph, or Word glues the next one to it.
      if (cards.length > 0) children.push(roadmapTable(cards, labels), new Paragraph({}));
      continue;
    }
    for (const { group, cards } of column.groups) {
      if (group) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: lines(group.title) }));
      children.push(...cards.flatMap((card) => cardParagraphs(card, labels)));
    }
  }
  return children;
}

export async function renderDocx(backup: WorkshopBackup, options: ExportOptions): Promise<RenderedExport> {
  const labels = reportLabels(options.lang);
  const document = new Document({
    creator: 'Coatelier',
    title: backup.workshop.title,
    description: labels.report,
    styles: reportStyles(options.lang),
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        children: [...titlePage(backup, labels), ...backup.boards.flatMap((board) => boardSection(board, labels))],
      },
    ],
  });
  return {
    body: await Packer.toBuffer(document),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  };
}
