// O(log n): the bits of the exponent, read from the top, each one a squaring (and a multiply by
// M when it is 1); for {1, 2} the same walk is Fibonacci fast doubling. The steps come from the
// worker (the entries of Mⁿ for n = 100,000 have tens of thousands of digits).
import { useEffect, useMemo, useState } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import type { DoublingStep, PowerStep } from './core/matrix.ts';
import { T, withDigits } from './strings.ts';
import type { MatrixTrace } from './stairs-protocol.ts';

const STEP_MS = 900;

type Row =
  | { readonly kind: 'power'; readonly step: PowerStep; readonly bitPos: number | null }
  | { readonly kind: 'doubling'; readonly step: DoublingStep; readonly bitPos: number | null };

function powerRows(steps: readonly PowerStep[]): Row[] {
  let pos = 0;
  return steps.map((step) => {
    if (step.kind === 'square') pos++;
    return { kind: 'power', step, bitPos: pos };
  });
}

function doublingRows(steps: readonly DoublingStep[]): Row[] {
  return steps.map((step, i) => ({ kind: 'doubling', step, bitPos: i === 0 ? null : i - 1 }));
}

function describe(row: Row): string {
  if (row.kind === 'power') {
    const s = row.step;
    return s.kind === 'start' ? T.matrixStep.start() : s.kind === 'square' ? T.matrixStep.square(s.exponent, s.bit) : T.matrixStep.multiply(s.exponent);
  }
  const s = row.step;
  return s.kind === 'start' ? T.doublingStep.start() : T.doublingStep[s.kind](s.m);
}

function MatrixPicture({ row }: { row: Row }) {
  if (row.kind === 'doubling') {
    return (
      <dl className="doubling-pair">
        <div>
          <dt>F({row.step.m})</dt>
          <dd>
            <code>{withDigits(row.step.fm)}</code>
          </dd>
        </div>
        <div>
          <dt>F({row.step.m + 1})</dt>
          <dd>
            <code>{withDigits(row.step.fm1)}</code>
          </dd>
        </div>
      </dl>
    );
  }
  const { matrix, exponent, digits } = row.step;
  if (!matrix)
    return (
      <p className="muted small">
        M^{exponent}
        {T.colon}
        {T.bigEntry(digits)}
      </p>
    );
  return (
    <figure className="matrix-figure">
      <figcaption>M^{exponent}</figcaption>
      <table className="matrix" aria-label={`M^${exponent}`}>
        <tbody>
          {matrix.map((r, i) => (
            <tr key={i}>
              {r.map((x, j) => (
                <td key={j} className={i === 0 && j === 0 ? 'corner' : ''}>
                  {x}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function MatrixView({ n, trace }: { n: number; trace: MatrixTrace | null }) {
  const [plain, setPlain] = useState(false);
  const canDouble = trace?.doublingSteps != null;
  const rows = useMemo(() => {
    if (!trace) return [];
    if (trace.doublingSteps && !plain) return doublingRows(trace.doublingSteps);
    const steps = trace.doublingSteps ? trace.plainPowerSteps : trace.powerSteps;
    return steps ? powerRows(steps) : [];
  }, [trace, plain]);
  const doubling = rows[0]?.kind === 'doubling';
  const exponent = doubling ? n + 1 : n;
  const bits = exponent > 0 ? exponent.toString(2) : '0';
  const times = useMemo(() => rows.map((_, i) => i * STEP_MS), [rows]);
  const player = usePlayer(times, Math.max(1, rows.length) * STEP_MS, 1);
  // Open on Mⁿ itself; ▶ replays the squarings from M¹.
  const { toEnd } = player;
  useEffect(() => toEnd(), [times]);
  const at = player.index;
  const current = rows[at];
  const columns: TraceColumn<Row>[] = [
    { header: T.stepCol, cell: (_r, i) => i + 1 },
    { header: T.whyCol, className: 'why', cell: describe },
  ];

  return (
    <div className="stairs-matrix" data-testid="stairs-matrix">
      <p className="small">{T.matrixIntro}</p>
      {canDouble && (
        <>
          <p className="small">{T.doublingIntro}</p>
          <fieldset className="method-picker compact">
            <legend>{T.matrixView}</legend>
            <label className={!plain ? 'selected' : ''}>
              <input type="radio" name="matrix-view" checked={!plain} onChange={() => setPlain(false)} />
              {T.matrixDoubling}
            </label>
            <label className={plain ? 'selected' : ''}>
              <input type="radio" name="matrix-view" checked={plain} onChange={() => setPlain(true)} />
              {T.matrixPlain}
            </label>
          </fieldset>
        </>
      )}
      {!trace ? (
        <p className="muted" role="status">
          {T.waitingTrace}
        </p>
      ) : (
        <>
          <PlayerControls player={player} rowCount={rows.length} />
          <p className="small">
            {T.matrixBits(exponent, '')}
            <span className="bits" aria-hidden="true">
              {[...bits].map((b, i) => (
                <span key={i} className={`bit${current?.bitPos === i ? ' current' : ''}${current?.bitPos != null && i < current.bitPos ? ' done' : ''}`}>
                  {b}
                </span>
              ))}
            </span>
            <span className="visually-hidden">{bits}</span>
          </p>
          <p className="stairs-now" aria-live="polite">
            {current ? describe(current) : ''}
          </p>
          {current && <MatrixPicture row={current} />}
          <TraceTable caption={T.matrixTitle} rows={rows} columns={columns} currentIndex={at} onSelect={(i) => player.seek(i * STEP_MS)} />
        </>
      )}
    </div>
  );
}
