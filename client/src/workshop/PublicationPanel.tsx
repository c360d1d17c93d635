/**
 * For the organiser: the public restitution. Which boards are shown in full (the synthesis,
 * most supported cards and roadmap always are), whether search engines may index it, a
 * preview of that choice in a new tab, then publish or update, the link, and withdrawal.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PublicationChoice } from '@shared/publication';
import type { WorkshopInfo } from '@shared/protocol';
import { usePublicAddress } from '../app/public-address';
import { ConfirmButton } from '../components/ConfirmButton';
import { useActionStatus } from '../components/use-action-status';
import type { Session } from '../identity/identity-store';
import { previewPath, publicationApi } from '../publication/publication-api';
import '../publication/publication-panel.css';

export function PublicationPanel({ session, workshop }: { session: Session; workshop: WorkshopInfo }) {
  const { t } = useTranslation();
  const address = usePublicAddress();
  const [current, setCurrent] = useState<PublicationChoice | null>(null);
  const [boards, setBoards] = useState<ReadonlySet<string>>(new Set());
  const [indexable, setIndexable] = useState(false);
  const { status, failed, busy, run } = useActionStatus();

  useEffect(() => {
    let live = true;
    void run(async () => {
      const choice = await publicationApi.current(workshop.id, session.token);
      if (live && choice) {
        setCurrent(choice);
        setBoards(new Set(choice.boards));
        setIndexable(choice.indexable);
      }
      return '';
    });
    return () => {
      live = false;
    };
  }, [workshop.id, session.token, run]);

  // In the workshop's order, and only boards it still has.
  const chosen = workshop.boards.filter((b) => boards.has(b.id)).map((b) => b.id);
  const toggle = (id: string, on: boolean) =>
    setBoards((all) => {
      const next = new Set(all);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const publish = () =>
    run(async () => {
      const choice = await publicationApi.publish(workshop.id, session.token, chosen, indexable);
      const wasPublished = current !== null;
      setCurrent(choice);
      return t(wasPublished ? 'publication.updated' : 'publication.published');
    });
  const withdraw = () =>
    run(async () => {
      await publicationApi.withdraw(workshop.id, session.token);
      setCurrent(null);
      return t('publication.withdrawnNotice');
    });
  const link = current ? `${address}${current.path}` : null;
  const copy = () => run(() => navigator.clipboard.writeText(link ?? '').then(() => t('publication.copied'), () => t('publication.copyFailed')));

  return (
    <section className="panel publication-panel" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('publication.panelTitle')}</h2>
      <p className="hint">{t('publication.panelHint')}</p>
      <fieldset className="publication-boards">
        <legend>{t('publication.chooseBoards')}</legend>
        {workshop.boards.map((board) => (
          <label key={board.id} className="check">
            <input type="checkbox" checked={boards.has(board.id)} onChange={(e) => toggle(board.id, e.target.checked)} />
            <span lang="fr">{board.title}</span>
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={indexable} onChange={(e) => setIndexable(e.target.checked)} />
        {t('publication.indexable')}
      </label>
      <div className="publication-actions">
        <a className="publication-preview" href={previewPath(workshop.id, chosen)} target="_blank" rel="noopener" aria-label={t('publication.previewOpens')}>
          {t('publication.preview')}
        </a>
        <button type="button" className="primary" disabled={busy} onClick={() => void publish()}>
          {t(current ? 'publication.update' : 'publication.publish')}
        </button>
      </div>
      {link ? (
        <div className="publication-link">
          <p>
            {t('publication.link')} :{' '}
            <a href={link} target="_blank" rel="noopener" className="link-url">
              {link}
            </a>
          </p>
          <button type="button" onClick={() => void copy()}>
            {t('publication.copy')}
          </button>
          <ConfirmButton
            label={t('publication.withdraw')}
            question={t('publication.withdrawQuestion')}
            confirmLabel={t('publication.withdrawConfirm')}
            cancelLabel={t('publication.cancel')}
            disabled={busy}
            onConfirm={() => void withdraw()}
          />
        </div>
      ) : (
        <p className="hint">{t('publication.notPublished')}</p>
      )}
      <p role="status" className={failed ? 'error' : undefined}>
        {status}
      </p>
    </section>
  );
}
