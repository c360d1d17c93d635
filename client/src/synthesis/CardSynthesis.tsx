/**
 * What a card gains from the synthesis: the tables it came from (as tags), and for the
 * organiser or facilitator "Fusionner avec…" (synthesis boards) and "Vers la feuille de route".
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsOf, type Card } from '@shared/board-model';
import { tablesOf } from '@shared/synthesis';
import { useActionStatus } from '../components/use-action-status';
import { synthesisApi } from '../api/synthesis-api';
import type { BoardSession, BoardSnapshot } from '../board/store/board-session';
import { useStaff } from './use-staff';

const short = (text: string) => (text.trim().length > 50 ? `${text.trim().slice(0, 50)}…` : text.trim());

export function CardSynthesis({ card, session, snapshot }: { card: Card; session: BoardSession; snapshot: BoardSnapshot }) {
  const { t } = useTranslation();
  const board = snapshot.board;
  const staff = useStaff(board?.workshopId);
  const [merging, setMerging] = useState(false);
  const [other, setOther] = useState('');
  const { status, failed, run } = useActionStatus();
  const selectId = useId();
  const tables = tablesOf(cardsOf(session.doc).get(card.id));
  const preview = short(card.text) || t('board.empty');

  const merge = () =>
    run(async () => {
      if (!board || !staff || !other) return '';
      await synthesisApi.merge(board.id, card.id, [other], staff.token);
      setMerging(false);
      setOther('');
      return t('synthesis.merged');
    });
  const carry = () =>
    run(async () => {
      if (!board || !staff) return '';
      const { created } = await synthesisApi.toRoadmap(board.id, card.id, staff.token);
      return t(created ? 'synthesis.carried' : 'synthesis.alreadyCarried');
    });

  const others = snapshot.cards.filter((c) => c.id !== card.id);
  const canMerge = staff !== null && board?.kind === 'synthesis' && others.length > 0;
  const canCarry = staff !== null && board !== null && board.kind !== 'roadmap';
  if (tables.length === 0 && !canMerge && !canCarry) return null;

  return (
    <div className="card-synthesis">
      {tables.length > 0 && (
        <ul className="card-tables" aria-label={t('synthesis.tags')}>
          {tables.map((table) => (
            <li key={table} className="table-tag">
              {table}
            </li>
          ))}
        </ul>
      )}
      {(canMerge || canCarry) && (
        <div className="card-synthesis-actions">
          {canMerge && (
            <button type="button" className="link-button" aria-expanded={merging} onClick={() => setMerging(!merging)} aria-label={`${t('synthesis.mergeWith')} : ${preview}`}>
              {t('synthesis.mergeWith')}
            </button>
          )}
          {canCarry && (
            <button type="button" className="link-button" onClick={() => void carry()} aria-label={`${t('synthesis.toRoadmap')} : ${preview}`}>
              {t('synthesis.toRoadmap')}
            </button>
          )}
        </div>
      )}
      {merging && canMerge && (
        <div className="card-merge">
          <label htmlFor={selectId}>{t('synthesis.mergeTarget')}</label>
          <select id={selectId} value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">{t('synthesis.choose')}</option>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {short(c.text) || t('board.empty')}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" disabled={!other} onClick={() => void merge()}>
            {t('synthesis.merge')}
          </button>
        </div>
      )}
      <p role="status" className={failed ? 'card-synthesis-status is-error' : 'card-synthesis-status'}>
        {status}
      </p>
    </div>
  );
}
