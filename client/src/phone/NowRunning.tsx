import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardInfo } from '@shared/protocol';
import { useAnnounce } from '../a11y/LiveRegion';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import './now-running.css';

/**
 * The workshop page's first line while facilitators run a board: one tap to it. A change
 * of board while the page is open is said once through the live region.
 */
export function NowRunning({ board, lang }: { board: BoardInfo | null; lang: string | undefined }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const title = board ? (board.table ? `${board.title} — ${board.table}` : board.title) : null;
  const shown = useRef(board?.id);
  useEffect(() => {
    if (shown.current === board?.id) return;
    shown.current = board?.id;
    if (title) announce(`${t('phone.nowRunning')} ${title}`);
  }, [board?.id, title, announce, t]);
  if (!board) return null;
  return (
    <p className="now-running">
      <span className="now-running-label">{t('phone.nowRunning')}</span>{' '}
      <Link href={paths.board(board.workshopId, board.id)} className="now-running-link">
        <span lang={lang}>{title}</span>
      </Link>
    </p>
  );
}
