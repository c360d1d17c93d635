import { useWidth } from './use-width';

export interface BarSeries {
  name: string;
  color: string;
}

export interface BarRow {
  label: string;
  values: number[];
}

const BAR = 14;
const GAP = 3;
const LABEL = 20;
const ROW_GAP = 14;
const VALUE_ROOM = 36;

/**
 * Horizontal bars, one group per row (one bar per series), the row's label above its bars so
 * that long board titles stay readable on a phone. Values are written at the end of each bar.
 */
export function BarChart({ rows, series, label }: { rows: BarRow[]; series: BarSeries[]; label: string }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const rowHeight = LABEL + series.length * (BAR + GAP) + ROW_GAP;
  const legendHeight = 28;
  const height = legendHeight + rows.length * rowHeight;
  const barRoom = Math.max(40, width - VALUE_ROOM);
  const maxChars = Math.max(12, Math.floor(width / 7.5));
  // Legend entries side by side, each as wide as its name (about 7.5 px a character).
  const legendX = series.map((_, i) => series.slice(0, i).reduce((x, s) => x + s.name.length * 7.5 + 34, 0));
  const clip = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  return (
    <div ref={ref} className="chart-canvas">
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {series.map((s, i) => (
          <g key={s.name} transform={`translate(${legendX[i]}, 4)`}>
            <rect width={14} height={14} rx={2} fill={s.color} />
            <text x={20} y={7} dy="0.35em" className="chart-tick">
              {s.name}
            </text>
          </g>
        ))}
        {rows.map((row, r) => {
          const top = legendHeight + r * rowHeight;
          return (
            <g key={r} transform={`translate(0, ${top})`}>
              <text x={0} y={LABEL - 6} className="chart-label">
                {clip(row.label)}
              </text>
              {row.values.map((v, i) => {
                const w = Math.max(v > 0 ? 2 : 0, (v / max) * barRoom);
                const y = LABEL + i * (BAR + GAP);
                return (
                  <g key={i}>
                    <rect x={0} y={y} width={w} height={BAR} rx={2} fill={series[i]?.color} />
                    <text x={w + 6} y={y + BAR / 2} dy="0.35em" className="chart-value">
                      {v}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
