import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** "Suivre l'animateur", said with what it does: among the board's tools, beside the spotlight banner's own button. */
export function FollowToggle({ following, onFollow }: { following: boolean; onFollow: (following: boolean) => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <p className="follow">
      <label>
        <input type="checkbox" checked={following} onChange={(e) => onFollow(e.target.checked)} aria-describedby={hintId} />
        <span>{t('phone.follow')}</span>
      </label>
      <span className="follow-hint" id={hintId}>
        {t('phone.followHint')}
      </span>
    </p>
  );
}
