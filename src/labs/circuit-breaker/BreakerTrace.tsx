// The trace table: one row per event (a call asks, a call returns, a timer fires, a manual action),
// with the time, the decision, the engine's sentence for why, and the state after it.
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import type { BreakerModelKind } from './core/breaker-types.ts';
import { describeRow, formatPercent, OUTCOME_LABELS } from './explain-text.ts';
import type { SimulationRow } from './core/simulate.ts';
import { S } from './strings.ts';

function decision(row: SimulationRow): { text: string; cls: string } {
  if (row.transition && row.kind !== 'call' && row.kind !== 'result')
    return { text: `→ ${row.transition.to}`, cls: `cb-state-text state-${row.transition.to}` };
  if (row.kind === 'call') return row.permitted ? { text: S.decisionPermit, cls: 'outcome-admit' } : { text: S.decisionReject, cls: 'outcome-reject' };
  if (row.kind === 'result' && row.outcome) {
    const bad = row.outcome !== 'success';
    return { text: OUTCOME_LABELS[row.outcome], cls: bad ? (row.outcome === 'slow-success' ? 'outcome-delay' : 'outcome-reject') : 'outcome-admit' };
  }
  return { text: row.stateAfter, cls: '' };
}

function event(row: SimulationRow, manual: ReadonlySet<number>): string {
  switch (row.kind) {
    case 'call':
      return S.eventCall(row.callId ?? 0, manual.has(row.callId ?? -1));
    case 'result':
      return S.eventResult(row.callId ?? 0);
    case 'timer':
      return S.eventTimer;
    case 'action':
      return S.eventAction;
  }
}

function after(row: SimulationRow): string {
  const m = row.metrics;
  let text = `${row.stateAfter} · ${S.stateSummary(m.bufferedCalls, formatPercent(Math.round(m.failureRate * 10) / 10), formatPercent(Math.round(m.slowCallRate * 10) / 10), row.inFlight)}`;
  if (row.retryAtMs !== null) text += S.stateOpenUntil(S.at(row.retryAtMs));
  if (row.stateAfter === 'HALF_OPEN') text += S.stateProbes(row.probesLeft);
  return text;
}

export interface BreakerTraceProps {
  readonly rows: readonly SimulationRow[];
  readonly index: number;
  readonly model: BreakerModelKind;
  readonly manual: ReadonlySet<number>;
  /** While playing, fewer rows: at 1,000 requests/s every visible row is new on every frame. */
  readonly playing: boolean;
  readonly onSeek: (ms: number) => void;
}

export function BreakerTrace({ rows, index, model, manual, playing, onSeek }: BreakerTraceProps) {
  const columns: readonly TraceColumn<SimulationRow>[] = [
    {
      header: S.colTime,
      // A button, so the rows can be reached and chosen with the keyboard too.
      cell: (r) => (
        <button
          type="button"
          className="link-button cb-time"
          onClick={(e) => {
            e.stopPropagation();
            onSeek(r.timeMs);
          }}
        >
          {S.at(r.timeMs)}
        </button>
      ),
    },
    { header: S.colEvent, cell: (r) => event(r, manual) },
    {
      header: S.colDecision,
      cell: (r) => {
        const d = decision(r);
        return (
          <>
            <span className={d.cls}>{d.text}</span>
            {r.transition && (r.kind === 'call' || r.kind === 'result') && (
              <strong className={`cb-state-text state-${r.transition.to}`}> → {r.transition.to}</strong>
            )}
          </>
        );
      },
    },
    { header: S.colWhy, cell: (r) => describeRow(r, model), className: 'why' },
    { header: S.colState, cell: (r) => after(r), className: 'cb-after' },
  ];
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={rows}
      columns={columns}
      currentIndex={index}
      onSelect={(i) => onSeek(rows[i]?.timeMs ?? 0)}
      rowClass={(r) => (r.transition ? 'cb-row-transition' : r.kind === 'call' && !r.permitted ? 'cb-row-reject' : '')}
      windowSize={playing ? 12 : 60}
    />
  );
}
