/** Reactions and a short comment thread under a card, live for everyone. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_CHARS, REACTIONS, type Comment } from '@shared/card-comments';
import type { BoardSession } from '../store/board-session';
import { ReactionIcon } from './ReactionIcon';

const REACTION_KEYS = ['like', 'love', 'idea', 'question', 'priority'] as const;

export function CardDiscussion({ cardId, session, canEdit }: { cardId: string; session: BoardSession; canEdit: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const comments = session.comments(cardId);
  const { counts, mine } = session.reactions(cardId);
  const threadId = `thread-${cardId}`;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    session.comment(cardId, text.trim(), replyTo?.id ?? null);
    setText('');
    setReplyTo(null);
  };

  return (
    <div className="discussion">
      <div className="reactions">
        {REACTIONS.map((reaction, i) => (
          <button
            key={reaction}
            type="button"
            className={counts.get(reaction) ? 'reaction reaction--used' : 'reaction'}
            aria-pressed={mine.has(reaction)}
            aria-label={`${t(`discussion.reactions.${REACTION_KEYS[i]!}`)} (${counts.get(reaction) ?? 0})`}
            title={t(`discussion.reactions.${REACTION_KEYS[i]!}`)}
            disabled={!canEdit}
            onClick={() => session.react(cardId, reaction)}
          >
            <ReactionIcon reaction={reaction} />
            {counts.get(reaction) ? <span aria-hidden="true">{counts.get(reaction)}</span> : null}
          </button>
        ))}
        <button type="button" className="link-button comments-toggle" aria-expanded={open} aria-controls={threadId} onClick={() => setOpen(!open)}>
          {t('discussion.comments', { count: comments.length })}
        </button>
      </div>
      {open && (
        <div id={threadId} className="thread">
          <ul>
            {comments
              .filter((c) => !c.replyTo)
              .map((c) => (
                <li key={c.id}>
                  <p>
                    <strong>{c.authorName || t('discussion.anonymous')}</strong> {c.text}
                  </p>
                  <ul>
                    {comments
                      .filter((r) => r.replyTo === c.id)
                      .map((r) => (
                        <li key={r.id}>
                          <strong>{r.authorName || t('discussion.anonymous')}</strong> {r.text}
                        </li>
                      ))}
                  </ul>
                  {canEdit && (
                    <button type="button" className="link-button" onClick={() => setReplyTo(c)}>
                      {t('discussion.reply')}
                    </button>
                  )}
                </li>
              ))}
          </ul>
          {canEdit && (
            <form onSubmit={send} className="comment-form">
              <label>
                <span className="visually-hidden">
                  {replyTo ? t('discussion.replyTo', { name: replyTo.authorName || t('discussion.anonymous') }) : t('discussion.comment')}
                </span>
                <input
                  value={text}
                  maxLength={COMMENT_MAX_CHARS}
                  placeholder={replyTo ? t('discussion.replyTo', { name: replyTo.authorName || t('discussion.anonymous') }) : t('discussion.comment')}
                  onChange={(e) => setText(e.target.value)}
                />
              </label>
              <button type="submit">{t('discussion.send')}</button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
