/**
 * `/print/<board>`: a board laid out for paper (print it or save it as PDF from the
 * browser) and for an image (PNG, drawn from the same page). Open to whoever may export
 * the board: the first session of this browser that the server lets export it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { WorkshopBackup } from '@shared/results/backup';
import { exportFileName } from '@shared/results/export-files';
import { boardBackup, saveBlob } from '../api/export-api';
import { Link } from '../app/Link';
import { paths } from '../app/routes';
import { loadSessions } from '../identity/identity-store';
import { PrintBoard } from '../print/PrintBoard';

async function readableBackup(boardId: string): Promise<{ backup: WorkshopBackup; workshopId: string } | null> {
  const sessions = Object.values(loadSessions()).filter((s) => s.role === 'organiser' || s.role === 'facilitator');
  for (const session of sessions) {
    const backup = await boardBackup(boardId, session.token).catch(() => null);
    if (backup) return { backup, workshopId: session.workshopId };
  }
  return null;
}

export function PrintPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ backup: WorkshopBackup; workshopId: string } | null | undefined>(undefined);
  const [imageError, setImageError] = useState('');
  const [imageBusy, setImageBusy] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    void readableBackup(boardId).then((result) => !cancelled && setFound(result));
    return () => {
      cancelled = true;
    };
  }, [boardId]);

  if (found === undefined) return <main id="main" className="loading">{t('status.connecting')}</main>;
  const board = found?.backup.boards[0];
  if (!found || !board) {
    return (
      <main id="main" className="home narrow">
        <p role="alert">{t('exports.printForbidden')}</p>
        <Link href={paths.home()}>{t('app.home')}</Link>
      </main>
    );
  }

  const saveImage = async () => {
    if (!sheet.current) return;
    setImageBusy(true);
    setImageError('');
    try {
      // Loaded on demand: only this button needs the DOM-to-image code.
      const { toBlob } = await import('html-to-image');
      const blob = await toBlob(sheet.current, { backgroundColor: '#ffffff', pixelRatio: 2 });
      if (!blob) throw new Error('empty image');
      const { workshop } = found.backup;
      saveBlob(blob, exportFileName({ title: workshop.title, date: workshop.date, board: board.title }, 'png'));
    } catch (err) {
      setImageError(t('exports.failed', { message: err instanceof Error ? err.message : '' }));
    } finally {
      setImageBusy(false);
    }
  };

  return (
    <main id="main" className="print-page">
      <nav className="print-toolbar" aria-label={t('exports.printTools')}>
        <Link href={paths.board(found.workshopId, board.id)}>{t('exports.backToBoard')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('exports.print')}
        </button>
        <button type="button" className="secondary" disabled={imageBusy} onClick={() => void saveImage()}>
          {t('exports.image')}
        </button>
        {imageError && <span role="alert">{imageError}</span>}
      </nav>
      <div ref={sheet}>
        <PrintBoard backup={found.backup} board={board} />
      </div>
    </main>
  );
}
