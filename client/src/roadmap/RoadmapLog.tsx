/**
 * An action's record: its status history and its progress notes, newest first (what moved
 * last is what a coordinator looks for), and, for whoever may write, a field to add a note.
 * Shown in the action's details on the board and on the lead's follow-up page.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { RoadmapStatus } from '@shared/roadmap';
import { ROADMAP_NOTE_MAX_CHARS } from '@shared/roadmap-log';
import { formatMoment } from './roadmap-table';
import './roadmap-log.css';

export interface ShownEntry {
  at: number;
  byName: string;
  byLead: boolean;
}

interface Props {
  statusHistory: readonly (ShownEntry & { status: RoadmapStatus })[];
  progress: readonly (ShownEntry & { text: string })[];
  /**
   * Adds a note; false when the action's notes are full, null when it failed and the caller
   * said why. Either way the field keeps the text.
   */
  onAddNote?: (text: string) => Promise<boolean | null> | boolean;
  disabled?: boolean;
  /** The level of its two headings: 3 under a dialog's title, 2 under a page's `h1`. */
  headingLevel?: 2 | 3;
}

export function RoadmapLog({ statusHistory, progress, onAddNote, disabled, headingLevel = 3 }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const who = (entry: ShownEntry) => entry.byName || (entry.byLead ? t('roadmap.leadAuthor') : t('roadmap.someone'));
  const when = (entry: ShownEntry) => formatMoment(entry.at, i18n.language);
  const newestFirst = <T,>(list: readonly T[]) => [...list].reverse();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!onAddNote || !note.trim()) return;
    setBusy(true);
    try {
      const added = await onAddNote(note);
      if (added) setNote('');
      setSaid(added === null ? '' : t(added ? 'roadmap.noteAdded' : 'roadmap.notesFull'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="roadmap-log">
      <section aria-labelledby={`${id}-history`}>
        <Heading id={`${id}-history`}>{t('roadmap.history')}</Heading>
        {statusHistory.length === 0 ? (
          <p className="roadmap-muted">{t('roadmap.noHistory')}</p>
        ) : (
          <ol reversed>
            {newestFirst(statusHistory).map((entry) => (
              <li key={`${entry.at}-${entry.status}`}>{t('roadmap.historyEntry', { status: t(`roadmap.statuses.${entry.status}`), date: when(entry), who: who(entry) })}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${id}-progress`}>
        <Heading id={`${id}-progress`}>{t('roadmap.progress')}</Heading>
        {progress.length === 0 ? (
          <p className="roadmap-muted">{t('roadmap.noProgress')}</p>
        ) : (
          <ol reversed className="roadmap-notes">
            {newestFirst(progress).map((entry) => (
              <li key={`${entry.at}-${entry.text.slice(0, 20)}`}>
                <p className="roadmap-note-meta">
                  <time dateTime={new Date(entry.at).toISOString()}>{t('roadmap.noteBy', { date: when(entry), who: who(entry) })}</time>
                </p>
                <p className="roadmap-note-text">{entry.text}</p>
              </li>
            ))}
          </ol>
        )}
        {onAddNote && (
          <form className="roadmap-note-form" onSubmit={(e) => void submit(e)}>
            <label htmlFor={`${id}-note`}>{t('roadmap.noteLabel')}</label>
            <textarea id={`${id}-note`} value={note} maxLength={ROADMAP_NOTE_MAX_CHARS} rows={3} disabled={disabled || busy} onChange={(e) => setNote(e.target.value)} />
            <button type="submit" disabled={disabled || busy || !note.trim()}>
              {t('roadmap.addNote')}
            </button>
            <p role="status">{said}</p>
          </form>
        )}
      </section>
    </div>
  );
}
