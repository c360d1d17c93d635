/**
 * A card's text field, mounted only while this person writes in the card: local typing
 * becomes minimal inserts and deletes in the card's Y.Text, and others' edits land without
 * moving this person's caret.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type * as Y from 'yjs';
import { LIMITS } from '@shared/limits';
import { LOCAL, type BoardSession } from '../store/board-session';
import { diffText, transformPosition, type Delta } from './text-diff';

interface Props {
  session: BoardSession;
  cardId: string;
  text: Y.Text;
  /** The character typed on the card that opened the editor: written at the end. */
  typed?: string;
  /** Enter: the person goes on to a new card after this one. */
  onEnter: () => void;
  /** Escape (back to the card) or focus gone elsewhere. */
  onLeave: (refocusCard: boolean) => void;
  /** The content's language, when the interface speaks another. */
  lang: string | undefined;
}

function fitHeight(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight}px`;
}

export function CardEditor({ session, cardId, text, typed, onEnter, onLeave, lang }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);

  const write = () => {
    const area = ref.current;
    if (!area) return;
    const change = diffText(text.toString(), area.value);
    fitHeight(area);
    if (!change) return;
    session.editText(text, (y) => {
      if (change.remove > 0) y.delete(change.index, change.remove);
      if (change.insert) y.insert(change.index, change.insert);
    });
  };

  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    if (document.activeElement === area) {
      // The same card in another document while its author writes (a reveal moves a private
      // draft into the board): the field, its caret and what was typed meanwhile stay.
      session.setEditing(cardId);
      write();
    } else {
      area.value = text.toString();
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
      if (typed && area.value.length + typed.length <= LIMITS.cardTextMaxChars) {
        area.setRangeText(typed, area.value.length, area.value.length, 'end');
        write();
      }
    }
    fitHeight(area);
    const observer = (event: Y.YTextEvent) => {
      if (event.transaction.origin === LOCAL) return;
      const [start, end] = [area.selectionStart, area.selectionEnd];
      area.value = text.toString();
      fitHeight(area);
      const delta = event.delta as Delta;
      area.setSelectionRange(transformPosition(start, delta), transformPosition(end, delta));
    };
    text.observe(observer);
    return () => text.unobserve(observer);
    // Once per text: `typed` is the first character only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  return (
    <textarea
      ref={ref}
      className="card-text card-editor"
      aria-label={t('board.cardText')}
      lang={lang}
      rows={1}
      maxLength={LIMITS.cardTextMaxChars}
      onInput={write}
      onFocus={() => session.setEditing(cardId)}
      onBlur={() => {
        session.setEditing(null);
        onLeave(false);
      }}
      onKeyDown={(event) => {
        // Keys typed here are the text's: not the card's shortcuts, not the board's.
        event.stopPropagation();
        if (event.nativeEvent.isComposing) return;
        // Enter adds the next card; Shift+Enter keeps a line break inside this one.
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          onEnter();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onLeave(true);
        } else if ((event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase())) {
          // Undo and redo are the board's (one's own changes), as elsewhere on the board.
          event.preventDefault();
          if (event.key.toLowerCase() === 'y' || event.shiftKey) session.redoLast();
          else session.undoLast();
        }
      }}
      spellCheck
    />
  );
}

