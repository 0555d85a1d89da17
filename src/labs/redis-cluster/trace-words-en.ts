// The trace's English sentences (trace-text.ts).
import type { TraceWords } from './trace-text.ts';

export const traceWordsEn: TraceWords = {
  replyWhy: {
    ok: 'This node serves the slot and runs the command',
    moved: 'The slot is not this node’s (or it is only a replica): the reply names the real master; the client should update its slot map',
    ask: 'The slot is migrating away and the key has left: the client asks the target this once (after ASKING), without changing its map',
    crossslot: 'A multi-key command’s keys are in different slots: refused (even when both slots are on one node)',
    tryagain: 'Some keys of the migrating slot have moved: the multi-key command can only be retried later',
    clusterdown: 'This node thinks the cluster is down (a master with slots is FAIL, or it cannot reach a majority of masters): reads and writes are refused',
    refused: 'The node cannot be reached (down or cut off): the client refreshes its map with CLUSTER SLOTS',
  },
  list: (items) => items.join(', '),
  none: '(none)',
  sendWhy: (e) =>
    e.asking
      ? `After ASKING: ${e.node} is importing slot ${e.slot}, so it accepts this one`
      : `The key’s slot is ${e.slot}; the client’s map says ${e.node} has it`,
  askingWhy: 'After an ASK the client first sends ASKING: valid for the next command only, it makes the importing node accept it',
  mapUpdate: (slot, node) => `Slot map: slot ${slot} → ${node}`,
  mapUpdateWhy: 'MOVED means the slot changed owner for good: remember it (this one slot only)',
  mapRefreshWhy: (e) =>
    e.changed > 0 ? `The whole map is refreshed; ${e.changed} slots changed` : `The whole map is refreshed: nothing changed in ${e.from}’s view`,
  waitWhy: (e) =>
    e.timedOut
      ? `Only ${e.acked} replica(s) confirmed within ${e.timeoutMs} ms, fewer than ${e.wanted}: this write cannot count as done`
      : `${e.acked} replica(s) have this write`,
  setslotWhy: (e) =>
    e.state === 'importing'
      ? `Ready to receive slot ${e.slot} from ${e.other}: requests after ASKING are accepted`
      : e.state === 'migrating'
        ? `Slot ${e.slot} starts moving to ${e.other}: keys still here are served, missing ones get ASK`
        : `Migration done: slot ${e.slot} now belongs to ${e.other} (the target bumps its configEpoch)`,
  migrateWhy: (slot, to) => `CLUSTER GETKEYSINSLOT ${slot} takes a batch of keys, moved atomically to ${to} and deleted here`,
  crash: 'process exits',
  crashWhy: 'The master is down: connections refused, PINGs unanswered',
  partition: 'network partition',
  partitionWhy: (who) => `${who} and the other nodes cannot reach each other`,
  pfail: (node) => `flags ${node} PFAIL`,
  pfailWhy: (ms) => `No PONG for more than cluster-node-timeout (${ms} ms): only “I think it is down”`,
  fail: (node) => `flags ${node} FAIL and broadcasts it`,
  failWhy: (reports, quorum) => `${reports} all report it PFAIL, a majority of masters (${quorum}): the whole cluster takes it as down`,
  minority: 'cluster state → fail, stops serving reads and writes',
  minorityWhy: (reachable, quorum) => `It reaches only ${reachable} master(s), fewer than the majority ${quorum}: it is on the minority side`,
  electionScheduled: (ms) => `starts an election in ${ms} ms`,
  electionScheduledWhy: (e) =>
    `500 + random ${e.randomMs} + rank ${e.rank} × 1000; replication offset ${e.offset}: a replica with a larger offset ranks first and starts first`,
  election: (epoch, count, votes) => `asks for votes: epoch ${epoch}, ${count} vote(s) (${votes})`,
  electionWhy: (won, quorum) => (won ? `${quorum} votes from a majority of masters: elected` : `fewer than ${quorum} votes: this round fails`),
  promoted: (epoch) => `becomes master, configEpoch ${epoch}`,
  promotedWhy: (old, slots) => `Takes over ${old}’s ${slots} slots and broadcasts the new configuration to the nodes it reaches`,
  follow: (master) => `now replicates ${master}`,
  followWhy: 'The old master’s other replicas follow the new master',
  network: 'network',
  heal: 'partition heals',
  healWhy: 'The nodes talk again and exchange configurations: for each slot the side with the larger configEpoch wins',
  demoted: (master) => `demoted to a replica of ${master}, full resync`,
  demotedWhy: (e) =>
    `Its configEpoch ${e.ownEpoch} is smaller than ${e.master}’s ${e.epoch}: it loses every slot, and the resync drops the ${e.dropped} key(s) only it had`,
  lost: (key, value) => `lost: SET ${key} ${value}`,
  lostWhy: (acked) =>
    acked
      ? 'The client got OK, but the write was only on the isolated old master'
      : 'The write was only on the isolated old master; WAIT timed out, so the client did not count it as done',
};
