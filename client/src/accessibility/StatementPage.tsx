/** `/accessibilite`: the accessibility statement (RGAA model), in the interface's language. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { loadStatement, type Statement } from './statement';

function List({ items }: { items: readonly string[] }) {
  // An empty list is no list (a screen reader would announce "liste, 0 élément").
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function StatementPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const [statement, setStatement] = useState<Statement | 'failed' | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadStatement(language).then(
      (loaded) => !cancelled && setStatement(loaded),
      () => !cancelled && setStatement('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [language]);
  // The other language's text stays shown until this one arrives.
  if (!statement) return <main id="main" className="loading">{t('app.loadingPage')}</main>;
  if (statement === 'failed') {
    return (
      <main id="main" className="home narrow">
        <p role="alert">{t('errors.network')}</p>
      </main>
    );
  }
  return <StatementText s={statement} />;
}

function StatementText({ s }: { s: Statement }) {
  const { inaccessible, making, remedies } = s;
  return (
    <main id="main" className="statement">
      <h1>{s.title}</h1>
      {s.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <section aria-labelledby="statement-status">
        <h2 id="statement-status">{s.status.heading}</h2>
        <p>
          <strong>{s.status.text}</strong>
        </p>
      </section>
      <section aria-labelledby="statement-results">
        <h2 id="statement-results">{s.results.heading}</h2>
        <p>{s.results.text}</p>
      </section>
      <section aria-labelledby="statement-inaccessible">
        <h2 id="statement-inaccessible">{inaccessible.heading}</h2>
        <h3>{inaccessible.nonCompliantHeading}</h3>
        <p>{inaccessible.nonCompliantIntro}</p>
        <List items={inaccessible.nonCompliant} />
        <h3>{inaccessible.derogationsHeading}</h3>
        <p>{inaccessible.derogations}</p>
        <h3>{inaccessible.exemptHeading}</h3>
        <p>{inaccessible.exempt}</p>
      </section>
      <section aria-labelledby="statement-making">
        <h2 id="statement-making">{making.heading}</h2>
        <p>{making.date}</p>
        <h3>{making.technologiesHeading}</h3>
        <List items={making.technologies} />
        <h3>{making.environmentHeading}</h3>
        <List items={making.environment} />
        <h3>{making.toolsHeading}</h3>
        <List items={making.tools} />
        <h3>{making.pagesHeading}</h3>
        <List items={making.pages} />
        <p>{making.grid}</p>
      </section>
      <section aria-labelledby="statement-contact">
        <h2 id="statement-contact">{s.contact.heading}</h2>
        {s.contact.text.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <section aria-labelledby="statement-remedies">
        <h2 id="statement-remedies">{remedies.heading}</h2>
        <p>{remedies.text}</p>
        <ul>
          {remedies.ways.map((way) => (
            <li key={way.text}>
              {way.href ? (
                <a href={way.href} hrefLang="fr">
                  {way.text}
                </a>
              ) : (
                way.text
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
