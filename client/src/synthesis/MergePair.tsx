/** A pair of similar cards about to be merged: which wording to keep, then merge or cancel. */
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CardRecord } from '../board/store/card-record';
import { textToSend, type Wording } from './merge-wording';
import { MergeWording } from './MergeWording';

const QUOTED_CHARS = 40;
const quoted = (text: string) => (text.trim().length > QUOTED_CHARS ? `${text.trim().slice(0, QUOTED_CHARS)}…` : text.trim());

interface Props {
  into: CardRecord;
  other: CardRecord;
  busy: boolean;
  /** `text`: the wording kept, or undefined for both texts. */
  onMerge(text: string | undefined): void;
  onCancel(): void;
}

export function MergePair({ into, other, busy, onMerge, onCancel }: Props) {
  const { t } = useTranslation();
  const [wording, setWording] = useState<Wording>('both');
  const [edited, setEdited] = useState('');
  // Side by side in a list, "this card" means nothing: each choice quotes its text.
  const labels = { this: t('synthesis.keepFirst', { text: quoted(into.text) }), other: t('synthesis.keepFirst', { text: quoted(other.text) }) };
  return (
    <div className="merge-pair">
      <MergeWording
        into={into.text}
        other={other.text}
        wording={wording}
        edited={edited}
        labels={labels}
        onWording={(w, text) => (setWording(w), setEdited(text))}
        onEdited={setEdited}
      />
      <div className="merge-pair-actions">
        <button type="button" className="primary" disabled={busy || (wording === 'edit' && edited.trim() === '')} onClick={() => onMerge(textToSend(wording, into.text, other.text, edited))}>
          {t('synthesis.merge')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('synthesis.cancel')}
        </button>
      </div>
    </div>
  );
}
