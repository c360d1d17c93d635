/** An action's fields on its card: status, lead, due date, linked cards, and their editor. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../board/store/board-session';
import { DueText, StatusBadge, leadText } from './RoadmapBits';
import { RoadmapEditor } from './RoadmapEditor';
import { useRoadmapLinks } from './roadmap-context';
import { localDay } from './roadmap-table';

interface Props {
  cardId: string;
  session: BoardSession;
  canEdit: boolean;
  /** The card's text, shortened, to tell the details buttons apart. */
  preview: string;
}

export function RoadmapFields({ cardId, session, canEdit, preview }: Props) {
  const { t } = useTranslation();
  const links = useRoadmapLinks();
  const [open, setOpen] = useState(false);
  // Read at each render: the board re-renders on every change of its document.
  const fields = session.roadmap(cardId);
  const lead = leadText(fields, t);
  const panelId = `roadmap-${cardId}`;

  return (
    <div className="roadmap-fields">
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
      <button
        type="button"
        className="link-button roadmap-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${t('roadmap.details')} : ${preview}`}
        onClick={() => setOpen(!open)}
      >
        {t('roadmap.details')}
      </button>
      {open && <RoadmapEditor id={panelId} cardId={cardId} fields={fields} session={session} canEdit={canEdit} />}
    </div>
  );
}
