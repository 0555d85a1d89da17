// ZooKeeper's leader election and quorum, as ZooKeeper does them.
// Source: apache/zookeeper, FastLeaderElection.totalOrderPredicate (a vote beats another by the
// proposed leader's epoch, then its last logged zxid, then its server id) and QuorumMaj (a quorum is
// a strict majority of the voting members: 2 of 3, 3 of 5).
// Model: every live server starts by voting for itself and adopts any better vote it hears, so once
// a quorum is talking they all end on the best vote among them; that server leads the next epoch.
// Invariant (property-tested): a server that is down cannot be elected, an election needs a quorum
// of live servers, and no two leaders ever share an epoch (each election moves to max(epoch) + 1).

export interface Vote {
  readonly sid: number;
  readonly zxid: number;
  readonly epoch: number;
}

/** FastLeaderElection.totalOrderPredicate(newId, newZxid, newEpoch, curId, curZxid, curEpoch) with weights all 1. */
export function totalOrderPredicate(next: Vote, current: Vote): boolean {
  return next.epoch > current.epoch || (next.epoch === current.epoch && (next.zxid > current.zxid || (next.zxid === current.zxid && next.sid > current.sid)));
}

/** QuorumMaj.containsQuorum: more than half of all voting members (not of the live ones). */
export function hasQuorum(live: number, ensemble: number): boolean {
  return live > Math.floor(ensemble / 2);
}

/** How many servers an ensemble can lose and still serve: 1 of 3, 2 of 5. */
export function tolerates(ensemble: number): number {
  return ensemble - (Math.floor(ensemble / 2) + 1);
}

/** The winner of an election among `votes` (each live server's own vote), or null without a quorum. */
export function elect(votes: readonly Vote[], ensemble: number): Vote | null {
  if (!hasQuorum(votes.length, ensemble)) return null;
  let best: Vote | null = null;
  for (const v of votes) if (best === null || totalOrderPredicate(v, best)) best = v;
  return best;
}

/** A zxid: epoch in the high 32 bits, a counter in the low 32 (ZxidUtils.makeZxid). */
export function makeZxid(epoch: number, counter: number): number {
  return epoch * 2 ** 32 + counter;
}
export function zxidEpoch(zxid: number): number {
  return Math.floor(zxid / 2 ** 32);
}
export function zxidCounter(zxid: number): number {
  return zxid % 2 ** 32;
}
/** The way ZooKeeper logs them: 0x100000003. */
export function zxidHex(zxid: number): string {
  return `0x${zxid.toString(16)}`;
}
