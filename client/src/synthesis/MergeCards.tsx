/**
 * "Fusionner avec…": another card of the synthesis folded into this one (comments, reactions,
 * votes), keeping the wording the facilitator chooses. Closing the dialog gives the focus back
 * to this card, which stays.
 */
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { failureText } from '../api/failure-text';
import { synthesisApi } from '../api/synthesis-api';
import type { BoardSession } from '../board/store/board-session';
import type { CardRecord } from '../board/store/card-record';
import { textToSend, type Wording } from './merge-wording';
import { MergeWording } from './MergeWording';

const short = (text: string) => (text.trim().length > 50 ? `${text.trim().slice(0, 50)}…` : text.trim());

interface Props {
  card: CardRecord;
  session: BoardSession;
  token: string;
  onMerged: () => void;
}

export function MergeCards({ card, session, token, onMerged }: Props) {
  const { t } = useTranslation();
  const [otherId, setOtherId] = useState('');
  const [wording, setWording] = useState<Wording>('both');
  const [edited, setEdited] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const selectId = useId();
  // Read once, when the dialog opens: the list to choose from.
  const [others] = useState(() => session.store.allCards().filter((c) => c.id !== card.id));
  const other = others.find((c) => c.id === otherId);
  const blank = wording === 'edit' && edited.trim() === '';

  const merge = async () => {
    if (!other) return;
    try {
      await synthesisApi.merge(session.boardId, card.id, [other.id], token, textToSend(wording, card.text, other.text, edited));
      onMerged();
    } catch (err) {
      setFailure(failureText(t, err));
    }
  };

  return (
    <div className="card-merge">
      <label htmlFor={selectId}>{t('synthesis.mergeTarget')}</label>
      <select id={selectId} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
        <option value="">{t('synthesis.choose')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {short(c.text) || t('board.blank')}
          </option>
        ))}
      </select>
      {other && (
        <MergeWording
          into={card.text}
          other={other.text}
          wording={wording}
          edited={edited}
          onWording={(w, text) => (setWording(w), setEdited(text))}
          onEdited={setEdited}
        />
      )}
      <button type="button" className="secondary" disabled={!other || blank} onClick={() => void merge()}>
        {t('synthesis.merge')}
      </button>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </div>
  );
}
