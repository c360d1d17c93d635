import type { RefObject } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { DraftAuthor } from '@shared/protocol';
import type { RunCommands } from './use-command-sequence';

/** French elides "de" before a vowel: "les cartes d’Alice", "les cartes de Bruno". */
const ELIDED = /^[aeiouyàâäéèêëîïôöùûü]/i;

interface Props {
  authors: DraftAuthor[] | null;
  run: RunCommands;
  /** Reads the counts again once a person's cards are out. */
  refresh: () => void;
  /** Where focus goes once a person's line, and the button pressed on it, is gone. */
  after: RefObject<HTMLButtonElement | null>;
}

/** During private writing: who has written how many cards (never what), and a reveal per person. */
export function DraftCounts({ authors, run, refresh, after }: Props) {
  const { t } = useTranslation();
  if (authors === null) return null;
  if (authors.length === 0) return <p className="step-hint">{t('facilitation.noDrafts')}</p>;
  return (
    <ul className="draft-counts" aria-label={t('facilitation.draftCounts')}>
      {authors.map((author) => {
        const name = author.name || t('discussion.anonymous');
        return (
          <li key={author.participantId}>
            <span className="draft-author">{name}</span>{' '}
            <span className="draft-count">{t('facilitation.draftCount', { count: author.cards })}</span>
            <button
              type="button"
              onClick={() =>
                void run([{ type: 'drafts.reveal', author: author.participantId }]).then((done) => {
                  if (!done) return;
                  after.current?.focus();
                  refresh();
                })
              }
            >
              {t(ELIDED.test(name) ? 'facilitation.revealAuthorElided' : 'facilitation.revealAuthor', { name })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
