import { Component, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

function PageFailedMessage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="home narrow">
      <p role="alert">{t('app.pageFailed')}</p>
      {/* Reloading fetches the current version's index, whose chunks exist. */}
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}

/**
 * A page whose code could not be downloaded, or that failed to render, shows a sentence and a
 * way out instead of an empty screen. Keyed by address in App, so going elsewhere starts afresh.
 */
export class PageFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <PageFailedMessage /> : this.props.children;
  }
}
