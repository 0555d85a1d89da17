// Plays a scenario on the virtual clock: the script's actions, the clients' redirections and the
// cluster's own reactions (failure detection, elections), one trace row per event, each with a
// snapshot for the picture. Each message takes 1 ms, and rows never share a millisecond, so the
// player can step through every row and a shared `t=` lands on the same one.
// Same scenario + same seed = the same rows.
import { createVirtualClock } from '../../kernel/clock.ts';
import { createRandom } from '../../kernel/random.ts';
import { createCluster, node, reachable, replicasInSync, serve, type Cluster, type NodeSpec } from './cluster.ts';
import type { Command, TraceEvent, WriteRecord } from './events.ts';
import { pfailCheck, runElection, watchSilences, type FailoverHost } from './failover.ts';
import { keySlot, SLOT_COUNT } from './key-slot.ts';
import type { Action, TimedAction, WaitSpec } from './script.ts';
import { takeSnapshot, winningOwners, type Snapshot } from './snapshot.ts';

export interface ScenarioSetup {
  readonly nodes: readonly NodeSpec[];
  readonly ranges: readonly (readonly [number, number, string])[];
  /** Clients and the slot ranges their maps start with (null: a fresh map from the cluster). */
  readonly clients: readonly { readonly id: string; readonly ranges: readonly (readonly [number, number, string])[] | null }[];
  readonly script: readonly TimedAction[];
  /** Keys already stored before the run (on the slot's master and its replicas). */
  readonly data: readonly (readonly [string, string])[];
  readonly nodeTimeoutMs: number;
  readonly seed: number;
  readonly durationMs: number;
}

export interface TraceRow {
  readonly timeMs: number;
  readonly event: TraceEvent;
  readonly snapshot: Snapshot;
}

export interface ScenarioRun {
  readonly rows: readonly TraceRow[];
  readonly initial: Snapshot;
  readonly writes: readonly WriteRecord[];
  readonly durationMs: number;
  readonly cluster: Cluster;
}

interface Request {
  readonly client: string;
  readonly command: Command;
  readonly wait: WaitSpec | undefined;
  node: string;
  asking: boolean;
  hops: number;
}

type Item =
  | { readonly kind: 'action'; readonly action: Action }
  | { readonly kind: 'hop'; readonly request: Request; readonly stage: 'send' | 'command' }
  | { readonly kind: 'wait-timeout'; readonly request: Request; readonly write: MutableWrite }
  | { readonly kind: 'pfail-check'; readonly observer: string; readonly target: string }
  | { readonly kind: 'election'; readonly replica: string };

type MutableWrite = { -readonly [K in keyof WriteRecord]: WriteRecord[K] };

const MAX_REDIRECTS = 5;

export function runScenario(setup: ScenarioSetup): ScenarioRun {
  const cluster = createCluster(setup.nodes, setup.ranges);
  const random = createRandom(setup.seed);
  const clock = createVirtualClock<Item>();
  const rows: TraceRow[] = [];
  const writes: MutableWrite[] = [];
  const maps = new Map<string, Int16Array>();
  for (const c of setup.clients) maps.set(c.id, c.ranges ? mapFrom(cluster, c.ranges) : cluster.nodes[0]!.view.slice());
  let lastRowMs = -1;
  for (const [k, v] of setup.data) {
    const owner = cluster.nodes[cluster.nodes[0]!.view[keySlot(k)] as number]!;
    for (const n of cluster.nodes) if (n === owner || n.master === owner.id) n.data.set(k, v);
  }

  const emit = (event: TraceEvent) => {
    lastRowMs = Math.max(clock.now(), lastRowMs + 1);
    rows.push({ timeMs: lastRowMs, event, snapshot: takeSnapshot(cluster, maps) });
  };
  const host: FailoverHost = {
    cluster,
    random,
    nodeTimeoutMs: setup.nodeTimeoutMs,
    now: () => clock.now(),
    emit,
    schedulePfailCheck: (at, observer, target) => clock.schedule(at, { kind: 'pfail-check', observer, target }),
    scheduleElection: (at, replica) => clock.schedule(at, { kind: 'election', replica }),
  };
  const next = () => Math.max(clock.now(), lastRowMs) + 1;

  const mapOf = (client: string) => maps.get(client) as Int16Array;

  const send = (r: Request, stage: 'send' | 'command') => {
    if (stage === 'send' && r.asking) {
      emit({ kind: 'asking', client: r.client, node: r.node });
      clock.schedule(next(), { kind: 'hop', request: r, stage: 'command' });
      return;
    }
    const slot = keySlot(r.command.keys[0] ?? '');
    emit({ kind: 'send', client: r.client, node: r.node, command: r.command, slot, asking: r.asking });
    const target = node(cluster, r.node);
    if (!reachable(cluster, r.client, r.node)) {
      emit({ kind: 'reply', client: r.client, node: r.node, reply: target.alive ? 'timeout' : 'Connection refused', outcome: 'refused' });
      refresh(r.client);
      return;
    }
    const answer = serve(cluster, target, r.command, r.asking);
    emit({ kind: 'reply', client: r.client, node: r.node, reply: answer.reply, outcome: answer.outcome });
    if ((answer.outcome === 'moved' || answer.outcome === 'ask') && answer.redirect !== undefined && r.hops < MAX_REDIRECTS) {
      if (answer.outcome === 'moved') {
        mapOf(r.client)[answer.slot] = node(cluster, answer.redirect).index;
        emit({ kind: 'map-update', client: r.client, slot: answer.slot, node: answer.redirect });
      }
      const retry: Request = { ...r, node: answer.redirect, asking: answer.outcome === 'ask', hops: r.hops + 1 };
      clock.schedule(next(), { kind: 'hop', request: retry, stage: 'send' });
      return;
    }
    if (r.command.name !== 'SET') return;
    const write: MutableWrite = {
      key: r.command.keys[0],
      value: r.command.value,
      atMs: clock.now(),
      node: r.node,
      acknowledged: answer.outcome === 'ok' && r.wait === undefined,
      waitAcked: null,
      reply: answer.reply,
      survived: false,
    };
    writes.push(write);
    if (answer.outcome !== 'ok' || r.wait === undefined) return;
    const synced = replicasInSync(cluster, target);
    if (synced >= r.wait.replicas) {
      write.waitAcked = synced;
      write.acknowledged = true;
      emit({ kind: 'wait', client: r.client, node: r.node, wanted: r.wait.replicas, acked: synced, timedOut: false, timeoutMs: r.wait.timeoutMs });
    } else {
      clock.schedule(clock.now() + r.wait.timeoutMs, { kind: 'wait-timeout', request: r, write });
    }
  };

  const refresh = (client: string) => {
    const from = cluster.nodes.find((n) => reachable(cluster, client, n.id));
    if (!from) return;
    const map = mapOf(client);
    let changed = 0;
    for (let s = 0; s < SLOT_COUNT; s++)
      if (map[s] !== from.view[s]) {
        map[s] = from.view[s] as number;
        changed++;
      }
    emit({ kind: 'map-refresh', client, from: from.id, changed });
  };

  const act = (a: Action) => {
    switch (a.kind) {
      case 'request': {
        const owner = cluster.nodes[mapOf(a.client)[keySlot(a.command.keys[0] ?? '')] as number];
        send({ client: a.client, command: a.command, wait: a.wait, node: a.node ?? owner?.id ?? cluster.nodes[0]!.id, asking: false, hops: 0 }, 'send');
        return;
      }
      case 'refresh':
        refresh(a.client);
        return;
      case 'setslot': {
        const n = node(cluster, a.node);
        (a.state === 'importing' ? n.importing : n.migrating).set(a.slot, a.other);
        emit({ kind: 'setslot', node: a.node, slot: a.slot, state: a.state, other: a.other });
        return;
      }
      case 'migrate': {
        const from = node(cluster, a.from);
        const to = node(cluster, a.to);
        const keys = [...from.data.keys()]
          .filter((k) => keySlot(k) === a.slot)
          .sort()
          .slice(0, a.count);
        for (const k of keys) {
          to.data.set(k, from.data.get(k) as string);
          from.data.delete(k);
        }
        emit({ kind: 'migrate', from: a.from, to: a.to, slot: a.slot, keys });
        return;
      }
      case 'setslot-node': {
        const target = node(cluster, a.target);
        // The target first (it bumps its configEpoch so its claim wins), then everyone else.
        target.configEpoch = Math.max(...cluster.nodes.map((n) => n.currentEpoch)) + 1;
        for (const n of cluster.nodes) n.currentEpoch = Math.max(n.currentEpoch, target.configEpoch);
        // redis-cli sends these one after the other within milliseconds; the rows come after the
        // whole round so no row shows the source and the target both claiming the slot.
        const order = [target, ...cluster.nodes.filter((x) => x !== target)];
        for (const n of order) {
          n.view[a.slot] = target.index;
          n.migrating.delete(a.slot);
          n.importing.delete(a.slot);
        }
        for (const n of order) if (n.master === null) emit({ kind: 'setslot', node: n.id, slot: a.slot, state: 'node', other: a.target });
        return;
      }
      case 'crash': {
        const before = snapshotReach();
        node(cluster, a.node).alive = false;
        emit({ kind: 'crash', node: a.node });
        watchSilences(host, before);
        return;
      }
      case 'partition': {
        const before = snapshotReach();
        for (const id of a.minority) cluster.side.set(id, 1);
        emit({ kind: 'partition', minority: a.minority });
        watchSilences(host, before);
        return;
      }
      case 'heal':
        heal();
        return;
    }
  };

  const snapshotReach = () => {
    const side = new Map(cluster.side);
    const alive = new Map(cluster.nodes.map((n) => [n.id, n.alive]));
    return (a: string, b: string) => alive.get(a) !== false && alive.get(b) !== false && (side.get(a) ?? 0) === (side.get(b) ?? 0);
  };

  // The network is whole again: for each slot the claim with the higher configEpoch wins
  // (clusterUpdateSlotsConfigWith); a master left without slots becomes a replica of the node that
  // took them, and its full resync with that master throws away what only it had.
  const heal = () => {
    cluster.side.clear();
    emit({ kind: 'heal' });
    const owners = winningOwners(cluster);
    for (const n of cluster.nodes) {
      if (!n.alive) continue;
      for (const other of cluster.nodes) if (other.alive) n.flags.delete(other.id);
      const owned = n.master === null ? countOwned(n.view, n.index) : 0;
      const taker = n.master === null && owned > 0 ? firstTaker(n.view, n.index, owners) : -1;
      n.view.set(owners);
      if (taker < 0 || countOwned(owners, n.index) > 0) continue;
      const winner = cluster.nodes[taker]!;
      n.master = winner.id;
      const dropped = [...n.data].filter(([k, v]) => winner.data.get(k) !== v).length;
      n.data.clear();
      for (const [k, v] of winner.data) n.data.set(k, v);
      n.replOffset = winner.replOffset;
      emit({ kind: 'demoted', node: n.id, master: winner.id, epoch: winner.configEpoch, ownEpoch: n.configEpoch, dropped });
      for (const w of writes) {
        if (w.node === n.id && w.reply === 'OK' && winner.data.get(w.key) !== w.value) {
          emit({ kind: 'lost-write', key: w.key, value: w.value, node: n.id, acknowledged: w.acknowledged });
        }
      }
    }
  };

  for (const t of setup.script) clock.schedule(t.atMs, { kind: 'action', action: t.action });
  const initial = takeSnapshot(cluster, maps);
  clock.advanceTo(setup.durationMs, (item) => {
    switch (item.kind) {
      case 'action':
        act(item.action);
        return;
      case 'hop':
        send(item.request, item.stage);
        return;
      case 'wait-timeout': {
        const synced = replicasInSync(cluster, node(cluster, item.request.node));
        item.write.waitAcked = synced;
        item.write.acknowledged = synced >= (item.request.wait?.replicas ?? 0);
        emit({
          kind: 'wait',
          client: item.request.client,
          node: item.request.node,
          wanted: item.request.wait?.replicas ?? 0,
          acked: synced,
          timedOut: true,
          timeoutMs: item.request.wait?.timeoutMs ?? 0,
        });
        return;
      }
      case 'pfail-check':
        pfailCheck(host, item.observer, item.target);
        return;
      case 'election':
        runElection(host, item.replica);
        return;
    }
  });
  // Where each write ended up: still the value at the slot's winning master, or replaced by a
  // later write of the same key that survived (overwritten, not lost).
  const owners = winningOwners(cluster);
  for (let i = writes.length - 1; i >= 0; i--) {
    const w = writes[i]!;
    if (w.reply !== 'OK') continue;
    const later = writes.slice(i + 1).some((x) => x.key === w.key && x.survived);
    w.survived = later || cluster.nodes[owners[keySlot(w.key)] as number]?.data.get(w.key) === w.value;
  }
  return { rows, initial, writes, durationMs: Math.max(setup.durationMs, lastRowMs), cluster };
}

function mapFrom(cluster: Cluster, ranges: readonly (readonly [number, number, string])[]): Int16Array {
  const map = new Int16Array(SLOT_COUNT).fill(-1);
  for (const [start, end, owner] of ranges) map.fill(node(cluster, owner).index, start, end + 1);
  return map;
}

function countOwned(view: Int16Array, index: number): number {
  let n = 0;
  for (let s = 0; s < SLOT_COUNT; s++) if (view[s] === index) n++;
  return n;
}

function firstTaker(view: Int16Array, index: number, owners: Int16Array): number {
  for (let s = 0; s < SLOT_COUNT; s++) if (view[s] === index && owners[s] !== index) return owners[s] as number;
  return -1;
}
