import { useTranslation } from '../i18n/use-translation';
import { normaliseJoinCode } from '@shared/join-code';
import { JoinForm } from './JoinForm';

/** `/join/<code>`: the link or QR code shown in the room, with the code filled in. */
export function JoinPage({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="home narrow">
      <section className="panel" aria-labelledby="join-title">
        <h1 id="join-title">{t('home.joinTitle')}</h1>
        <p className="hint">{t('home.joinHint')}</p>
        <JoinForm initialCode={normaliseJoinCode(code)} />
      </section>
    </main>
  );
}
