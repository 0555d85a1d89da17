// The trace table: one row per request, newest first, up to the player's moment. Single mode: time,
// decision, why (the engine's Chinese sentence) and the state after. Compare mode adds one decision
// column per lane (the same request went through every lane), explains every lane's decision in
// the why column (one line per lane) and shows the focused lane's state.
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { getAlgorithm } from './algorithm-text.ts';
import { describeDecision, formatMs, outcomeLabels, withStatus } from './explain-text.ts';
import type { RateLimitRow } from './core/simulate.ts';
import { describeState } from './state-text.ts';
import { s } from './strings.ts';
import type { LabRun } from './use-lab-run.ts';

export function DecisionText({ row }: { row: RateLimitRow }) {
  const text =
    row.outcome === 'delay' ? s.delayFor(formatMs(row.delayMs)) : row.outcome === 'reject' ? withStatus(outcomeLabels.reject, row.status) : outcomeLabels.admit;
  return <span className={`outcome-${row.outcome}`}>{text}</span>;
}

export interface RunTraceProps {
  readonly lab: LabRun;
  readonly focus: number;
  readonly index: number;
  readonly playing: boolean;
  readonly onSelect: (i: number) => void;
}

/**
 * While playing, rows fly past faster than anyone reads (16× at 1,000 r/s is 16,000 a second), so the
 * table then shows fewer rows and refreshes about ten times a second; paused, it is exact and longer.
 */
export const RunTrace = memo(function RunTrace({ lab, focus, index, playing, onSelect }: RunTraceProps) {
  const shownIndex = useThrottled(index, playing, PLAYING_REFRESH_MS);
  const lane = lab.lanes[focus] ?? lab.lanes[0];
  const compare = lab.lanes.length > 1;
  const columns = useMemo((): TraceColumn<RateLimitRow>[] => {
    if (!lane) return [];
    const entry = lane.run.entry;
    const decisionColumns: TraceColumn<RateLimitRow>[] = compare
      ? lab.lanes.map((l, li) => ({
          header: `${'ABCD'[li] ?? ''} ${getAlgorithm(l.run.entry.algorithm).name}`,
          cell: (_row: RateLimitRow, i: number) => {
            const r = l.run.rows[i];
            return r ? <DecisionText row={r} /> : null;
          },
          className: li === focus ? 'decision focus' : 'decision',
        }))
      : [{ header: s.colDecision, cell: (row: RateLimitRow) => <DecisionText row={row} />, className: 'decision' }];
    return [
      { header: s.colIndex, cell: (row) => row.index + 1, className: 'num index' },
      { header: s.colTime, cell: (row) => formatMs(row.timeMs), className: 'num time' },
      ...decisionColumns,
      compare
        ? {
            header: s.colWhy,
            cell: (_row: RateLimitRow, i: number) => (
              <ul className="rl-why-lanes">
                {lab.lanes.map((l, li) => {
                  const r = l.run.rows[i];
                  return r ? (
                    <li key={li} className={li === focus ? 'focus' : undefined}>
                      <strong>{'ABCD'[li]}</strong> {describeDecision(r, l.run.entry)}
                    </li>
                  ) : null;
                })}
              </ul>
            ),
            className: 'why',
          }
        : { header: s.colWhy, cell: (row: RateLimitRow) => describeDecision(row, entry), className: 'why' },
      { header: compare ? `${s.colState}${s.paren('ABCD'[focus] ?? '')}` : s.colState, cell: (row) => describeState(row.state, entry), className: 'state' },
    ];
  }, [lab, lane, compare, focus]);
  if (!lane) return null;
  return (
    // The scrolling box is ours, focusable, so keyboard users can scroll the rows (axe: scrollable-region-focusable).
    <div
      className="rl-trace-scroll"
      tabIndex={0}
      role="region"
      aria-label={s.traceCaption}
      style={{ '--rl-table-min': `${TABLE_BASE_REM + lab.lanes.length * DECISION_REM + (compare ? COMPARE_WHY_EXTRA_REM : 0)}rem` } as CSSProperties}
    >
      <MemoTraceTable
        caption={s.traceCaption}
        rows={lane.run.rows}
        columns={columns}
        currentIndex={shownIndex}
        onSelect={onSelect}
        rowClass={rowClass}
        windowSize={playing ? 12 : 40}
      />
    </div>
  );
});

const PLAYING_REFRESH_MS = 100;
// Fixed column widths (rate-limiting.css): #, time, state and a readable "why" column, plus one
// decision column per lane; the box scrolls sideways on narrow screens.
const TABLE_BASE_REM = 3.2 + 5.2 + 11 + 14;
const DECISION_REM = 6;
// Compare mode explains every lane in the why column: a little more room, while the table still
// fits the lab's main column at 1280 px (the layout spec checks it). DECISION_REM matches the CSS.
const COMPARE_WHY_EXTRA_REM = 2;
// Re-render the rows only when the shown moment changes, not on every frame of the player.
const MemoTraceTable = memo(TraceTable) as typeof TraceTable;
const rowClass = (row: RateLimitRow) => `row-${row.outcome}`;

/** `value`, but while `active` only refreshed every `ms` of wall time (always current when inactive). */
function useThrottled(value: number, active: boolean, ms: number): number {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (!active) {
      setShown(value);
      return undefined;
    }
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setShown(value);
      return undefined;
    }
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, active, ms]);
  return active ? shown : value;
}
