// A year of reviews as GitHub-style squares: one column a week, one row a weekday. The picture is
// decorative for screen readers; its summary sentence and each square's title carry the numbers.
import { useEffect, useRef } from 'react';
import type { DayCount } from './core/review-days.ts';
import type { StatsStrings } from './strings.ts';

const CELL = 11;
const GAP = 2;

/** 0 (none) to 4 (the busiest quarter of the year's maximum). */
export function level(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / max));
}

export function Heatmap({ days, s, formatDate }: { days: readonly DayCount[]; s: StatsStrings; formatDate: (ms: number) => string }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const firstWeekday = new Date(days[0]?.start ?? 0).getDay();
  const weeks = Math.ceil((firstWeekday + days.length) / 7);
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  // On a narrow screen the year scrolls; start at today's end, where the news is.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, [days.length]);
  return (
    <figure className="stats-heatmap">
      <div className="data-scroll" ref={scroller} tabIndex={0} role="region" aria-label={s.heatmapTitle}>
        <svg width={weeks * (CELL + GAP)} height={7 * (CELL + GAP)} aria-hidden="true" data-testid="heatmap">
          {days.map((d, i) => {
            const slot = firstWeekday + i;
            return (
              <rect
                key={d.start}
                x={Math.floor(slot / 7) * (CELL + GAP)}
                y={(slot % 7) * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat-${level(d.count, max)}`}
                data-count={d.count}
              >
                <title>{s.dayCell(formatDate(d.start), d.count)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="muted small">
        <span data-testid="heatmap-summary">{s.heatmapSummary(total, active)}</span>{' '}
        <span className="heat-legend" aria-hidden="true">
          {s.less}{' '}
          {[0, 1, 2, 3, 4].map((l) => (
            <svg key={l} width={CELL} height={CELL}>
              <rect width={CELL} height={CELL} rx={2} className={`heat-${l}`} />
            </svg>
          ))}{' '}
          {s.more}
        </span>
      </figcaption>
    </figure>
  );
}
