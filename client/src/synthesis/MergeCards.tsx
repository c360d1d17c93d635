/** "Fusionner avec…": another card of the synthesis folded into this one (texts, comments, reactions, votes). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { synthesisApi } from '../api/synthesis-api';
import type { BoardSession } from '../board/store/board-session';
import type { CardRecord } from '../board/store/card-record';
import { failureText } from './carry-to-roadmap';

const short = (text: string) => (text.trim().length > 50 ? `${text.trim().slice(0, 50)}…` : text.trim());

interface Props {
  card: CardRecord;
  session: BoardSession;
  token: string;
  onMerged: () => void;
}

export function MergeCards({ card, session, token, onMerged }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const selectId = useId();
  // Read once, when the dialog opens: the list to choose from.
  const [others] = useState(() => session.store.allCards().filter((c) => c.id !== card.id));

  const merge = async () => {
    try {
      await synthesisApi.merge(session.boardId, card.id, [other], token);
      onMerged();
    } catch (err) {
      setFailure(failureText(t, err));
    }
  };

  return (
    <div className="card-merge">
      <label htmlFor={selectId}>{t('synthesis.mergeTarget')}</label>
      <select id={selectId} value={other} onChange={(e) => setOther(e.target.value)}>
        <option value="">{t('synthesis.choose')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {short(c.text) || t('board.blank')}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" disabled={!other} onClick={() => void merge()}>
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
