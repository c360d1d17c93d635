import { useTranslation } from '../i18n/use-translation';

/** Staff open the projector from the board: a new tab that finds their session by itself (no link to hand out). */
export function ProjectLink({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  return (
    <a className="project-link" href={`/present/${encodeURIComponent(boardId)}`} target="_blank" rel="noopener">
      {t('present.open')} <span className="visually-hidden">{t('present.newTab')}</span>
    </a>
  );
}
