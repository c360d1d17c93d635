import { useWidth } from './use-width';

export interface StepPoint {
  x: number;
  y: number;
}

const HEIGHT = 200;
const PAD = { top: 12, right: 16, bottom: 28, left: 40 };

/** Whole-number ticks from 0 to at least `max`, about four of them. */
export function yTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

/** A cumulative count as steps: it rises at each point and holds until the next. */
export function StepChart({ points, label, formatX, color }: { points: StepPoint[]; label: string; formatX: (x: number) => string; color: string }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const ticks = yTicks(Math.max(1, ...points.map((p) => p.y)));
  const top = ticks.at(-1)!;
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const n = Math.max(1, points.length);
  // Each point owns one slot of the width; the step is drawn across its slot.
  const slot = plotW / n;
  const x = (i: number) => PAD.left + i * slot;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // From zero at the left edge, so that the first arrivals show as a rise.
  let path = `M${x(0)},${y(0)} `;
  points.forEach((p, i) => {
    path += `L${x(i)},${y(p.y)} L${x(i + 1)},${y(p.y)} `;
  });
  // A few x labels, never overlapping: about one per 90 px.
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 90))));
  return (
    <div ref={ref} className="chart-canvas">
      <svg role="img" aria-label={label} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(v)} dy="0.35em" textAnchor="end" className="chart-tick">
              {v}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % every === 0 ? (
            <text key={p.x} x={x(i)} y={HEIGHT - 8} textAnchor={i === 0 ? 'start' : 'middle'} className="chart-tick">
              {formatX(p.x)}
            </text>
          ) : null,
        )}
        <path d={path} fill="none" stroke={color} strokeWidth={3} strokeLinejoin="round" />
      </svg>
    </div>
  );
}
