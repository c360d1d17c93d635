import { useTranslation } from '../i18n/use-translation';
import type { WorkshopInfo } from '@shared/protocol';
import { api } from '../api/api-client';
import type { Session } from '../identity/identity-store';

/** For the organiser: close the workshop to writing once it is over, or open it again. */
export function ArchivePanel({ session, workshop, onChange }: { session: Session; workshop: WorkshopInfo; onChange: (w: WorkshopInfo) => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel archive" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('workshop.archiveTitle')}</h2>
      <p className="hint">{t(workshop.archivedAt ? 'workshop.archived' : 'workshop.archiveHint')}</p>
      <button type="button" className="secondary" onClick={() => void api.archive(workshop.id, session.token, workshop.archivedAt === null).then(onChange)}>
        {t(workshop.archivedAt ? 'workshop.unarchive' : 'workshop.archive')}
      </button>
    </section>
  );
}
