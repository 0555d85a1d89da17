// The consistent-hash ring (nginx `hash … consistent` or the generic ring with virtual nodes):
// the circle coloured by which server owns each stretch, every point as a tick in its server's
// colour, and the current request's key on the rim with an arrow clockwise to the point that
// took it (past the points of unavailable servers, when it skipped some).
import { memo, useId, useMemo } from 'react';
import type { RingDrawing } from './core/ring.ts';
import type { OwnerArc } from './ring-geometry.ts';
import { drawRing } from './core/ring.ts';
import type { ServerSnapshot, SimRow } from './core/simulate.ts';
import { arcPath, ownerArcs, polar, TURN } from './ring-geometry.ts';
import { serverColor, serverLabel } from './server-names.ts';
import { S } from './strings.ts';

const SIZE = 320;
const C = SIZE / 2;
const R = 118;
const MAX_TICKS = 720;

export interface HashRingPictureProps {
  readonly kind: 'hash-consistent' | 'ring';
  readonly snapshot: readonly ServerSnapshot[];
  readonly vnodes: number;
  readonly row: SimRow | undefined;
}

/** The circle's ownership arcs and point ticks: hundreds of shapes, redrawn only when the pool changes. */
const RingShapes = memo(function RingShapes({ drawing, arcs, downIds }: { drawing: RingDrawing; arcs: readonly OwnerArc[]; downIds: string }) {
  const down = new Set(downIds.split(','));
  return (
    <>
      <circle cx={C} cy={C} r={R} className="lb-ring-base" />
      {arcs.length === 1 ? (
        <circle cx={C} cy={C} r={R} className={`lb-ring-arc c${serverColor(arcs[0]?.serverId ?? '')}`} />
      ) : (
        arcs.map((a, i) => (
          <path key={i} d={arcPath(C, C, R, a.from, a.to)} className={`lb-ring-arc c${serverColor(a.serverId)}${down.has(a.serverId) ? ' is-down' : ''}`} />
        ))
      )}
      {drawing.points.length <= MAX_TICKS &&
        drawing.points.map((p) => {
          const [x1, y1] = polar(C, C, R - 9, p.angleDeg);
          const [x2, y2] = polar(C, C, R + 9, p.angleDeg);
          return (
            <line
              key={p.index}
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              className={`lb-ring-tick c${serverColor(p.serverId)}${down.has(p.serverId) ? ' is-down' : ''}`}
            />
          );
        })}
    </>
  );
});

export function HashRingPicture({ kind, snapshot, vnodes, row }: HashRingPictureProps) {
  const markerId = `lb-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const signature = snapshot.map((s) => `${s.id}/${s.weight}/${s.down ? 1 : 0}`).join(',');
  const drawing = useMemo(
    () =>
      drawRing(
        kind,
        snapshot.map((s) => ({ id: s.id, weight: s.weight, down: s.down })),
        [],
        vnodes,
      ),
    // The snapshot object changes every row; the ring only when the pool does.
    [kind, signature, vnodes],
  );
  const { arcs, binned } = useMemo(() => ownerArcs(drawing), [drawing]);
  const downIds = snapshot
    .filter((s) => s.down)
    .map((s) => s.id)
    .join(',');
  const why = row?.kind === 'request' ? row.why[row.why.length - 1] : undefined;
  const hit = why !== undefined && (why.kind === 'chash' || why.kind === 'ring') && row?.kind === 'request' ? { why, key: row.key, owner: row.serverId } : null;
  const keyDeg = hit ? (hit.why.keyHash / TURN) * 360 : 0;
  const pointDeg = hit ? (hit.why.pointHash / TURN) * 360 : 0;
  const pointsPer = new Map<string, number>();
  for (const p of drawing.points) pointsPer.set(p.serverId, (pointsPer.get(p.serverId) ?? 0) + 1);
  const [kx, ky] = polar(C, C, R + 22, keyDeg);
  const [px, py] = polar(C, C, R, pointDeg);
  return (
    <section className="lab-box lb-ring" aria-labelledby="lb-ring-title" data-testid="hash-ring">
      <h3 id="lb-ring-title" className="lb-h">
        {S.ringTitle(kind)}
      </h3>
      <div className="lb-ring-body">
        <svg
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-label={`${S.ringAria(drawing.points.length, snapshot.length)}${hit ? `${S.ariaSep}${S.ringKeyAria(hit.key, hit.owner !== null ? serverLabel(hit.owner) : '—')}` : ''}`}
        >
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className="lb-arrow-head" />
            </marker>
          </defs>
          <RingShapes drawing={drawing} arcs={arcs} downIds={downIds} />
          {hit && (
            <g className="lb-ring-hit" data-testid="ring-key">
              <path d={arcPath(C, C, R + 22, keyDeg, pointDeg)} className="lb-ring-arrow" markerEnd={`url(#${markerId})`} />
              <circle cx={kx} cy={ky} r={5} className="lb-ring-key" />
              <circle cx={px} cy={py} r={7} className={`lb-ring-owner c${hit.owner !== null ? serverColor(hit.owner) : 0}`} />
            </g>
          )}
          <text x={C} y={C - 6} textAnchor="middle" className="lb-ring-center">
            {hit ? S.ringKey(hit.key) : `${drawing.points.length}`}
          </text>
          <text x={C} y={C + 14} textAnchor="middle" className="lb-ring-center small">
            {hit ? `→ ${hit.owner !== null ? serverLabel(hit.owner) : '—'}` : S.ringPoints}
          </text>
        </svg>
        <div className="lb-ring-side">
          <table className="lb-table small">
            <thead>
              <tr>
                <th scope="col">{S.colServer}</th>
                <th scope="col">{S.ringPoints}</th>
                <th scope="col">{S.ringArc}</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.map((s) => (
                <tr key={s.id}>
                  <td>
                    <span className={`lb-swatch c${serverColor(s.id)}`} aria-hidden="true" /> {serverLabel(s.id)}
                    {s.down ? ` (${S.stateDown})` : ''}
                  </td>
                  <td>{pointsPer.get(s.id) ?? 0}</td>
                  <td>{((drawing.arcShare[s.id] ?? 0) * 100).toFixed(1)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          {binned && <p className="muted small">{S.ringBinned(drawing.points.length)}</p>}
          <p className="muted small">
            {hit
              ? S.ringHit(
                  `0x${(hit.why.keyHash >>> 0).toString(16).padStart(8, '0')}`,
                  hit.why.pointIndex,
                  hit.why.skipped,
                  hit.owner !== null ? serverLabel(hit.owner) : '—',
                )
              : S.ringNoKey}
          </p>
        </div>
      </div>
    </section>
  );
}
