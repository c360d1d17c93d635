import { useTranslation } from '../i18n/use-translation';
import type { StepProps } from './step-props';

/**
 * What holds whatever the step: lock, anonymity, who may edit and move cards, controlled mode. Each box is a
 * setting changed by its own click (never by moving through a list), told to the room at once.
 */
export function FacilitationSettings({ state, run }: StepProps) {
  const { t } = useTranslation();
  return (
    <details className="facilitation-settings">
      <summary>{t('facilitation.settings')}</summary>
      <div className="settings-list">
        <label className="check">
          <input type="checkbox" checked={state.locked} onChange={(e) => void run([{ type: 'lock.set', locked: e.target.checked }])} />
          <span>{t('facilitation.lock')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={state.anonymous} onChange={(e) => void run([{ type: 'anonymity.set', anonymous: e.target.checked }])} />
          <span>{t('facilitation.anonymous')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.freeEditing}
            aria-describedby="free-editing-hint"
            onChange={(e) => void run([{ type: 'freeEditing.set', enabled: e.target.checked }])}
          />
          <span>{t('facilitation.freeEditing')}</span>
        </label>
        <p id="free-editing-hint" className="step-hint">
          {t('facilitation.freeEditingHint')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={state.movesRestricted}
            aria-describedby="moves-restricted-hint"
            onChange={(e) => void run([{ type: 'moves.restrict', restricted: e.target.checked }])}
          />
          <span>{t('facilitation.movesRestricted')}</span>
        </label>
        <p id="moves-restricted-hint" className="step-hint">
          {t('facilitation.movesRestrictedHint')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={state.controlled}
            aria-describedby="controlled-hint"
            onChange={(e) => void run([{ type: 'controlled.set', enabled: e.target.checked }])}
          />
          <span>{t('moderation.controlled')}</span>
        </label>
        <p id="controlled-hint" className="step-hint">
          {t('moderation.controlledHint')}
        </p>
      </div>
    </details>
  );
}
