import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useAnnounce } from '../a11y/LiveRegion';
import { apiErrorText } from '../home/api-error-text';
import './current-board.css';

interface Props {
  boardId: string;
  /** The workshop's current board; undefined until read. */
  current: string | null | undefined;
  point: (boardId: string | null) => Promise<void>;
}

/**
 * Where participants land after joining, said and changed from the facilitation panel. One
 * button in one place whatever the state, so that focus stays on it when its label changes;
 * the outcome is heard through the live region.
 */
export function CurrentBoardControl({ boardId, current, point }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  if (current === undefined) return null;
  const here = current === boardId;
  const change = async () => {
    setError(null);
    try {
      await point(here ? null : boardId);
      announce(t(here ? 'phone.unpointed' : 'phone.pointedHere'));
    } catch (err) {
      setError(apiErrorText(t, i18n, err));
    }
  };
  return (
    <div className={here ? 'current-board current-board--here' : 'current-board'}>
      <p className="current-board-state">
        {here ? (
          <>
            <strong>{t('phone.pointedHere')}</strong> {t('phone.pointedHint')}
          </>
        ) : (
          current !== null && t('phone.pointedElsewhere')
        )}
      </p>
      <button type="button" className="secondary" onClick={() => void change()}>
        {t(here ? 'phone.unpoint' : 'phone.pointHere')}
      </button>
      <p className="form-error" role="alert">
        {error}
      </p>
    </div>
  );
}
