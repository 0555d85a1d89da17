// One line per server over time (requests accepted per second, longest queue per second), drawn
// up to the player's cursor, in each server's colour. At most 32 polylines, whatever the run.
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

export interface ServerSeries {
  readonly id: string;
  readonly values: readonly number[];
}

const W = 600;
const PAD = { left: 36, right: 12, top: 10, bottom: 22 };

export function ServerSeriesChart({
  title,
  series,
  bucketMs,
  durationMs,
  cursorMs,
  height = 150,
}: {
  title: string;
  series: readonly ServerSeries[];
  bucketMs: number;
  durationMs: number;
  cursorMs: number;
  height?: number;
}) {
  const buckets = Math.max(1, Math.ceil(durationMs / bucketMs));
  const shown = Math.min(buckets, Math.floor(cursorMs / bucketMs) + 1);
  const max = Math.max(1, ...series.flatMap((s) => s.values.slice(0, buckets)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + ((i + 0.5) / buckets) * innerW;
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const cursorX = PAD.left + Math.min(1, cursorMs / durationMs) * innerW;
  return (
    <figure className="time-chart lb-series">
      <figcaption>
        <span>{title}</span>
        <span className="legend">
          {series.map((s) => (
            <span key={s.id} className={`legend-item lb-legend c${serverColor(s.id)}`}>
              {serverLabel(s.id)}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={S.seriesAria(title, series.map((s) => serverLabel(s.id)).join(S.listSep))}>
        <line className="axis" x1={PAD.left} y1={PAD.top + innerH} x2={W - PAD.right} y2={PAD.top + innerH} />
        <text className="tick" x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {Math.round(max)}
        </text>
        <text className="tick" x={PAD.left} y={height - 6}>
          0 s
        </text>
        <text className="tick" x={W - PAD.right} y={height - 6} textAnchor="end">
          {(durationMs / 1000).toFixed(0)} s
        </text>
        {series.map((s) => (
          <polyline
            key={s.id}
            className={`lb-line c${serverColor(s.id)}`}
            points={s.values
              .slice(0, shown)
              .map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
              .join(' ')}
          />
        ))}
        <line className="cursor" x1={cursorX} x2={cursorX} y1={PAD.top} y2={PAD.top + innerH} />
      </svg>
    </figure>
  );
}
