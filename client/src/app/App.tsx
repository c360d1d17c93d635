import { Suspense } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LiveRegion } from '../a11y/LiveRegion';
import { useDocumentTitle } from '../a11y/use-document-title';
import { HomePage } from '../home/HomePage';
import { JoinPage } from '../home/JoinPage';
import { useSession } from '../identity/identity-store';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './Link';
import { PageFailed } from './PageFailed';
import { PageLoading } from './PageLoading';
import { shellTitleKey } from './page-title';
import { BoardLinkPage, BoardPage, FollowupPage, InvitePage, PresentPage, PrintPage, PublicationPage, StatementPage, WorkshopPage } from './pages';
import { useRouteFocus } from './route-focus';
import { paths, usePathname } from './router';
import { parseRoute } from './routes';

export function App() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const route = parseRoute(pathname);
  const session = useSession(route.page === 'workshop' || route.page === 'board' ? route.workshopId : null);
  useRouteFocus(pathname);
  const titleKey = shellTitleKey(route, session !== null);
  useDocumentTitle(titleKey ? [t(titleKey)] : null);

  let page;
  if (route.page === 'join') page = <JoinPage code={route.code} />;
  else if (route.page === 'present') page = <PresentPage.Component boardId={route.boardId} />;
  else if (route.page === 'invite') page = <InvitePage.Component token={route.token} />;
  else if (route.page === 'boardLink') page = <BoardLinkPage.Component boardId={route.boardId} />;
  else if (route.page === 'print') page = <PrintPage.Component boardId={route.boardId} />;
  else if (route.page === 'accessibility') page = <StatementPage.Component />;
  else if (route.page === 'publication') page = <PublicationPage.Component slug={route.slug} previewOf={route.previewOf} />;
  else if (route.page === 'followup') page = <FollowupPage.Component token={route.token} />;
  else if (route.page === 'workshop' && session) page = <WorkshopPage.Component session={session} />;
  else if (route.page === 'board' && session) page = <BoardPage.Component key={route.boardId} session={session} boardId={route.boardId} />;
  else if (route.page !== 'home') {
    page = (
      <main id="main" className="home narrow">
        <p role="alert">{t('workshop.notJoined')}</p>
        <Link href={paths.home()}>{t('app.home')}</Link>
      </main>
    );
  } else page = <HomePage />;

  return (
    <LiveRegion>
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
      <PageFailed key={pathname}>
        <Suspense fallback={<PageLoading />}>{page}</Suspense>
      </PageFailed>
      {route.page !== 'present' && (
        <footer className="app-footer">
          <Link href={paths.statement()}>{t('shell.footer')}</Link>
        </footer>
      )}
    </LiveRegion>
  );
}
