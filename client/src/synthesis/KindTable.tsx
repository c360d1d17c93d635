/**
 * "Ce que disent les communes, les SCIC, les départements…": cards and the votes they
 * received per kind of structure, as a plain table (the dashboard, the synthesis board).
 */
import { useTranslation } from '../i18n/use-translation';
import type { KindFigures } from '@shared/results/by-kind';

interface Props {
  caption: string;
  rows: readonly KindFigures[];
  /** The dashboard counts people too; a board only knows its cards' authors. */
  withParticipants?: boolean;
}

export function KindTable({ caption, rows, withParticipants = false }: Props) {
  const { t } = useTranslation();
  // Nobody gave a kind: a table of "not given" alone would say nothing.
  if (rows.every((row) => row.kind === null)) {
    return <p className="hint">{t('kinds.empty')}</p>;
  }
  return (
    <div className="chart-table-scroll kind-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kinds.kind')}</th>
            {withParticipants && <th scope="col">{t('kinds.participants')}</th>}
            <th scope="col">{t('kinds.cards')}</th>
            <th scope="col">{t('kinds.votes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind ?? ''}>
              <th scope="row">{row.kind ? t(`kinds.short.${row.kind}`) : t('kinds.none')}</th>
              {withParticipants && <td>{row.participants}</td>}
              <td>{row.cards}</td>
              <td>{row.votes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
