/**
 * `/b/<board>`: a short board link. The board's workshop is not in the link, so it is looked
 * up among the workshops this browser has joined, then the page moves to the full address.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api } from '../api/api-client';
import { Link } from '../app/Link';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { loadSessions } from '../identity/identity-store';

async function findWorkshopOf(boardId: string): Promise<string | null> {
  const found = await Promise.all(
    Object.values(loadSessions()).map((s) =>
      api.workshop(s.workshopId, s.token).then(
        (w) => (w.boards.some((b) => b.id === boardId) ? w.id : null),
        () => null,
      ),
    ),
  );
  return found.find((id) => id !== null) ?? null;
}

export function BoardLinkPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // The board is where this link leads: its code downloads while the workshop is looked up.
    preloadPage('board');
    void findWorkshopOf(boardId).then((workshopId) => {
      if (cancelled) return;
      if (workshopId) navigate(paths.board(workshopId, boardId), { replace: true });
      else setMissing(true);
    });
    return () => {
      cancelled = true;
    };
  }, [boardId]);

  if (!missing) return <main id="main" className="loading">{t('status.connecting')}</main>;
  return (
    <main id="main" className="home narrow">
      <p role="alert">{t('workshop.notJoined')}</p>
      <Link href={paths.home()}>{t('app.home')}</Link>
    </main>
  );
}
