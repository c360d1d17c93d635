import { useTranslation } from 'react-i18next';
import { loadSession } from '../identity/identity-store';
import { BoardLinkPage } from '../pages/BoardLinkPage';
import { BoardPage } from '../board/BoardPage';
import { HomePage } from '../pages/HomePage';
import { InvitePage } from '../pages/InvitePage';
import { JoinPage } from '../pages/JoinPage';
import { PresentPage } from '../present/PresentPage';
import { PrintPage } from '../pages/PrintPage';
import { WorkshopPage } from '../pages/WorkshopPage';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';
import { paths, useRoute } from './router';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const session = route.page === 'workshop' || route.page === 'board' ? loadSession(route.workshopId) : null;

  let page;
  if (route.page === 'join') page = <JoinPage code={route.code} />;
  else if (route.page === 'present') page = <PresentPage boardId={route.boardId} token={window.location.hash.slice(1)} />;
  else if (route.page === 'invite') page = <InvitePage token={route.token} />;
  else if (route.page === 'boardLink') page = <BoardLinkPage boardId={route.boardId} />;
  else if (route.page === 'print') page = <PrintPage boardId={route.boardId} />;
  else if (route.page === 'workshop' && session) page = <WorkshopPage session={session} />;
  else if (route.page === 'board' && session) page = <BoardPage key={route.boardId} session={session} boardId={route.boardId} />;
  else if (route.page !== 'home') {
    page = (
      <main id="main" className="home narrow">
        <p role="alert">{t('workshop.notJoined')}</p>
        <Link href={paths.home()}>{t('app.home')}</Link>
      </main>
    );
  } else page = <HomePage />;

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      {/* The projector shows the board alone. */}
      {route.page !== 'present' && (
        <header className="app-header">
          <Link href={paths.home()} className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <span className="tagline">{t('app.tagline')}</span>
          <LanguageSwitch />
        </header>
      )}
      {page}
    </>
  );
}
