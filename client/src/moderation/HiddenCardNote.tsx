/**
 * A hidden card as the two who may still see it read it: its author (their words, and why
 * the facilitator hid them) and the board's facilitators (the same, dimmed, and "Réafficher").
 * Everyone else's store holds no such card (board-store.ts).
 */
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { useHiddenWords } from './use-moderation';
import { useShowCard } from './use-show-card';
import './moderation.css';

interface Props {
  session: BoardSession;
  cardId: string;
  reason: string;
  /** The id the card's label points at: its words. */
  textId: string;
  lang: string | undefined;
  /** A facilitator: offers "Réafficher". */
  moderator: boolean;
  tabIndex: number;
}

export function HiddenCardNote({ session, cardId, reason, textId, lang, moderator, tabIndex }: Props) {
  const { t } = useTranslation();
  const words = useHiddenWords(session, cardId, true);
  const { show, error } = useShowCard(session, cardId);
  return (
    <div className="hidden-card">
      <p id={textId} className="card-text hidden-card-text" lang={words ? lang : undefined}>
        {words?.text || t('moderation.hiddenWordsUnknown')}
      </p>
      <p className="hidden-card-reason">{t('moderation.hiddenBy', { reason })}</p>
      {moderator && (
        <button type="button" className="hidden-card-show" tabIndex={tabIndex} onClick={show} aria-label={t('moderation.showCard', { text: words?.text.slice(0, 40) ?? reason })}>
          {t('moderation.show')}
        </button>
      )}
      <p className="form-error" role="alert">
        {error}
      </p>
    </div>
  );
}
