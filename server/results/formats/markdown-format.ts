/**
 * The `md` export: the report as plain Markdown, readable as text and on any forge or wiki.
 * Laid out as the Word report: "En bref" first, then the boards that hold cards, syntheses
 * first; headings go # to #### without a skipped level.
 */
import type { BackupBoard, BackupCard, WorkshopBackup } from '@shared/results/backup';
import type { ExportOptions } from '@shared/results/export-formats';
import type { RenderedExport } from '../render-export';
import { reportLabels, type ReportLabels } from '../report-labels';
import { cardMeta, commentLine, outlineBoard, reportBoards, threadComments, workshopSubtitle, type ReportTable } from '../report-outline';
import { reportSummary } from '../report-summary';

/**
 * A heading or list item is one line: inner line breaks (and the blanks around them) become
 * one space. Split and trimmed, not matched with `\s*` around the break: that regex backtracks
 * quadratically over a long run of blanks (100,000 spaces froze the server 3.3 s).
 */
const oneLine = (s: string) =>
  s
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');

/** Table cells: a pipe would end the cell and a line break the row. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** Continuation lines of a multi-line item are indented so that they stay in the item. */
const listItem = (depth: number, text: string) => {
  const pad = '  '.repeat(depth);
  return `${pad}- ${text.replace(/\r?\n/g, `\n${pad}  `)}`;
};

function cardLines(card: BackupCard, labels: ReportLabels): string[] {
  const meta = cardMeta(card, labels);
  const head = meta.length > 0 ? `${card.text} — ${meta[0]}${meta.length > 1 ? ` (${meta.slice(1).join(' · ')})` : ''}` : card.text;
  return [
    listItem(0, head),
    ...threadComments(card.comments).map((c) => listItem(c.isReply ? 2 : 1, commentLine(c, labels))),
  ];
}

function table({ rows: [header, ...rows] }: ReportTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row), ''];
}

function summaryLines(backup: WorkshopBackup, labels: ReportLabels): string[] {
  const summary = reportSummary(backup, labels);
  const figures = summary.participation;
  const counts = [
    [figures.participants, labels.participants],
    [figures.cards, labels.cards],
    [figures.votes, labels.votes],
    [figures.comments, labels.comments],
  ] as const;
  return [
    `## ${labels.summary}`,
    '',
    `### ${labels.participation}`,
    '',
    counts.map(([n, label]) => `${n} ${label.toLowerCase()}`).join(', '),
    '',
    ...(summary.kinds ? [`#### ${labels.byKind}`, '', ...table(summary.kinds)] : []),
    `### ${labels.topCards}`,
    '',
    ...(summary.topCards ? table(summary.topCards) : [labels.noVotes, '']),
    ...(summary.roadmap ? [`### ${labels.roadmap}`, '', ...table(summary.roadmap)] : []),
    ...(backup.anonymous ? [`> ${labels.anonymousNote}`, ''] : []),
  ];
}

function boardLines(board: BackupBoard, labels: ReportLabels): string[] {
  const lines = [`## ${oneLine(board.title)}`, ''];
  if (board.table) lines.push(`*${labels.table}${labels.colon}${oneLine(board.table)}*`, '');
  for (const column of outlineBoard(board, labels)) {
    lines.push(`### ${oneLine(column.title)}`, '');
    for (const { group, cards } of column.groups) {
      if (group) lines.push(`#### ${oneLine(group.title)}`, '');
      lines.push(...cards.flatMap((card) => cardLines(card, labels)), '');
    }
  }
  return lines;
}

export function renderMarkdown(backup: WorkshopBackup, options: ExportOptions): RenderedExport {
  const labels = reportLabels(options.lang);
  const subtitle = workshopSubtitle(backup, labels);
  const lines = [
    `# ${oneLine(backup.workshop.title)}`,
    '',
    ...(subtitle ? [`*${subtitle}*`, ''] : []),
    ...summaryLines(backup, labels),
    ...reportBoards(backup).flatMap((board) => boardLines(board, labels)),
  ];
  return { body: Buffer.from(`${lines.join('\n').trimEnd()}\n`, 'utf8'), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
}
