/** What a card is part of, at a glance: its group, the tables it came from, the roadmap. */
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/board-groups';
import { RoadmapSummary } from '../../roadmap/RoadmapSummary';
import type { CardRecord } from '../store/card-record';

interface Props {
  card: CardRecord;
  group: Group | null;
  draft: boolean;
  spotlit: boolean;
  roadmap: boolean;
  carried: boolean;
}

export function CardBadges({ card, group, draft, spotlit, roadmap, carried }: Props) {
  const { t } = useTranslation();
  const badges = draft || spotlit || carried || card.tables.length > 0;
  return (
    <>
      {roadmap && !draft && <RoadmapSummary fields={card.roadmap} />}
      {/* The column shows the group (the card stands under its header): said, not drawn again. */}
      {group && <span className="visually-hidden">{`${t('groups.label')} : ${group.title || t('groups.defaultName')}`}</span>}
      {badges && (
        <div className="card-badges">
          {draft && <span className="badge badge--private">{t('facilitation.private')}</span>}
          {spotlit && <span className="badge badge--spotlit">{t('board.spotlit')}</span>}
          {carried && <span className="badge badge--carried">{t('board.carried')}</span>}
          {card.tables.length > 0 && (
            <ul className="card-tables" aria-label={t('synthesis.tags')}>
              {card.tables.map((table) => (
                <li key={table} className="badge table-tag">
                  {table}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
