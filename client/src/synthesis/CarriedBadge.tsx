/** "Dans la feuille de route" on a carried card: a link to its action, focused on the roadmap board. */
import { useTranslation } from '../i18n/use-translation';
import type { CarriedCard } from '@shared/synthesis';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { useBoard } from '../board/board-context';
import { useSlice } from '../board/store/use-store';

export function CarriedBadge({ carried, tabIndex }: { carried: CarriedCard; tabIndex: number }) {
  const { t } = useTranslation();
  const workshopId = useSlice(useBoard().board.meta).board?.workshopId;
  const text = t('board.carried');
  if (!workshopId) return <span className="badge badge--carried">{text}</span>;
  const href = `${paths.board(workshopId, carried.roadmapBoardId)}#card-${carried.actionId}`;
  return (
    <Link className="badge badge--carried" href={href} tabIndex={tabIndex} aria-label={t('synthesis.carriedLink')}>
      {text}
    </Link>
  );
}
