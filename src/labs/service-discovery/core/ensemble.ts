// A ZooKeeper ensemble as the registry sees it: which servers are up, who leads which epoch, each
// server's last zxid, and whether it can serve (a leader backed by a quorum). Elections use fle.ts.
// Simplifications, said where they matter: every live follower acknowledges every write (so live
// servers share the leader's zxid and a server that was down keeps the zxid it stopped with), and
// an election takes FINALIZE_WAIT_MS plus a seeded share of up to ELECTION_JITTER_MS for the
// notification rounds and the followers' sync with the new leader.
import { elect, hasQuorum, makeZxid, type Vote } from './fle.ts';

/** FastLeaderElection.finalizeWait: how long a server waits for a better vote before it decides. */
export const FINALIZE_WAIT_MS = 200;
export const ELECTION_JITTER_MS = 800;

export type ServerRole = 'leader' | 'follower' | 'looking' | 'down';

export interface ServerState {
  readonly sid: number;
  up: boolean;
  role: ServerRole;
  /** currentEpoch: the epoch of the last leader this server followed. */
  epoch: number;
  /** lastLoggedZxid. */
  zxid: number;
  vote: Vote | null;
}

export interface Ensemble {
  readonly servers: ServerState[];
  leader: number | null;
  /** Leader of each epoch ever elected (the property test checks there is one per epoch). */
  readonly leaders: Map<number, number>;
}

export function createEnsemble(size: number, initialWrites: number): Ensemble {
  const servers: ServerState[] = Array.from({ length: size }, (_, i) => ({
    sid: i + 1,
    up: true,
    role: 'looking',
    epoch: 0,
    zxid: makeZxid(0, 0),
    vote: null,
  }));
  const ensemble: Ensemble = { servers, leader: null, leaders: new Map() };
  finishElection(ensemble);
  for (let i = 0; i < initialWrites; i++) write(ensemble);
  return ensemble;
}

export function liveServers(e: Ensemble): ServerState[] {
  return e.servers.filter((s) => s.up);
}

export function serving(e: Ensemble): boolean {
  return e.leader !== null && hasQuorum(liveServers(e).length, e.servers.length);
}

/** Stops a server. Returns true when that cost the ensemble its leader (no writes until an election). */
export function stopServer(e: Ensemble, sid: number): boolean {
  const s = e.servers[sid - 1];
  if (!s?.up) return false;
  s.up = false;
  s.role = 'down';
  s.vote = null;
  const lostLeader = e.leader === sid || (e.leader !== null && !hasQuorum(liveServers(e).length, e.servers.length));
  if (lostLeader) {
    e.leader = null;
    for (const o of liveServers(e)) {
      o.role = 'looking';
      o.vote = { sid: o.sid, zxid: o.zxid, epoch: o.epoch };
    }
  }
  return lostLeader;
}

/** Starts a server: it follows a serving leader (syncing to its zxid) or joins the election. */
export function startServer(e: Ensemble, sid: number): void {
  const s = e.servers[sid - 1];
  if (!s || s.up) return;
  s.up = true;
  if (e.leader !== null) {
    const leader = e.servers[e.leader - 1] as ServerState;
    s.role = 'follower';
    s.epoch = leader.epoch;
    s.zxid = leader.zxid;
    s.vote = null;
  } else {
    s.role = 'looking';
    s.vote = { sid: s.sid, zxid: s.zxid, epoch: s.epoch };
  }
}

export function needsElection(e: Ensemble): boolean {
  return e.leader === null && hasQuorum(liveServers(e).length, e.servers.length);
}

/** Every live server's own vote, best last (as they would all converge). */
export function currentVotes(e: Ensemble): Vote[] {
  return liveServers(e).map((s) => ({ sid: s.sid, zxid: s.zxid, epoch: s.epoch }));
}

/**
 * Completes an election among the live servers: the best vote leads epoch max(epoch) + 1, every
 * live server follows it and syncs to its history; the new epoch starts at zxid (epoch, 0).
 */
export function finishElection(e: Ensemble): Vote | null {
  const live = liveServers(e);
  const winner = elect(currentVotes(e), e.servers.length);
  if (winner === null) return null;
  const epoch = Math.max(...live.map((s) => s.epoch)) + 1;
  e.leader = winner.sid;
  e.leaders.set(epoch, winner.sid);
  for (const s of live) {
    s.role = s.sid === winner.sid ? 'leader' : 'follower';
    s.epoch = epoch;
    s.zxid = makeZxid(epoch, 0);
    s.vote = null;
  }
  return winner;
}

/** A write (session create/close, znode create/delete) through the leader; null when not serving. */
export function write(e: Ensemble): number | null {
  if (!serving(e)) return null;
  let zxid = 0;
  for (const s of liveServers(e)) {
    s.zxid += 1;
    zxid = s.zxid;
  }
  return zxid;
}
