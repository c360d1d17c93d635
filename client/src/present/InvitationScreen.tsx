/** The full-screen invitation: the address to type and the code in very large type, and a QR code to scan. */
import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { JoinInfo } from './use-join-info';

export function InvitationScreen({ join }: { join: JoinInfo }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="projector-invitation" aria-labelledby={headingId}>
      <div className="invitation-words">
        <h2 id={headingId}>{t('present.invitation')}</h2>
        <dl>
          <dt>{t('present.address')}</dt>
          <dd className="invitation-address">{join.address}</dd>
          <dt>{t('present.code')}</dt>
          <dd className="invitation-code" data-testid="invitation-code">
            {join.code}
          </dd>
        </dl>
      </div>
      <figure className="invitation-qr">
        <figcaption>{t('present.scan')}</figcaption>
        <img src={join.qr} alt={t('present.qr', { code: join.code })} />
      </figure>
    </section>
  );
}
