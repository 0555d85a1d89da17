// Failure detection and replica promotion, after clusterCron, markNodeAsFailingIfNeeded,
// clusterHandleSlaveFailover and clusterSendFailoverAuthIfNeeded in Redis's src/cluster.c:
// - PFAIL: a node flags another when a ping to it has waited more than cluster-node-timeout. The
//   ping goes out at the next cron round after the peer went silent (modelled as a seeded 0–1 s).
// - FAIL: a node that flags X PFAIL and holds reports (PFAIL or FAIL) about X from a majority of
//   the masters that own slots marks X FAIL and broadcasts it; every node it reaches agrees.
//   Gossip carries the reports; here they arrive at once.
// - Election: a replica whose master is FAIL waits 500 ms + random(0..499) ms + rank × 1000 ms,
//   rank = how many other replicas of the same master have a larger replication offset. Then it
//   bumps currentEpoch and asks the masters for votes; a master votes once per epoch, only if it
//   too sees the master FAIL. A majority of the masters makes it master with configEpoch = the new
//   epoch; it takes the slots, and the nodes it reaches (and the other replicas) follow.
// Only masters and the failed master's replicas are watched here: the other replicas' flags
// change nothing in these scenarios.
import { randomInt, type Random } from '../../kernel/random.ts';
import { clusterDown, mastersWithSlots, node, quorumOf, reachable, type Cluster, type ClusterNode } from './cluster.ts';
import type { TraceEvent } from './events.ts';

export interface FailoverHost {
  readonly cluster: Cluster;
  readonly random: Random;
  readonly nodeTimeoutMs: number;
  now(): number;
  emit(event: TraceEvent): void;
  schedulePfailCheck(atMs: number, observer: string, target: string): void;
  scheduleElection(atMs: number, replica: string): void;
}

/** Who stopped hearing from whom: schedule the PFAIL checks (after a crash or a partition). */
export function watchSilences(host: FailoverHost, before: (a: string, b: string) => boolean): void {
  const { cluster } = host;
  for (const target of cluster.nodes) {
    if (target.master !== null) continue;
    for (const observer of cluster.nodes) {
      if (observer === target || !observer.alive) continue;
      if (observer.master !== null && observer.master !== target.id) continue;
      if (!before(observer.id, target.id) || reachable(cluster, observer.id, target.id)) continue;
      const pingAt = host.now() + randomInt(host.random, 1000);
      host.schedulePfailCheck(pingAt + host.nodeTimeoutMs, observer.id, target.id);
    }
  }
}

export function pfailCheck(host: FailoverHost, observerId: string, targetId: string): void {
  const { cluster } = host;
  const observer = node(cluster, observerId);
  if (!observer.alive || reachable(cluster, observerId, targetId) || observer.flags.has(targetId)) return;
  const wasDown = clusterDown(cluster, observer);
  observer.flags.set(targetId, 'pfail');
  host.emit({ kind: 'pfail', observer: observerId, node: targetId, silentMs: host.nodeTimeoutMs });
  noteMinority(host, observer, wasDown);
  checkFail(host, targetId);
}

function noteMinority(host: FailoverHost, n: ClusterNode, wasDown: string): void {
  if (wasDown === 'minority' || clusterDown(host.cluster, n) !== 'minority') return;
  const masters = mastersWithSlots(host.cluster, n);
  host.emit({ kind: 'minority', node: n.id, reachableMasters: masters.filter((m) => m === n || !n.flags.has(m.id)).length, quorum: quorumOf(host.cluster, n) });
}

function checkFail(host: FailoverHost, targetId: string): void {
  const { cluster } = host;
  for (const x of cluster.nodes) {
    if (!x.alive || x.flags.get(targetId) !== 'pfail') continue;
    const reports = mastersWithSlots(cluster, x)
      .filter((m) => m.id !== targetId && (m === x || reachable(cluster, x.id, m.id)) && m.flags.has(targetId))
      .map((m) => m.id);
    const quorum = quorumOf(cluster, x);
    if (reports.length < quorum) continue;
    host.emit({ kind: 'fail', observer: x.id, node: targetId, reports, quorum });
    for (const n of cluster.nodes) {
      if (n.alive && (n === x || reachable(cluster, x.id, n.id)) && n.flags.get(targetId) !== 'fail') {
        n.flags.set(targetId, 'fail');
        if (n.master === targetId) scheduleElection(host, n);
      }
    }
    return;
  }
}

function scheduleElection(host: FailoverHost, replica: ClusterNode): void {
  const siblings = host.cluster.nodes.filter((r) => r !== replica && r.master === replica.master);
  const rank = siblings.filter((r) => r.replOffset > replica.replOffset).length;
  const randomMs = randomInt(host.random, 500);
  const delayMs = 500 + randomMs + rank * 1000;
  host.emit({ kind: 'election-scheduled', node: replica.id, rank, randomMs, delayMs, offset: replica.replOffset });
  host.scheduleElection(host.now() + delayMs, replica.id);
}

export function runElection(host: FailoverHost, replicaId: string): void {
  const { cluster } = host;
  const replica = node(cluster, replicaId);
  const oldMasterId = replica.master;
  // Another replica won first (this one now follows it), or the master came back.
  if (!replica.alive || oldMasterId === null || replica.flags.get(oldMasterId) !== 'fail') return;
  const epoch = Math.max(...cluster.nodes.filter((n) => n === replica || reachable(cluster, replicaId, n.id)).map((n) => n.currentEpoch)) + 1;
  replica.currentEpoch = epoch;
  const quorum = quorumOf(cluster, replica);
  const votes: string[] = [];
  for (const m of mastersWithSlots(cluster, replica)) {
    if (m.id === oldMasterId || !reachable(cluster, replicaId, m.id)) continue;
    if (m.lastVoteEpoch >= epoch || m.flags.get(oldMasterId) !== 'fail') continue;
    m.lastVoteEpoch = epoch;
    m.currentEpoch = Math.max(m.currentEpoch, epoch);
    votes.push(m.id);
  }
  const won = votes.length >= quorum;
  host.emit({ kind: 'election', node: replicaId, epoch, votes, quorum, won });
  if (!won) return;
  promote(host, replica, oldMasterId, epoch);
}

function promote(host: FailoverHost, replica: ClusterNode, oldMasterId: string, epoch: number): void {
  const { cluster } = host;
  const oldIndex = node(cluster, oldMasterId).index;
  replica.master = null;
  replica.configEpoch = epoch;
  let slots = 0;
  for (const n of cluster.nodes) {
    if (n !== replica && !reachable(cluster, replica.id, n.id)) continue;
    n.currentEpoch = Math.max(n.currentEpoch, epoch);
    for (let s = 0; s < n.view.length; s++) {
      if (n.view[s] !== oldIndex) continue;
      n.view[s] = replica.index;
      if (n === replica) slots++;
    }
  }
  host.emit({ kind: 'promoted', node: replica.id, oldMaster: oldMasterId, epoch, slots });
  for (const r of cluster.nodes) {
    if (r !== replica && r.master === oldMasterId && r.alive && reachable(cluster, replica.id, r.id)) {
      r.master = replica.id;
      r.replOffset = replica.replOffset - r.lag;
      r.data.clear();
      for (const [k, v] of replica.data) r.data.set(k, v);
      host.emit({ kind: 'follow', node: r.id, master: replica.id });
    }
  }
}
