// A small SVG chart over time: stacked bars (counts per bucket) and lines (a level such as tokens
// or excess), drawn up to the player's cursor so the chart grows as the run plays.
export type Tone = 'ok' | 'warn' | 'bad' | 'accent' | 'muted';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
  readonly kind: 'bar' | 'line';
  readonly tone: Tone;
}

export interface TimeChartProps {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  readonly bucketMs: number;
  readonly durationMs: number;
  readonly cursorMs: number;
  readonly height?: number;
}

const W = 600;
const PAD = { left: 36, right: 36, top: 10, bottom: 22 };

export function TimeChart({ title, series, bucketMs, durationMs, cursorMs, height = 170 }: TimeChartProps) {
  const bars = series.filter((s) => s.kind === 'bar');
  const lines = series.filter((s) => s.kind === 'line');
  const buckets = Math.max(1, Math.ceil(durationMs / bucketMs));
  const shown = Math.min(buckets, Math.floor(cursorMs / bucketMs) + 1);
  const stackMax = Math.max(1, ...Array.from({ length: buckets }, (_, i) => bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)));
  const lineMax = Math.max(1, ...lines.flatMap((s) => s.values));
  const innerW = W - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (i / buckets) * innerW;
  const bw = Math.max(1, innerW / buckets - 1);
  const yBar = (v: number) => (v / stackMax) * innerH;
  const yLine = (v: number) => PAD.top + innerH - (v / lineMax) * innerH;

  return (
    <figure className="time-chart">
      <figcaption>
        <span>{title}</span>
        <span className="legend">
          {series.map((s) => (
            <span key={s.name} className={`legend-item tone-${s.tone} kind-${s.kind}`}>
              {s.name}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${title}：${series.map((s) => s.name).join('、')}`}>
        <line className="axis" x1={PAD.left} y1={PAD.top + innerH} x2={W - PAD.right} y2={PAD.top + innerH} />
        <text className="tick" x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {Math.round(stackMax)}
        </text>
        {lines.length > 0 && (
          <text className="tick" x={W - PAD.right + 4} y={PAD.top + 8}>
            {round(lineMax)}
          </text>
        )}
        <text className="tick" x={PAD.left} y={height - 6}>
          0 s
        </text>
        <text className="tick" x={W - PAD.right} y={height - 6} textAnchor="end">
          {(durationMs / 1000).toFixed(durationMs < 10_000 ? 1 : 0)} s
        </text>
        {Array.from({ length: shown }, (_, i) => {
          let base = PAD.top + innerH;
          return bars.map((s) => {
            const h = yBar(s.values[i] ?? 0);
            base -= h;
            return h > 0 ? <rect key={`${s.name}-${i}`} className={`bar tone-${s.tone}`} x={x(i)} y={base} width={bw} height={h} /> : null;
          });
        })}
        {lines.map((s) => (
          <polyline
            key={s.name}
            className={`line tone-${s.tone}`}
            points={s.values
              .slice(0, shown)
              .map((v, i) => `${x(i) + bw / 2},${yLine(v)}`)
              .join(' ')}
          />
        ))}
        <line
          className="cursor"
          x1={PAD.left + Math.min(1, cursorMs / durationMs) * innerW}
          x2={PAD.left + Math.min(1, cursorMs / durationMs) * innerW}
          y1={PAD.top}
          y2={PAD.top + innerH}
        />
      </svg>
    </figure>
  );
}

function round(v: number): string {
  return v >= 100 ? String(Math.round(v)) : v.toFixed(1);
}
