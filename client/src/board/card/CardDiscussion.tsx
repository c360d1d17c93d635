/** Reactions and a short comment thread for one card, live for everyone (in the card's dialog). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { COMMENT_MAX_CHARS, REACTIONS, type Comment } from '@shared/card-comments';
import { useContentLang } from '../../i18n/content-lang';
import type { CardRecord } from '../store/card-record';
import type { BoardSession } from '../store/board-session';
import { ReactionIcon, REACTION_KEYS } from './ReactionIcon';

export function CardDiscussion({ card, session, canDiscuss }: { card: CardRecord; session: BoardSession; canDiscuss: boolean }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const { counts, mine } = card.reactions;
  const nameOf = (c: Comment) => c.authorName || t('discussion.anonymous');

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    session.comment(card.id, text.trim(), replyTo?.id ?? null);
    setText('');
    setReplyTo(null);
  };

  const replies = new Map<string, Comment[]>();
  for (const c of card.comments) if (c.replyTo) replies.set(c.replyTo, [...(replies.get(c.replyTo) ?? []), c]);
  const prompt = replyTo ? t('discussion.replyTo', { name: nameOf(replyTo) }) : t('discussion.comment');

  return (
    <div className="discussion">
      <div className="reactions" role="group" aria-label={t('discussion.react')}>
        {REACTIONS.map((reaction, i) => (
          <button
            key={reaction}
            type="button"
            className={counts.get(reaction) ? 'reaction reaction--used' : 'reaction'}
            aria-pressed={mine.has(reaction)}
            aria-label={`${t(`discussion.reactions.${REACTION_KEYS[i]!}`)} (${counts.get(reaction) ?? 0})`}
            title={t(`discussion.reactions.${REACTION_KEYS[i]!}`)}
            disabled={!canDiscuss}
            onClick={() => session.react(card.id, reaction)}
          >
            <ReactionIcon reaction={reaction} />
            {counts.get(reaction) ? <span aria-hidden="true">{counts.get(reaction)}</span> : null}
          </button>
        ))}
      </div>
      {card.comments.length === 0 ? (
        <p className="hint">{t('discussion.none')}</p>
      ) : (
        // A long thread scrolls: the keyboard reaches it even for someone who may not reply.
        <div className="thread-scroll" role="region" aria-label={t('discussion.title')} tabIndex={0}>
          <ul className="thread">
            {card.comments
              .filter((c) => !c.replyTo)
              .map((c) => (
                <li key={c.id}>
                  <p>
                    <strong>{nameOf(c)}</strong> <span lang={lang}>{c.text}</span>
                  </p>
                  {replies.has(c.id) && (
                    <ul>
                      {replies.get(c.id)!.map((r) => (
                        <li key={r.id}>
                          <strong>{nameOf(r)}</strong> <span lang={lang}>{r.text}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {canDiscuss && (
                    <button type="button" className="link-button" onClick={() => setReplyTo(c)}>
                      {t('discussion.reply')}
                    </button>
                  )}
                </li>
              ))}
          </ul>
        </div>
      )}
      {canDiscuss && (
        <form onSubmit={send} className="comment-form">
          <label>
            <span>{prompt}</span>
            <input value={text} maxLength={COMMENT_MAX_CHARS} lang={lang} onChange={(e) => setText(e.target.value)} autoFocus />
          </label>
          <button type="submit">{t('discussion.send')}</button>
        </form>
      )}
    </div>
  );
}
