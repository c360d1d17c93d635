/**
 * `/present/<boardId>[#<projector token>]`: the board on the room's screen. Large type, no
 * editing chrome. Without a token in the address, an organiser's or facilitator's own session
 * is used; a new token pasted after `#` opens the board again with it.
 */
import { useTranslation } from '../i18n/use-translation';
import { Link } from '../app/Link';
import { paths } from '../app/router';
import { ProjectorScreen } from './ProjectorScreen';
import { useProjectorToken } from './use-projector-token';

export function PresentPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const access = useProjectorToken(boardId);
  if (access.status === 'looking') return <main id="main" className="loading">{t('status.connecting')}</main>;
  if (access.status === 'none') {
    return (
      <main id="main" className="home narrow">
        <p role="alert">{t('present.noAccess')}</p>
        <Link href={paths.home()}>{t('app.home')}</Link>
      </main>
    );
  }
  // Keyed by token: another token is another person on the board, with a session of its own.
  return <ProjectorScreen key={access.token} boardId={boardId} token={access.token} />;
}
