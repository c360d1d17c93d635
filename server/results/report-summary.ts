/**
 * The page that opens a report (docx, Markdown), for readers who will read nothing else:
 * participation, who spoke (by kind of structure), the ten most-voted cards, the roadmap.
 */
import type { BackupCard, WorkshopBackup } from '@shared/results/backup';
import { TOP_CARD_TEXT_CHARS, TOP_CARDS } from '@shared/results/dashboard';
import { mostVoted, shortText } from '@shared/results/top-cards';
import type { ReportLabels } from './report-labels';
import { kindTable, outlineBoard, participation, roadmapText, type Participation, type ReportTable } from './report-outline';

export interface ReportSummary {
  participation: Participation;
  kinds: ReportTable | null;
  /** null when no card received a vote. */
  topCards: ReportTable | null;
  /** null without any written action. */
  roadmap: ReportTable | null;
}

function topCardsTable(backup: WorkshopBackup, labels: ReportLabels): ReportTable | null {
  const ranked = mostVoted(backup.boards, TOP_CARDS);
  if (ranked.length === 0) return null;
  const header = [labels.card, labels.board, labels.votes];
  // Long cards are cut here, so that the page stays one page; the board's section has them whole.
  return {
    // A table's copy is usually titled after its table already; otherwise the table is added.
    rows: [header, ...ranked.map(({ board, card }) => [shortText(card.text, TOP_CARD_TEXT_CHARS), board.table && !board.title.includes(board.table) ? `${board.title} (${board.table})` : board.title, String(card.votes)])],
    caption: labels.topCards,
    description: labels.rowPer('card', header),
  };
}

/**
 * Every written action of the roadmap boards, as they show them (column by column): the
 * report's only roadmap table, so its column (a horizon, "Dans les 6 mois") is a cell.
 */
function roadmapTable(backup: WorkshopBackup, labels: ReportLabels): ReportTable | null {
  const actions = backup.boards
    .filter((b) => b.kind === 'roadmap')
    .flatMap((b) => outlineBoard(b, labels).flatMap((column) => column.groups.flatMap((g) => g.cards.map((card) => ({ card, column: column.title })))))
    .filter(({ card }) => card.text.trim() !== '');
  if (actions.length === 0) return null;
  const header = [labels.action, labels.column, labels.lead, labels.partners, labels.due, labels.status];
  const cells = ({ card, column }: { card: BackupCard; column: string }) => {
    const r = roadmapText(card, labels);
    return [card.text, column, r?.lead ?? '', r?.partners ?? '', r?.due ?? '', r?.status ?? ''];
  };
  return { rows: [header, ...actions.map(cells)], caption: labels.roadmap, description: labels.rowPer('action', header.slice(1)) };
}

export function reportSummary(backup: WorkshopBackup, labels: ReportLabels): ReportSummary {
  return {
    participation: participation(backup),
    kinds: kindTable(backup, labels),
    topCards: topCardsTable(backup, labels),
    roadmap: roadmapTable(backup, labels),
  };
}
