/**
 * The `docx` export: a compte rendu ready to send to elected officials. It opens on a page
 * "En bref" (participation, the most-voted cards, the roadmap's actions), then one section
 * per board that holds cards, syntheses first. Headings go Title, then Heading 1/2/3 without a skipped
 * level; all layout goes through the named styles of docx-styles.ts (RGAA 13.3).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { BackupBoard, BackupCard, WorkshopBackup } from '@shared/results/backup';
import type { ExportOptions } from '@shared/results/export-formats';
import type { RenderedExport } from '../render-export';
import { reportLabels, type ReportLabels } from '../report-labels';
import { cardMeta, commentLine, outlineBoard, reportBoards, threadComments, workshopSubtitle, type ReportTable } from '../report-outline';
import { reportSummary } from '../report-summary';
import { reportStyles, STYLE } from './docx-styles';
import { lines, reportTable } from './docx-table';

/** A table is followed by a paragraph, or Word glues the next one to it. */
const tableBlock = (table: ReportTable, widths: number[]): FileChild[] => [reportTable(table, widths), new Paragraph({})];

function summaryPage(backup: WorkshopBackup, labels: ReportLabels): FileChild[] {
  const summary = reportSummary(backup, labels);
  const figures = summary.participation;
  const subtitle = workshopSubtitle(backup, labels);
  const figure = (label: string, n: number) =>
    new Paragraph({ style: STYLE.figure, children: [new TextRun({ text: `${label}${labels.colon}` }), new TextRun({ text: String(n), bold: true })] });
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], text: string) => new Paragraph({ heading: level, text });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: lines(backup.workshop.title) }),
    new Paragraph({ style: STYLE.subtitle, text: [labels.report, subtitle].filter(Boolean).join(' · ') }),
    heading(HeadingLevel.HEADING_1, labels.summary),
    heading(HeadingLevel.HEADING_2, labels.participation),
    figure(labels.participants, figures.participants),
    figure(labels.cards, figures.cards),
    figure(labels.votes, figures.votes),
    figure(labels.comments, figures.comments),
    ...(summary.kinds ? [heading(HeadingLevel.HEADING_3, labels.byKind), ...tableBlock(summary.kinds, [4600, 1600, 1200, 1000])] : []),
    heading(HeadingLevel.HEADING_2, labels.topCards),
    ...(summary.topCards ? tableBlock(summary.topCards, [5800, 2600, 1000]) : [new Paragraph({ text: labels.noVotes })]),
    ...(summary.roadmap ? [heading(HeadingLevel.HEADING_2, labels.roadmap), ...tableBlock(summary.roadmap, [2700, 1400, 1800, 1500, 1100, 900])] : []),
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

function boardSection(board: BackupBoard, labels: ReportLabels): FileChild[] {
  // Each board starts a page: the sections are often handed out one by one.
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: lines(board.title) })];
  if (board.table) children.push(new Paragraph({ style: STYLE.subtitle, text: `${labels.table}${labels.colon}${board.table}` }));
  for (const column of outlineBoard(board, labels)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(column.title) }));
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
    subject: labels.report,
    description: [labels.report, workshopSubtitle(backup, labels)].filter(Boolean).join(' · '),
    styles: reportStyles(options.lang),
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        children: [...summaryPage(backup, labels), ...reportBoards(backup).flatMap((board) => boardSection(board, labels))],
      },
    ],
  });
  return {
    body: await Packer.toBuffer(document),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  };
}
