/** An action's fields on its card, in one line: status, lead, due date, linked cards. */
import { useTranslation } from '../i18n/use-translation';
import type { RoadmapFields } from '@shared/roadmap';
import { DueText, StatusBadge, leadText } from './RoadmapBits';
import { useRoadmapLinks } from './roadmap-context';
import { localDay } from './roadmap-table';

export function RoadmapSummary({ fields }: { fields: RoadmapFields }) {
  const { t } = useTranslation();
  const links = useRoadmapLinks();
  const lead = leadText(fields, t);
  return (
    <ul className="roadmap-summary">
      <li>
        <StatusBadge status={fields.status} label />
      </li>
      {lead && (
        <li className="roadmap-lead">
          <span className="visually-hidden">{t('roadmap.lead')} : </span>
          {lead}
        </li>
      )}
      {fields.due && (
        <li>
          <span className="roadmap-label">{t('roadmap.due')} : </span>
          <DueText fields={fields} today={links?.today ?? localDay()} />
        </li>
      )}
      {fields.links.length > 0 && <li className="roadmap-link-count">{t('roadmap.linked', { count: fields.links.length })}</li>}
    </ul>
  );
}
