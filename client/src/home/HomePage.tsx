import { useTranslation } from '../i18n/use-translation';
import { Link } from '../app/Link';
import { demoLifetimeFrom, useServerConfig } from '../app/server-config';
import { paths } from '../app/router';
import { loadSessions, saveOrganiserSession } from '../identity/identity-store';
import { CreateForm } from './CreateForm';
import { ImportBackup } from './ImportBackup';
import { JoinForm } from './JoinForm';
import { useOpenWorkshop } from './use-open-workshop';
import './home-page.css';

export function HomePage() {
  const { t } = useTranslation();
  const demo = useOpenWorkshop();
  // The server's DEMO_LIFETIME_HOURS: said once known, never a figure the server did not give.
  const demoHours = useServerConfig(demoLifetimeFrom);
  const recent = Object.values(loadSessions()).filter((s) => s.title);

  const openDemo = () =>
    demo.open(async () => {
      // Filling the demo needs the Yjs client: fetched on this click, not with the home page.
      const { createDemoWorkshop } = await import('../demo/create-demo');
      const created = await createDemoWorkshop();
      saveOrganiserSession(created, t('home.organiserName'));
      return [paths.workshop(created.id)];
    });

  return (
    <main id="main" className="home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
      </section>
      {/* The code field first: most people arrive here with a code shown in the room, on a phone. */}
      <div className="home-paths">
        <section className="panel home-join" aria-labelledby="join-title">
          <h2 id="join-title">{t('home.joinTitle')}</h2>
          <p className="hint">{t('home.joinHint')}</p>
          <JoinForm />
        </section>
        {/* Under the code: a newcomer without one sees a living board in one click. */}
        <div className="demo-row home-demo">
          <button type="button" className="secondary" onClick={() => void openDemo()} disabled={demo.busy}>
            {demo.busy ? t('home.demoLoading') : t('home.demo')}
          </button>
          <p className="hint">
            <strong>{t('home.demoTitle')}</strong> {t('home.demoHint')}
            {demoHours !== null && <> {t('home.demoKept', { count: demoHours })}</>}
          </p>
          {demo.error && (
            <p className="form-error" role="alert">
              {demo.error}
            </p>
          )}
        </div>
        <section className="panel home-create" aria-labelledby="create-title">
          <h2 id="create-title">{t('home.createTitle')}</h2>
          <p className="hint">{t('home.createHint')}</p>
          <CreateForm />
          <ImportBackup />
        </section>
      </div>
      {recent.length > 0 && (
        <section className="recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('home.recent')}</h2>
          <ul className="recent-list">
            {recent.map((s) => (
              <li key={s.workshopId}>
                <Link href={paths.workshop(s.workshopId)}>{s.title}</Link>
                <span className="hint">{t(`home.roles.${s.role}`, { name: s.name })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
