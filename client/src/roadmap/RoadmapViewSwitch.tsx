import { useTranslation } from '../i18n/use-translation';
import type { RoadmapView } from './use-roadmap-view';

/** Columns or table: a pair of toggle buttons. */
export function RoadmapViewSwitch({ view, onChange }: { view: RoadmapView; onChange: (view: RoadmapView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="roadmap-view-switch" role="group" aria-label={t('roadmap.view')}>
      <button type="button" aria-pressed={view === 'board'} onClick={() => onChange('board')}>
        {t('roadmap.boardView')}
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => onChange('table')}>
        {t('roadmap.tableView')}
      </button>
    </div>
  );
}
