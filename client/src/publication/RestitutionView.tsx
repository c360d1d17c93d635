/**
 * The restitution as a reader sees it: the public page and the organiser's preview render
 * this same component. Read-only: its one button prints.
 */
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Restitution } from '@shared/publication';
import { formatDay } from '../i18n/format-date';
import { KindTable } from '../synthesis/KindTable';
import { CardFacts, PublicCards } from './PublicCards';
import { RoadmapTable } from './RoadmapTable';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="restitution-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function RestitutionView({ restitution: r, preview }: { restitution: Restitution; preview: boolean }) {
  const { t, i18n } = useTranslation();
  const people = r.participation.reduce((sum, row) => sum + row.participants, 0);
  const when = [r.workshop.date && formatDay(r.workshop.date, i18n.language), r.workshop.place].filter(Boolean).join(' · ');
  return (
    <main id="main" className="restitution">
      {preview && (
        <p className="restitution-preview" role="note">
          {t('publication.previewNote')}
        </p>
      )}
      <header className="restitution-header">
        <p className="restitution-eyebrow">{t('publication.eyebrow')}</p>
        <h1 lang="fr">{r.workshop.title}</h1>
        {when && <p className="restitution-when">{when}</p>}
        <p className="restitution-when">{t('publication.participants', { count: people })}</p>
        <button type="button" className="secondary restitution-print" onClick={() => window.print()}>
          {t('publication.print')}
        </button>
      </header>

      <Section id="restitution-participation" title={t('publication.participation')}>
        <KindTable caption={t('publication.participationCaption')} rows={r.participation} withParticipants />
      </Section>

      {r.synthesis.length > 0 && (
        <Section id="restitution-synthesis" title={t('publication.synthesis')}>
          {r.synthesis.map((board, i) => (
            <PublicCards key={i} board={board} />
          ))}
        </Section>
      )}

      <Section id="restitution-top" title={t('publication.topCards')}>
        {r.topCards.length === 0 ? (
          <p className="hint">{t('publication.topCardsNone')}</p>
        ) : (
          <ol className="restitution-top">
            {r.topCards.map((card, i) => (
              <li key={i} className="restitution-card">
                <p lang="fr">{card.text}</p>
                <p className="restitution-where" lang="fr">
                  {card.column === null ? card.board : t('publication.where', { board: card.board, column: card.column })}
                </p>
                <CardFacts card={card} />
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="restitution-roadmap" title={t('publication.roadmap')}>
        <RoadmapTable actions={r.roadmap} />
      </Section>

      {r.boards.length > 0 && (
        <Section id="restitution-boards" title={t('publication.boards')}>
          {r.boards.map((board, i) => (
            <PublicCards key={i} board={board} />
          ))}
        </Section>
      )}
    </main>
  );
}
