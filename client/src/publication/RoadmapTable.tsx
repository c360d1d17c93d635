/** The roadmap as a table with a caption: one row per action, its status in words. */
import { useTranslation } from '../i18n/use-translation';
import type { PublicAction } from '@shared/publication';
import { formatDay } from '../i18n/format-date';

export function RoadmapTable({ actions }: { actions: readonly PublicAction[] }) {
  const { t, i18n } = useTranslation();
  if (actions.length === 0) return <p className="hint">{t('publication.roadmapNone')}</p>;
  return (
    <div className="restitution-scroll" role="region" aria-label={t('publication.roadmapCaption')} tabIndex={0}>
      <table className="restitution-roadmap">
        <caption>{t('publication.roadmapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publication.action')}</th>
            <th scope="col">{t('roadmap.lead')}</th>
            <th scope="col">{t('roadmap.partners')}</th>
            <th scope="col">{t('roadmap.due')}</th>
            <th scope="col">{t('roadmap.status')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action, i) => (
            <tr key={i}>
              <th scope="row" lang="fr">
                {action.text}
              </th>
              <td>
                {action.leadKind && <span>{t(`roadmap.leadKinds.${action.leadKind}`)}</span>}
                {action.leadKind && action.leadName && ' — '}
                <span lang="fr">{action.leadName}</span>
              </td>
              <td lang="fr">{action.partners}</td>
              <td>{action.due ? formatDay(action.due, i18n.language) : ''}</td>
              <td className={`restitution-status status-${action.status}`}>{t(`roadmap.statuses.${action.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
