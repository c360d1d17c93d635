import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PresenceStore } from './store/presence-store';
import { usePeople } from './store/use-store';

/** A plenary has hundreds of people: a few faces, then how many more. */
const FACES_SHOWN = 8;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase())
    .join('');

/** Who is here; re-renders when people come, go or change name, not when they type. */
export const PresenceBar = memo(function PresenceBar({ presence }: { presence: PresenceStore }) {
  const { t } = useTranslation();
  const people = usePeople(presence);
  const more = people.length - FACES_SHOWN;
  return (
    <div className="presence">
      <ul className="presence-list" aria-label={t('board.presentCount', { count: people.length })}>
        {people.slice(0, FACES_SHOWN).map((p) => {
          const name = p.name || t('discussion.anonymous');
          const label = p.self ? `${name} (${t('board.you')})` : name;
          return (
            <li key={p.clientId} className="avatar" style={{ background: p.color }} title={label}>
              <span aria-hidden="true">{initials(p.name) || '?'}</span>
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
        {more > 0 && (
          <li className="avatar avatar--more">
            <span aria-hidden="true">+{more}</span>
            <span className="visually-hidden">{t('board.presentMore', { count: more })}</span>
          </li>
        )}
      </ul>
    </div>
  );
});
