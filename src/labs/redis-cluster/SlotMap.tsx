// The 16384 slots as one bar, each master's ranges in its colour, with the slot being migrated
// marked, and a legend with every master's slot count and ranges.
import type { Snapshot } from './core/snapshot.ts';
import { SLOT_COUNT } from './core/key-slot.ts';
import { S } from './strings.ts';

const W = 1000;

export function SlotMap({ snapshot, clients }: { snapshot: Snapshot; clients: readonly string[] }) {
  const byOwner = new Map<string, { count: number; ranges: string[] }>();
  for (const r of snapshot.ranges) {
    const entry = byOwner.get(r.owner) ?? { count: 0, ranges: [] };
    entry.count += r.end - r.start + 1;
    entry.ranges.push(r.start === r.end ? `${r.start}` : `${r.start}–${r.end}`);
    byOwner.set(r.owner, entry);
  }
  const x = (slot: number) => (slot / SLOT_COUNT) * W;
  return (
    <figure className="rc-slotmap panel" data-testid="slot-map">
      <figcaption className="rc-h">
        <strong>{S.mapTitle}</strong> <span className="muted small">{S.mapCaption(snapshot.ranges.length)}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} 48`}
        role="img"
        aria-label={[...byOwner].map(([id, e]) => `${id}: ${e.ranges.join(', ')}`).join(S.listJoin)}
        preserveAspectRatio="none"
      >
        {snapshot.ranges.map((r) => (
          <rect key={r.start} x={x(r.start)} y={6} width={Math.max(1, x(r.end + 1) - x(r.start))} height={30} className={`rc-fill rc-c-${r.owner || 'none'}`} />
        ))}
        {snapshot.migrating.map((m) => (
          <g key={`${m.slot}-${m.from}`} className="rc-migrating">
            <rect x={x(m.slot) - 3} y={0} width={6} height={42} />
          </g>
        ))}
      </svg>
      <div className="rc-scale muted small" aria-hidden="true">
        <span>0</span>
        <span>8192</span>
        <span>16383</span>
      </div>
      <ul className="rc-legend">
        {[...byOwner]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, e]) => (
            <li key={id} data-owner={id}>
              <span className={`rc-swatch rc-c-${id}`} aria-hidden="true" />
              <strong>{id}</strong> {S.mapSlots(e.count)} <span className="muted">({e.ranges.join(', ')})</span>
            </li>
          ))}
      </ul>
      {snapshot.migrating.map((m) => (
        <p key={m.slot} className="small rc-note" data-testid="migrating-note">
          {S.mapMigrating(m.slot, m.from, m.to)}
        </p>
      ))}
      {snapshot.contested > 0 && (
        <p className="small rc-note rc-bad" data-testid="contested-note">
          {S.mapContested(snapshot.contested)}
        </p>
      )}
      {clients.map((c) => {
        const stale = snapshot.staleSlots[c] ?? 0;
        return (
          <p key={c} className="small muted">
            {stale > 0 ? S.mapStale(c, stale) : S.mapFresh(c)}
          </p>
        );
      })}
    </figure>
  );
}
