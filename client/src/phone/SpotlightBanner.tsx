import { useTranslation } from '../i18n/use-translation';
import type { BoardActions } from '../board/board-context';
import type { BoardSession } from '../board/store/board-session';
import { useCard } from '../board/store/use-store';
import './spotlight-banner.css';

interface Props {
  board: BoardSession;
  /** The projected card's id. */
  cardId: string;
  following: boolean;
  onFollow: (following: boolean) => void;
  actions: BoardActions;
}

/**
 * The projected card, said to everyone wherever they are on the board (the live region has
 * already spoken it): a way to reach it, and the choice to follow the facilitator or not.
 * Its buttons keep their place when the choice changes, so focus stays on the one pressed.
 */
export function SpotlightBanner({ board, cardId, following, onFollow, actions }: Props) {
  const { t } = useTranslation();
  const card = useCard(board.store, cardId);
  // A card deleted while projected: nothing left to show.
  if (!card) return null;
  return (
    <div className="spotlight-banner">
      <p className="spotlight-banner-text">
        <strong>{t('phone.spotlight')}</strong> <span className="spotlight-banner-card">{card.text}</span>
      </p>
      <div className="spotlight-banner-actions">
        <button type="button" className="secondary" onClick={() => actions.focusCard(cardId)}>
          {t('phone.seeCard')}
        </button>
        <button type="button" className="secondary" onClick={() => onFollow(!following)}>
          {t(following ? 'phone.stopFollowing' : 'phone.follow')}
        </button>
      </div>
    </div>
  );
}
