/**
 * Results for organisers (and facilitators): download the workshop or one board as a
 * report, a spreadsheet, CSV, Markdown or a complete backup; open a board's printable view.
 */
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardInfo } from '@shared/protocol';
import { EXPORT_FORMATS, type ExportFormat } from '@shared/results/export-files';
import { ApiRequestError } from '../api/api-client';
import { downloadExport, exportUrl } from '../api/export-api';
import { Link } from '../app/Link';
import { paths } from '../app/routes';
import type { Session } from '../identity/identity-store';

const WHOLE_WORKSHOP = '';

export function ExportPanel({ session, boards }: { session: Session; boards: BoardInfo[] }) {
  const { t, i18n } = useTranslation();
  // Facilitators may be limited to one board: they start from a board, not the workshop.
  const [scope, setScope] = useState(session.role === 'organiser' ? WHOLE_WORKSHOP : (boards[0]?.id ?? ''));
  const [anonymous, setAnonymous] = useState(false);
  const [separator, setSeparator] = useState<'semicolon' | 'comma'>('semicolon');
  const [lang, setLang] = useState<'fr' | 'en'>(i18n.language.startsWith('en') ? 'en' : 'fr');
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError('');
    setStatus(t('exports.preparing'));
    try {
      const url = exportUrl(session.workshopId, scope || null, { format, anonymous, separator, lang });
      const name = await downloadExport(url, session.token);
      setStatus(t('exports.done', { name }));
    } catch (err) {
      setStatus('');
      setError(err instanceof ApiRequestError && err.code === 'network' ? t('errors.network') : t('exports.failed', { message: err instanceof Error ? err.message : '' }));
    } finally {
      setBusy(null);
    }
  };

  const printable = boards.filter((b) => !scope || b.id === scope);
  return (
    <section className="panel exports" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('exports.title')}</h2>
      <p className="hint">{t('exports.hint')}</p>
      <div className="exports-options">
        <label>
          {t('exports.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            {session.role === 'organiser' && <option value={WHOLE_WORKSHOP}>{t('exports.wholeWorkshop')}</option>}
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('exports.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'fr')}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('exports.separator')}
          <select value={separator} onChange={(e) => setSeparator(e.target.value === 'comma' ? 'comma' : 'semicolon')}>
            <option value="semicolon">{t('exports.semicolon')}</option>
            <option value="comma">{t('exports.comma')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('exports.anonymous')}
        </label>
      </div>
      <ul className="exports-formats">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button type="button" className="secondary" disabled={busy !== null} onClick={() => void download(format)}>
              {t(`exports.format.${format}`)}
            </button>
            <span className="hint">{t(`exports.formatHint.${format}`)}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="exports-status">
        {status}
      </p>
      {error && <p role="alert">{error}</p>}
      <h3>{t('exports.printTitle')}</h3>
      <ul className="exports-print">
        {printable.map((b) => (
          <li key={b.id}>
            <Link href={paths.print(b.id)}>{t('exports.printBoard', { title: b.title })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
