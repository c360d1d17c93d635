/**
 * The synthesis board's cards and votes per kind of structure, live: its cards as they are
 * gathered and merged, their authors' kinds (author-kinds.ts) and the vote totals once shown.
 */
import { useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { tallyByKind } from '@shared/results/by-kind';
import { useAuthorKinds } from '../board/author-kinds';
import type { BoardSession } from '../board/store/board-session';
import { useAllCards, useSlice } from '../board/store/use-store';
import { KindTable } from './KindTable';

export function SynthesisKinds({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const cards = useAllCards(session.store);
  const totals = useSlice(session.votes)?.totals;
  const kinds = useAuthorKinds();
  const rows = useMemo(
    () => tallyByKind(cards.map((card) => ({ kind: kinds.get(card.author) ?? null, votes: totals?.[card.id] ?? 0 }))),
    [cards, kinds, totals],
  );
  return (
    <section className="synthesis-kinds" aria-labelledby="synthesis-kinds-title">
      <h2 id="synthesis-kinds-title">{t('kinds.synthesisTitle')}</h2>
      <KindTable caption={t('kinds.title')} rows={rows} />
    </section>
  );
}
