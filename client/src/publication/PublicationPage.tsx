/**
 * `/r/<slug>`: a workshop's public restitution, for anyone with the link, no session needed.
 * `/r/apercu/<workshop>?boards=…`: the organiser's preview of a choice, not published, read
 * with the organiser session this browser holds. Search engines are asked not to index the
 * page unless the organiser opted in (the server says the same in a header).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Restitution } from '@shared/publication';
import { useDocumentTitle } from '../a11y/use-document-title';
import { failureText } from '../api/failure-text';
import { Link } from '../app/Link';
import { paths } from '../app/routes';
import { loadSession } from '../identity/identity-store';
import { publicationApi, type PublicRead } from './publication-api';
import { RestitutionView } from './RestitutionView';
import './publication.css';

type Loaded = PublicRead | { state: 'forbidden' } | { state: 'failed'; message: string };

async function load(slug: string, previewOf: string | null): Promise<PublicRead | { state: 'forbidden' }> {
  if (previewOf === null) return publicationApi.read(slug);
  const session = loadSession(previewOf);
  if (session?.role !== 'organiser') return { state: 'forbidden' };
  const boards = (new URLSearchParams(window.location.search).get('boards') ?? '').split(',').filter(Boolean);
  return { state: 'live', restitution: await publicationApi.preview(previewOf, session.token, boards) };
}

/** `<meta name="robots" content="noindex">` while the page is shown, unless it may be indexed. */
function useRobots(indexable: boolean) {
  useEffect(() => {
    if (indexable) return;
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex';
    document.head.append(meta);
    return () => meta.remove();
  }, [indexable]);
}

export function PublicationPage({ slug, previewOf }: { slug: string; previewOf: string | null }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    load(slug, previewOf)
      .catch((err: unknown) => ({ state: 'failed' as const, message: failureText(t, err) }))
      .then((result) => {
        if (live) setLoaded(result);
      });
    return () => {
      live = false;
    };
  }, [slug, previewOf, t]);
  const restitution: Restitution | null = loaded?.state === 'live' ? loaded.restitution : null;
  useRobots(restitution?.indexable === true && previewOf === null);
  useDocumentTitle([restitution?.workshop.title, t('publication.documentTitle')]);

  if (restitution) return <RestitutionView restitution={restitution} preview={previewOf !== null} />;
  const message =
    loaded === null
      ? t('publication.loading')
      : loaded.state === 'withdrawn'
        ? t('publication.withdrawn')
        : loaded.state === 'forbidden'
          ? t('publication.previewForbidden')
          : loaded.state === 'failed'
            ? t('publication.failed', { message: loaded.message })
            : t('publication.missing');
  return (
    <main id="main" className="home narrow restitution-notice">
      <h1>{t('publication.eyebrow')}</h1>
      <p role={loaded === null ? 'status' : 'alert'}>{message}</p>
      <Link href={paths.home()}>{t('app.home')}</Link>
    </main>
  );
}
