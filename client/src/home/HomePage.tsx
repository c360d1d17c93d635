import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/Link';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { loadSessions, saveOrganiserSession } from '../identity/identity-store';
import { CreateForm } from './CreateForm';
import { ImportBackup } from './ImportBackup';
import { JoinForm } from './JoinForm';

export function HomePage() {
  const { t } = useTranslation();
  const [demoBusy, setDemoBusy] = useState(false);
  const [demoError, setDemoError] = useState(false);
  const recent = Object.values(loadSessions()).filter((s) => s.title);

  const openDemo = async () => {
    setDemoBusy(true);
    setDemoError(false);
    preloadPage('workshop');
    try {
      // Filling the demo needs the Yjs client: fetched on this click, not with the home page.
      const { createDemoWorkshop } = await import('../demo/create-demo');
      const demo = await createDemoWorkshop();
      saveOrganiserSession(demo, t('home.organiserName'));
      navigate(paths.workshop(demo.id));
    } catch {
      setDemoError(true);
      setDemoBusy(false);
    }
  };

  return (
    <main id="main" className="home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        {/* Above the fold: a newcomer sees a living board in one click. */}
        <div className="demo-row">
          <button type="button" className="secondary" onClick={openDemo} disabled={demoBusy}>
            {demoBusy ? t('home.demoLoading') : t('home.demo')}
          </button>
          <p className="hint">
            <strong>{t('home.demoTitle')}</strong> {t('home.demoHint')}
          </p>
        </div>
        {demoError && (
          <p className="form-error" role="alert">
            {t('errors.generic')}
          </p>
        )}
      </section>
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
      <div className="home-paths">
        <section className="panel" aria-labelledby="join-title">
          <h2 id="join-title">{t('home.joinTitle')}</h2>
          <p className="hint">{t('home.joinHint')}</p>
          <JoinForm />
        </section>
        <section className="panel" aria-labelledby="create-title">
          <h2 id="create-title">{t('home.createTitle')}</h2>
          <p className="hint">{t('home.createHint')}</p>
          <CreateForm />
          <ImportBackup />
        </section>
      </div>
    </main>
  );
}
