/**
 * A card's text field bound to its Y.Text: local typing becomes minimal inserts and
 * deletes, and remote edits land without moving this person's caret.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import { LIMITS } from '@shared/limits';
import { LOCAL, type BoardSession } from '../store/board-session';
import { diffText, transformPosition, type Delta } from './text-diff';

interface Props {
  session: BoardSession;
  cardId: string;
  readOnly: boolean;
  autoFocus: boolean;
  onKeyDown?: (event: React.KeyboardEvent<HTMLTextAreaElement>) => void;
}

function fitHeight(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight}px`;
}

export function CardText({ session, cardId, readOnly, autoFocus, onKeyDown }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = cardsOf(session.doc).get(cardId)?.get('text');

  useLayoutEffect(() => {
    const area = ref.current;
    if (!area || !(text instanceof Y.Text)) return;
    area.value = text.toString();
    fitHeight(area);
    const observer = (event: Y.YTextEvent) => {
      if (event.transaction.origin === LOCAL) return;
      const focused = document.activeElement === area;
      const [start, end] = [area.selectionStart, area.selectionEnd];
      area.value = text.toString();
      fitHeight(area);
      if (focused) {
        const delta = event.delta as Delta;
        area.setSelectionRange(transformPosition(start, delta), transformPosition(end, delta));
      }
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  useLayoutEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const onInput = () => {
    const area = ref.current;
    if (!area || !(text instanceof Y.Text)) return;
    const change = diffText(text.toString(), area.value);
    fitHeight(area);
    if (!change) return;
    session.editText(cardId, (y) => {
      if (change.remove > 0) y.delete(change.index, change.remove);
      if (change.insert) y.insert(change.index, change.insert);
    });
  };

  return (
    <textarea
      ref={ref}
      className="card-text"
      aria-label={t('board.cardText')}
      rows={2}
      maxLength={LIMITS.cardTextMaxChars}
      readOnly={readOnly}
      onInput={onInput}
      onFocus={() => session.setPresence(cardId)}
      onBlur={() => session.setPresence(null)}
      onKeyDown={onKeyDown}
      spellCheck
    />
  );
}
