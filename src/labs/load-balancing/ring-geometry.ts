// Drawing helpers for the hash ring: angles clockwise from 12 o'clock, arcs as SVG paths, and the
// ownership of the circle as a bounded list of arcs (exact when there are few points, merged into
// 1° bins when there are thousands), so the picture never draws more than a few hundred shapes.
import type { RingDrawing } from './core/ring.ts';

export const TURN = 4294967296;

export function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [cx + r * Math.sin(rad), cy - r * Math.cos(rad)];
}

/** Clockwise arc from a1 to a2 (degrees); a2 < a1 wraps past 12 o'clock. */
export function arcPath(cx: number, cy: number, r: number, a1: number, a2: number): string {
  let span = a2 - a1;
  if (span < 0) span += 360;
  const [x1, y1] = polar(cx, cy, r, a1);
  const [x2, y2] = polar(cx, cy, r, a1 + span);
  return `M${x1.toFixed(2)} ${y1.toFixed(2)} A${r} ${r} 0 ${span > 180 ? 1 : 0} 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

export interface OwnerArc {
  readonly from: number;
  readonly to: number;
  readonly serverId: string;
}

export const MAX_EXACT_ARCS = 360;

/** Who owns each stretch of the circle (the keys hashing there go to that server's next point). */
export function ownerArcs(drawing: RingDrawing): { arcs: OwnerArc[]; binned: boolean } {
  const points = drawing.points;
  const n = points.length;
  if (n === 0) return { arcs: [], binned: false };
  const raw: OwnerArc[] = [];
  const binned = n > MAX_EXACT_ARCS;
  if (!binned) {
    points.forEach((p, i) => {
      const prev = points[(i - 1 + n) % n] as (typeof points)[number];
      raw.push({ from: prev.angleDeg, to: p.angleDeg, serverId: p.serverId });
    });
  } else {
    // Bin b covers [b°, b+1°); its owner is the first point at or after the bin's middle.
    let j = 0;
    for (let b = 0; b < 360; b++) {
      const mid = b + 0.5;
      while (j < n && (points[j] as (typeof points)[number]).angleDeg < mid) j++;
      const owner = (points[j % n] as (typeof points)[number]).serverId;
      raw.push({ from: b, to: b + 1, serverId: owner });
    }
  }
  // Merge neighbours with the same owner (the list is in angle order).
  const arcs: OwnerArc[] = [];
  for (const a of raw) {
    const last = arcs[arcs.length - 1];
    if (last !== undefined && last.serverId === a.serverId && Math.abs(last.to - a.from) < 1e-9) arcs[arcs.length - 1] = { ...last, to: a.to };
    else arcs.push(a);
  }
  return { arcs, binned };
}
