/** Says, on the workshop page and each board, that this is a sample that will be deleted. */
import { useTranslation } from '../i18n/use-translation';
import { Link } from '../app/Link';
import { paths } from '../app/routes';
import { demoLifetimeFrom, useServerConfig } from '../app/server-config';
import { useDemoFlag } from './demo-flag';
import './demo.css';

interface Props {
  workshopId: string;
  token: string;
  /** The flag, when the page already read the workshop. */
  demo?: boolean;
}

export function DemoBanner({ workshopId, token, demo }: Props) {
  const { t } = useTranslation();
  // The server's DEMO_LIFETIME_HOURS: said once known, never a figure the server did not give.
  const hours = useServerConfig(demoLifetimeFrom);
  if (!useDemoFlag(workshopId, token, demo)) return null;
  return (
    <p className="demo-banner" role="note">
      <strong>{t('demo.banner')}</strong>
      {hours !== null && <span>{t('demo.lifetime', { count: hours })}</span>}
      <Link href={paths.home()}>{t('demo.create')}</Link>
    </p>
  );
}
