import { useTranslation } from 'react-i18next';
import type { Person } from './store/board-session';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');

export function PresenceBar({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  return (
    <div className="presence">
      <span className="visually-hidden">{t('board.present')}</span>
      <ul className="presence-list" aria-label={t('board.present')}>
        {people.map((p) => (
          <li key={p.clientId} className="avatar" style={{ background: p.color }} title={p.self ? `${p.name} (${t('board.you')})` : p.name}>
            <span aria-hidden="true">{initials(p.name)}</span>
            <span className="visually-hidden">{p.self ? `${p.name} (${t('board.you')})` : p.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
