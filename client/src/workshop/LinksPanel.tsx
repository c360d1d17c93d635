import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardInfo, LinkRole } from '@shared/protocol';
import { api } from '../api/api-client';
import { publicAddress } from '../app/public-address';
import type { Session } from '../identity/identity-store';

/** For the organiser: projector and facilitator links per board, and revocation. */
export function LinksPanel({ session, boards }: { session: Session; boards: BoardInfo[] }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  /** `boardId` undefined: a facilitator link for every board of the workshop. */
  const make = async (role: 'facilitator' | 'viewer', boardId?: string) => {
    const link = await api.createLink(session.workshopId, session.token, role, boardId);
    const address = await publicAddress();
    setLinks((all) => ({ ...all, [`${role}:${boardId ?? '*'}`]: `${address}${link.path}` }));
  };
  const workshopLink = links['facilitator:*'];
  const revoke = async (role: LinkRole) => {
    await api.revokeLinks(session.workshopId, session.token, role);
    setLinks((all) => Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(`${role}:`))));
    setNotice(t('links.revoked'));
  };
  return (
    <section className="links panel" aria-labelledby="links-title">
      <h2 id="links-title">{t('links.title')}</h2>
      <ul className="links-list">
        {boards.map((board) => (
          <li key={board.id}>
            <strong>{board.title}</strong>
            {(['viewer', 'facilitator'] as const).map((role) => {
              const url = links[`${role}:${board.id}`];
              return url ? (
                <a key={role} href={url} target="_blank" rel="noreferrer" className="link-url">
                  {t(`links.${role}`)} : {url}
                </a>
              ) : (
                <button key={role} type="button" onClick={() => void make(role, board.id)} aria-label={`${t(`links.make.${role}`)} – ${board.title}`}>
                  {t(`links.make.${role}`)}
                </button>
              );
            })}
          </li>
        ))}
      </ul>
      <p>
        {workshopLink ? (
          <a href={workshopLink} target="_blank" rel="noreferrer" className="link-url">
            {t('links.workshopFacilitator')} : {workshopLink}
          </a>
        ) : (
          <button type="button" onClick={() => void make('facilitator')}>
            {t('links.make.workshopFacilitator')}
          </button>
        )}
      </p>
      <div className="links-revoke">
        <button type="button" onClick={() => void revoke('viewer')}>
          {t('links.revoke.viewer')}
        </button>
        <button type="button" onClick={() => void revoke('facilitator')}>
          {t('links.revoke.facilitator')}
        </button>
        <span role="status">{notice}</span>
      </div>
    </section>
  );
}
