import { useTranslation } from '../i18n/use-translation';
import { LoadingNotice } from '../components/LoadingNotice';

/** Stands in for a page while its code downloads, in the place the page will take. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="loading page-loading" aria-busy="true">
      <LoadingNotice text={t('app.loadingPage')} />
    </main>
  );
}
