import type { ReactNode } from 'react';

export interface DataTable {
  /** Column headers; the first column holds the row headers. */
  columns: string[];
  rows: { header: string; cells: (string | number)[] }[];
}

/**
 * A chart as a figure: a caption, the drawing (an SVG with role="img" and a summary), and
 * the same numbers as a real table behind a disclosure, for screen readers and keyboards.
 */
export function ChartFigure({ caption, table, showNumbers, children }: { caption: string; table: DataTable; showNumbers: string; children: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption className="chart-caption">{caption}</figcaption>
      {children}
      <details className="chart-data">
        <summary>{showNumbers}</summary>
        {/* A table wider than a phone scrolls: the keyboard reaches it, and it says what it holds. */}
        <div className="chart-table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
