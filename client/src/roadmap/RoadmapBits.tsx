/** Small readings of an action's fields, shared by the cards and the table. */
import { useTranslation } from '../i18n/use-translation';
import type { RoadmapFields, RoadmapStatus } from '@shared/roadmap';
import type { RoadmapLinks } from './roadmap-context';
import { formatDue, isOverdue, truncate } from './roadmap-table';

/** A shape beside the colour, so that the status never rests on colour alone. */
const STATUS_MARK: Record<RoadmapStatus, string> = { todo: '○', doing: '◐', done: '●' };

export function StatusBadge({ status, label }: { status: RoadmapStatus; label?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`roadmap-status roadmap-status--${status}`}>
      {label && <span className="visually-hidden">{t('roadmap.status')} : </span>}
      <span aria-hidden="true">{STATUS_MARK[status]}</span> {t(`roadmap.statuses.${status}`)}
    </span>
  );
}

export function leadText(fields: Pick<RoadmapFields, 'leadKind' | 'leadName'>, t: (key: string) => string): string {
  const kind = fields.leadKind ? t(`roadmap.leadKinds.${fields.leadKind}`) : '';
  const name = fields.leadName.trim();
  // "Métropole de Lyon" says its kind already: no "Métropole · Métropole de Lyon".
  if (kind && name.toLocaleLowerCase().startsWith(kind.toLocaleLowerCase())) return name;
  return [kind, name].filter(Boolean).join(' · ');
}

export function DueText({ fields, today }: { fields: Pick<RoadmapFields, 'due' | 'status'>; today: string }) {
  const { t, i18n } = useTranslation();
  if (!fields.due) return null;
  const overdue = isOverdue(fields, today);
  return (
    <span className={overdue ? 'roadmap-due roadmap-due--overdue' : 'roadmap-due'}>
      <time dateTime={fields.due}>{formatDue(fields.due, i18n.language)}</time>
      {overdue && <strong className="roadmap-overdue"> ({t('roadmap.overdue')})</strong>}
    </span>
  );
}

/** "Difficultés — Les élus découvrent…", or why the card cannot be shown. */
export function linkedCardText(link: string, links: RoadmapLinks | null, t: (key: string) => string, max = 60): { board: string; text: string } {
  const card = links?.byLink.get(link);
  if (card) return { board: card.boardTitle, text: truncate(card.text, max) };
  return { board: '', text: links?.status === 'ready' ? t('roadmap.unknownCard') : t('roadmap.loading') };
}
