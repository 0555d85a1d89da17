// The cluster's state and how one node answers one command, following getNodeByQuery and
// clusterRedirectClient in Redis's src/cluster.c (Redis 7):
// - keys of a multi-key command must all hash to one slot, else -CROSSSLOT (even when both slots
//   live on the same node);
// - a node that sees the cluster down (a slot whose master it flags FAIL, with
//   cluster-require-full-coverage yes, or itself in a minority partition) refuses with -CLUSTERDOWN;
// - a slot the node does not own: -MOVED <slot> <owner>, unless the node is IMPORTING the slot and
//   the client sent ASKING first;
// - a slot the node is MIGRATING: a key still here is served, a missing key gets -ASK <slot>
//   <target>, a multi-key command with some keys gone gets -TRYAGAIN.
// Each node keeps its own view of who owns each slot (`view`), which is what lets a partitioned
// master keep serving its old slots, and what the epochs settle when the partition heals.
import type { Command } from './events.ts';
import { keySlot, SLOT_COUNT } from './key-slot.ts';

export interface NodeSpec {
  readonly id: string;
  /** The master it replicates, null for a master. */
  readonly master: string | null;
  /** Bytes a replica stays behind its master's replication offset (decides its election rank). */
  readonly lag?: number;
}

export interface ClusterNode {
  readonly id: string;
  readonly addr: string;
  readonly index: number;
  alive: boolean;
  master: string | null;
  configEpoch: number;
  /** The highest epoch this node has seen (currentEpoch). */
  currentEpoch: number;
  /** The last epoch it voted in (lastVoteEpoch). */
  lastVoteEpoch: number;
  replOffset: number;
  readonly lag: number;
  readonly data: Map<string, string>;
  /** Owner (node index) of every slot as this node knows it, -1 unassigned. */
  readonly view: Int16Array;
  readonly migrating: Map<number, string>;
  readonly importing: Map<number, string>;
  /** Nodes this node flags PFAIL or FAIL. */
  readonly flags: Map<string, 'pfail' | 'fail'>;
}

export interface Cluster {
  readonly nodes: ClusterNode[];
  /** Partition side of each node and client; all 0 when the network is whole. */
  readonly side: Map<string, number>;
}

const START_OFFSET = 1000;

export function nodeAddr(id: string): string {
  return `127.0.0.1:${id}`;
}

/** Masters with the given slot ranges (as redis-cli --cluster create splits them) and replicas. */
export function createCluster(specs: readonly NodeSpec[], ranges: readonly (readonly [number, number, string])[]): Cluster {
  const view = new Int16Array(SLOT_COUNT).fill(-1);
  const indexOf = (id: string) => specs.findIndex((s) => s.id === id);
  for (const [start, end, owner] of ranges) view.fill(indexOf(owner), start, end + 1);
  const nodes = specs.map((s, index): ClusterNode => ({
    id: s.id,
    addr: nodeAddr(s.id),
    index,
    alive: true,
    master: s.master,
    configEpoch: s.master === null ? index + 1 : 0,
    currentEpoch: specs.length,
    lastVoteEpoch: 0,
    replOffset: START_OFFSET - (s.lag ?? 0),
    lag: s.lag ?? 0,
    data: new Map(),
    view: view.slice(),
    migrating: new Map(),
    importing: new Map(),
    flags: new Map(),
  }));
  return { nodes, side: new Map() };
}

export function node(cluster: Cluster, id: string): ClusterNode {
  const found = cluster.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

export function sideOf(cluster: Cluster, id: string): number {
  return cluster.side.get(id) ?? 0;
}

/** A message from a to b gets through: both up (when nodes) and on the same side. */
export function reachable(cluster: Cluster, a: string, b: string): boolean {
  const na = cluster.nodes.find((n) => n.id === a);
  const nb = cluster.nodes.find((n) => n.id === b);
  if ((na && !na.alive) || (nb && !nb.alive)) return false;
  return sideOf(cluster, a) === sideOf(cluster, b);
}

/** Masters that own at least one slot in this node's view: the cluster's size for quorums. */
export function mastersWithSlots(cluster: Cluster, n: ClusterNode): ClusterNode[] {
  const owns = new Uint8Array(cluster.nodes.length);
  const view = n.view;
  for (let s = 0; s < SLOT_COUNT; s++) {
    const o = view[s] as number;
    if (o >= 0) owns[o] = 1;
  }
  return cluster.nodes.filter((m) => owns[m.index] === 1);
}

export function quorumOf(cluster: Cluster, n: ClusterNode, masters = mastersWithSlots(cluster, n)): number {
  return Math.floor(masters.length / 2) + 1;
}

/**
 * clusterUpdateState: the node sees the cluster down if a master it flags FAIL still owns slots
 * (full coverage required), or if it can reach fewer masters than a quorum (not flagged at all).
 */
export function clusterDown(cluster: Cluster, n: ClusterNode): 'ok' | 'uncovered' | 'minority' {
  const masters = mastersWithSlots(cluster, n);
  if (masters.some((m) => n.flags.get(m.id) === 'fail')) return 'uncovered';
  const reachableMasters = masters.filter((m) => m === n || !n.flags.has(m.id)).length;
  return reachableMasters < quorumOf(cluster, n, masters) ? 'minority' : 'ok';
}

export type Outcome = 'ok' | 'moved' | 'ask' | 'crossslot' | 'tryagain' | 'clusterdown';

export interface Answer {
  readonly reply: string;
  readonly outcome: Outcome;
  /** For MOVED and ASK: the node named. */
  readonly redirect?: string;
  readonly slot: number;
}

/** The single slot of a command, or null when its keys span several slots. */
export function commandSlot(command: Command): number | null {
  const slots = new Set(command.keys.map(keySlot));
  return slots.size === 1 ? (slots.values().next().value as number) : null;
}

export function serve(cluster: Cluster, n: ClusterNode, command: Command, asking: boolean): Answer {
  const slot = commandSlot(command);
  if (slot === null) return { reply: "-CROSSSLOT Keys in request don't hash to the same slot", outcome: 'crossslot', slot: keySlot(command.keys[0] ?? '') };
  if (clusterDown(cluster, n) !== 'ok') return { reply: '-CLUSTERDOWN The cluster is down', outcome: 'clusterdown', slot };
  const owner = cluster.nodes[n.view[slot] as number];
  const present = command.keys.filter((k) => n.data.has(k)).length;
  const allHere = present === command.keys.length;
  if (owner === n) {
    const target = n.migrating.get(slot);
    if (target !== undefined && !allHere) {
      if (present > 0 && command.keys.length > 1) return { reply: '-TRYAGAIN Multiple keys request during rehashing of slot', outcome: 'tryagain', slot };
      return { reply: `-ASK ${slot} ${nodeAddr(target)}`, outcome: 'ask', redirect: target, slot };
    }
    return execute(cluster, n, command, slot);
  }
  if (asking && n.importing.has(slot)) {
    if (present > 0 && !allHere && command.keys.length > 1)
      return { reply: '-TRYAGAIN Multiple keys request during rehashing of slot', outcome: 'tryagain', slot };
    return execute(cluster, n, command, slot);
  }
  const ownerId = owner?.id ?? n.id;
  return { reply: `-MOVED ${slot} ${nodeAddr(ownerId)}`, outcome: 'moved', redirect: ownerId, slot };
}

function execute(cluster: Cluster, n: ClusterNode, command: Command, slot: number): Answer {
  switch (command.name) {
    case 'GET': {
      const v = n.data.get(command.keys[0]);
      return { reply: v === undefined ? '(nil)' : `"${v}"`, outcome: 'ok', slot };
    }
    case 'MGET':
      return { reply: command.keys.map((k, i) => `${i + 1}) ${n.data.has(k) ? `"${n.data.get(k)}"` : '(nil)'}`).join(' '), outcome: 'ok', slot };
    case 'SET':
      n.data.set(command.keys[0], command.value);
      n.replOffset += 1;
      replicate(cluster, n, (r) => r.data.set(command.keys[0], command.value));
      return { reply: 'OK', outcome: 'ok', slot };
  }
}

/** Asynchronous replication, modelled as arriving at once at every replica the master can reach. */
export function replicate(cluster: Cluster, master: ClusterNode, apply: (replica: ClusterNode) => void): void {
  for (const r of cluster.nodes) {
    if (r.master !== master.id || !reachable(cluster, master.id, r.id)) continue;
    apply(r);
    r.replOffset = master.replOffset - r.lag;
  }
}

/** Replicas that have everything the master wrote (what WAIT counts). */
export function replicasInSync(cluster: Cluster, master: ClusterNode): number {
  return cluster.nodes.filter((r) => r.master === master.id && reachable(cluster, master.id, r.id) && r.replOffset >= master.replOffset).length;
}
