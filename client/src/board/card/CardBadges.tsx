/**
 * What a card is part of, at a glance: its group, the tables it came from, the roadmap, and
 * the kind of structure its author speaks for.
 */
import { useTranslation } from '../../i18n/use-translation';
import type { Group } from '@shared/board-groups';
import type { CarriedCard } from '@shared/synthesis';
import { RoadmapSummary } from '../../roadmap/RoadmapSummary';
import { CarriedBadge } from '../../synthesis/CarriedBadge';
import { useAuthorKind } from '../author-kinds';
import { useBoard } from '../board-context';
import type { CardRecord } from '../store/card-record';

interface Props {
  card: CardRecord;
  group: Group | null;
  draft: boolean;
  spotlit: boolean;
  roadmap: boolean;
  /** The roadmap action made from the card, if any. */
  carried: CarriedCard | null;
  /** The card's roving tab stop, for the badge's link. */
  tabIndex: number;
}

export function CardBadges({ card, group, draft, spotlit, roadmap, carried, tabIndex }: Props) {
  const { t } = useTranslation();
  // Kinds stay on anonymous boards: they say what a structure thinks, not who wrote (docs/protocol.md).
  const kind = useAuthorKind(useBoard().board, card.author);
  const badges = draft || spotlit || carried !== null || card.tables.length > 0 || kind !== null;
  return (
    <>
      {roadmap && !draft && <RoadmapSummary fields={card.roadmap} />}
      {/* The column shows the group (the card stands under its header): said, not drawn again. */}
      {group && <span className="visually-hidden">{`${t('groups.label')} : ${group.title || t('groups.defaultName')}`}</span>}
      {badges && (
        <div className="card-badges">
          {draft && <span className="badge badge--private">{t('facilitation.private')}</span>}
          {spotlit && <span className="badge badge--spotlit">{t('board.spotlit')}</span>}
          {kind && (
            <span className="badge badge--kind">
              <span aria-hidden="true">{t(`kinds.short.${kind}`)}</span>
              <span className="visually-hidden">{t('kinds.badge', { kind: t(`kinds.short.${kind}`) })}</span>
            </span>
          )}
          {carried && <CarriedBadge carried={carried} tabIndex={tabIndex} />}
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
