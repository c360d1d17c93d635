import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { usePublicAddress } from '../app/public-address';
import { paths } from '../app/router';

/** For the organiser: the code and link in large type, to show the room. */
export function JoinCodePanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const link = `${usePublicAddress()}${paths.join(code)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="join-panel" aria-labelledby="join-code-title">
      <div>
        <h2 id="join-code-title">{t('workshop.joinCode')}</h2>
        <p className="join-code" data-testid="join-code">
          {code.slice(0, Math.ceil(code.length / 2))}&nbsp;{code.slice(Math.ceil(code.length / 2))}
        </p>
      </div>
      <div className="join-link">
        <h2>{t('workshop.joinLink')}</h2>
        <p className="join-url">{link}</p>
        <button type="button" className="secondary" onClick={copy}>
          {t('workshop.copy')}
        </button>
        <span role="status" className="copied">
          {copied ? t('workshop.copied') : ''}
        </span>
      </div>
    </section>
  );
}
