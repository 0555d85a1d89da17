// What the picture needs at one moment of a run: the slot ranges of each master, the nodes, the
// clients' stale slots. Small, so every trace row can carry one and the player can step back.
import { clusterDown, sideOf, type Cluster } from './cluster.ts';
import { SLOT_COUNT } from './key-slot.ts';

export interface SlotRange {
  readonly start: number;
  readonly end: number;
  readonly owner: string;
}

export interface NodeSnapshot {
  readonly id: string;
  readonly master: string | null;
  readonly alive: boolean;
  readonly side: number;
  readonly configEpoch: number;
  readonly keys: number;
  readonly replOffset: number;
  readonly state: 'ok' | 'uncovered' | 'minority';
  readonly flags: readonly string[];
}

export interface Snapshot {
  /** Slot ranges by the winning claim: the master with the highest configEpoch claiming the slot. */
  readonly ranges: readonly SlotRange[];
  readonly nodes: readonly NodeSnapshot[];
  readonly migrating: readonly { readonly slot: number; readonly from: string; readonly to: string }[];
  /** Slots that two or more live masters each claim (a partition), and slots no live master claims. */
  readonly contested: number;
  readonly unclaimed: number;
  /** Per client: slots its map sends to a node that is not the winning owner. */
  readonly staleSlots: Readonly<Record<string, number>>;
}

/** The owner (node index) of every slot by the highest configEpoch among the masters claiming it. */
export function winningOwners(cluster: Cluster, counts?: Uint8Array): Int16Array {
  const owners = new Int16Array(SLOT_COUNT).fill(-1);
  const best = new Float64Array(SLOT_COUNT).fill(-1);
  for (const n of cluster.nodes) {
    if (n.master !== null || !n.alive) continue;
    const { view, index, configEpoch } = n;
    for (let s = 0; s < SLOT_COUNT; s++) {
      if (view[s] !== index) continue;
      if (counts) counts[s] = (counts[s] as number) + 1;
      if (configEpoch > (best[s] as number)) {
        best[s] = configEpoch;
        owners[s] = index;
      }
    }
  }
  return owners;
}

export function takeSnapshot(cluster: Cluster, clientMaps: ReadonlyMap<string, Int16Array>): Snapshot {
  // How many live masters claim each slot in their own view.
  const claims = new Uint8Array(SLOT_COUNT);
  const owners = winningOwners(cluster, claims);
  let contested = 0;
  let unclaimed = 0;
  for (let s = 0; s < SLOT_COUNT; s++) {
    if (claims[s] === 0) unclaimed++;
    else if ((claims[s] as number) > 1) contested++;
  }
  const ranges: SlotRange[] = [];
  for (let s = 0; s < SLOT_COUNT;) {
    const o = owners[s] as number;
    let e = s;
    while (e + 1 < SLOT_COUNT && owners[e + 1] === o) e++;
    ranges.push({ start: s, end: e, owner: cluster.nodes[o]?.id ?? '' });
    s = e + 1;
  }
  const staleSlots: Record<string, number> = {};
  for (const [id, map] of clientMaps) {
    let stale = 0;
    for (let s = 0; s < SLOT_COUNT; s++) if (map[s] !== owners[s]) stale++;
    staleSlots[id] = stale;
  }
  const migrating = cluster.nodes.flatMap((n) => [...n.migrating].map(([slot, to]) => ({ slot, from: n.id, to })));
  const nodes = cluster.nodes.map((n): NodeSnapshot => ({
    id: n.id,
    master: n.master,
    alive: n.alive,
    side: sideOf(cluster, n.id),
    configEpoch: n.configEpoch,
    keys: n.data.size,
    replOffset: n.replOffset,
    state: n.alive ? clusterDown(cluster, n) : 'ok',
    flags: [...n.flags].map(([id, f]) => `${id}:${f}`),
  }));
  return { ranges, nodes, migrating, contested, unclaimed, staleSlots };
}
