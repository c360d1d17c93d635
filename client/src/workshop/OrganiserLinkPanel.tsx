import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { api } from '../api/api-client';
import { usePublicAddress } from '../app/public-address';
import { participantIdOf, switchSession, type Session } from '../identity/identity-store';

/**
 * The organiser's private link: preparing at the office and running the day on the venue's
 * laptop is the normal case, and a browser's storage is no account. The link is made at
 * creation and kept with the session; co-organisers get links of their own; regenerating
 * ends every organiser link and session but this one.
 */
export function OrganiserLinkPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const address = usePublicAddress();
  const [coOrganiser, setCoOrganiser] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const own = session.organiserLink ? `${address}${session.organiserLink}` : null;

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice(await work());
    } catch {
      setNotice(t('organiserLink.failed'));
    } finally {
      setBusy(false);
    }
  };
  const makeOwn = () =>
    act(async () => {
      const link = await api.createLink(session.workshopId, session.token, 'organiser');
      switchSession({ ...session, organiserLink: link.path });
      return '';
    });
  const makeCoOrganiser = () =>
    act(async () => {
      const link = await api.createLink(session.workshopId, session.token, 'organiser');
      setCoOrganiser(`${address}${link.path}`);
      return '';
    });
  const regenerate = () =>
    act(async () => {
      const { organiserToken } = await api.revokeOrganisers(session.workshopId, session.token);
      const link = await api.createLink(session.workshopId, organiserToken, 'organiser');
      setCoOrganiser(null);
      switchSession({ ...session, token: organiserToken, participantId: participantIdOf(organiserToken), organiserLink: link.path });
      return t('organiserLink.regenerated');
    });

  return (
    <section className="panel organiser-link" aria-labelledby="organiser-link-title">
      <h2 id="organiser-link-title">{t('organiserLink.title')}</h2>
      <p className="organiser-link-keep">{t('organiserLink.keep')}</p>
      {own ? <LinkLine url={own} label={t('organiserLink.yours')} mailSubject={t('organiserLink.mailSubject')} /> : (
        <button type="button" className="primary" disabled={busy} onClick={() => void makeOwn()}>
          {t('organiserLink.make')}
        </button>
      )}
      {coOrganiser ? <LinkLine url={coOrganiser} label={t('organiserLink.coOrganiser')} mailSubject={t('organiserLink.mailSubject')} /> : (
        <button type="button" disabled={busy} onClick={() => void makeCoOrganiser()}>
          {t('organiserLink.makeCoOrganiser')}
        </button>
      )}
      <details className="organiser-link-danger">
        <summary>{t('organiserLink.lost')}</summary>
        <p>{t('organiserLink.regenerateHint')}</p>
        <button type="button" disabled={busy} onClick={() => void regenerate()}>
          {t('organiserLink.regenerate')}
        </button>
      </details>
      <p role="status" className="organiser-link-status">{notice}</p>
    </section>
  );
}

function LinkLine({ url, label, mailSubject }: { url: string; label: string; mailSubject: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const mail = `mailto:?subject=${encodeURIComponent(mailSubject)}&body=${encodeURIComponent(url)}`;
  return (
    <div className="organiser-link-line">
      <label className="field">
        <span>{label}</span>
        <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="organiser-link-actions">
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('workshop.copy')}
        </button>
        <a href={mail}>
          {t('organiserLink.mail')}
        </a>
        <span role="status" className="copied">
          {copied ? t('workshop.copied') : ''}
        </span>
      </div>
    </div>
  );
}
