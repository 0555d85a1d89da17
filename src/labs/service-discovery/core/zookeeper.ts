// ZooKeeper as a registry (Dubbo's ZookeeperRegistry, Curator): each provider holds a session and
// an ephemeral znode under /dubbo/<interface>/providers; consumers read the children with a watch.
// Source: apache/zookeeper (ZooKeeperServer.processConnectRequest negotiates the session timeout
// into [minSessionTimeout, maxSessionTimeout] = [2, 20] × tickTime; ClientCnxn pings after
// readTimeout / 2 idle, readTimeout = 2/3 of the timeout, so every timeout / 3; SessionTrackerImpl
// keeps expiry in buckets of tickTime, expiry = roundToNextInterval(now + timeout); an expired
// session's ephemeral nodes are deleted). Watches are one-shot: a NodeChildrenChanged event clears
// the watch and the consumer sets it again with its next getChildren; a change in between fires
// nothing, the read simply sees it.
// When the ensemble loses its leader or its quorum, clients are disconnected and keep their cached
// lists; no session can expire while nobody leads. A new leader reloads every session from its
// database and gives each a full timeout from its own start, so a provider that died meanwhile
// loses its node one session timeout after the quorum is back (its clients, alive, reconnect).
import {
  currentVotes,
  ELECTION_JITTER_MS,
  FINALIZE_WAIT_MS,
  finishElection,
  liveServers,
  needsElection,
  serving,
  startServer,
  stopServer,
  write,
  createEnsemble,
} from './ensemble.ts';
import { hasQuorum, zxidHex, type Vote } from './fle.ts';
import { setList } from './lists.ts';
import { consumerName, providerName, type Timings } from './scenario.ts';
import { emit, listed, names, now, type Sim } from './sim-state.ts';
import type { Model } from './model.ts';

/** Round trip of a getChildren after a watch fires. */
export const READ_RTT_MS = 20;

export function negotiatedTimeout(t: Pick<Timings, 'tickTime' | 'sessionTimeout'>): number {
  return Math.min(20 * t.tickTime, Math.max(2 * t.tickTime, t.sessionTimeout));
}

/** SessionTrackerImpl / ExpiryQueue.roundToNextInterval. */
export function roundToNextInterval(time: number, interval: number): number {
  return (Math.floor(time / interval) + 1) * interval;
}

export function votesText(votes: readonly Vote[]): string {
  return votes.map((v) => `zk${v.sid}(${v.epoch}, ${zxidHex(v.zxid)}, ${v.sid})`).join(' ');
}

const phase = (sim: Sim, ms: number) => Math.floor(sim.random() * ms) + 1;

function childrenChanged(sim: Sim): void {
  sim.consumers.forEach((c, i) => {
    if (!c.connected) return;
    if (!c.watch) {
      emit(sim, consumerName(i), 'watch-not-set', { consumer: consumerName(i) }, 'info');
      return;
    }
    c.watch = false;
    emit(sim, consumerName(i), 'watch-fired', { consumer: consumerName(i) }, 'info');
    sim.clock.schedule(now(sim) + READ_RTT_MS, { type: 'zkRead', c: i });
  });
}

function disconnectAll(sim: Sim, why: 'election' | 'quorum'): void {
  if (!sim.consumers.some((c) => c.connected)) return;
  for (const c of sim.consumers) {
    c.connected = false;
    c.watch = false;
  }
  emit(sim, 'consumers', 'consumers-disconnected', { why }, 'warn');
}

function startElection(sim: Sim): void {
  const e = sim.ensemble;
  if (!e || !needsElection(e)) return;
  emit(sim, 'zookeeper', 'election-started', { votes: votesText(currentVotes(e)) }, 'warn');
  sim.clock.schedule(now(sim) + FINALIZE_WAIT_MS + Math.floor(sim.random() * ELECTION_JITTER_MS), { type: 'election' });
}

function afterElection(sim: Sim): void {
  const e = sim.ensemble;
  if (!e || !needsElection(e)) return;
  const votes = currentVotes(e);
  const winner = finishElection(e);
  if (!winner) return;
  const leader = e.servers[winner.sid - 1];
  emit(sim, `zk${winner.sid}`, 'elected', { leader: `zk${winner.sid}`, epoch: leader?.epoch ?? 0, votes: votesText(votes) }, 'ok');
  const timeout = negotiatedTimeout(sim.scenario.timings);
  for (const entry of sim.registry) if (entry) entry.last = roundToNextInterval(now(sim) + timeout, sim.scenario.timings.tickTime);
  emit(sim, 'zookeeper', 'sessions-reset', { seconds: timeout / 1000 }, 'info');
  sim.consumers.forEach((c, i) => {
    c.connected = true;
    sim.clock.schedule(now(sim) + READ_RTT_MS, { type: 'zkRead', c: i });
  });
}

export const zookeeperModel: Model = {
  init(sim) {
    const t = sim.scenario.timings;
    sim.ensemble = createEnsemble(Math.max(1, sim.scenario.servers), 2 * sim.providers.length);
    const timeout = negotiatedTimeout(t);
    const pingEvery = Math.floor(timeout / 3);
    sim.providers.forEach((_, p) => {
      const next = phase(sim, pingEvery);
      const entry = sim.registry[p];
      if (entry) entry.last = roundToNextInterval(next - pingEvery + timeout, t.tickTime);
      sim.clock.schedule(next, { type: 'renew', p });
    });
    sim.clock.schedule(t.tickTime, { type: 'zkTick' });
    if (t.sessionTimeout !== timeout)
      emit(
        sim,
        'zookeeper',
        'timeout-negotiated',
        { asked: t.sessionTimeout / 1000, got: timeout / 1000, min: (2 * t.tickTime) / 1000, max: (20 * t.tickTime) / 1000 },
        'info',
      );
  },
  on(sim, ev) {
    const t = sim.scenario.timings;
    const e = sim.ensemble;
    if (!e) return;
    const timeout = negotiatedTimeout(t);
    switch (ev.type) {
      case 'renew': {
        const prov = sim.providers[ev.p];
        if (!prov?.alive || prov.leaving) return;
        sim.clock.schedule(now(sim) + Math.floor(timeout / 3), ev);
        if (!prov.linked || !serving(e)) {
          emit(sim, providerName(ev.p), 'ping-failed', { provider: providerName(ev.p), why: prov.linked ? 'down' : 'partition' }, 'warn');
          return;
        }
        const entry = sim.registry[ev.p];
        if (entry) {
          entry.last = roundToNextInterval(now(sim) + timeout, t.tickTime);
          emit(sim, providerName(ev.p), 'ping', { provider: providerName(ev.p), expiresAt: entry.last / 1000 }, 'info');
          return;
        }
        // Reconnecting with an expired session: SESSION_EXPIRED; Curator opens a new session and
        // Dubbo's recovery creates the ephemeral node again.
        write(e);
        const zxid = write(e) ?? 0;
        sim.registry[ev.p] = { status: 'up', last: roundToNextInterval(now(sim) + timeout, t.tickTime), misses: 0 };
        emit(sim, providerName(ev.p), 'session-recreated', { provider: providerName(ev.p), zxid: zxidHex(zxid) }, 'ok');
        listed(sim);
        childrenChanged(sim);
        return;
      }
      case 'zkTick': {
        sim.clock.schedule(now(sim) + t.tickTime, ev);
        if (!serving(e)) return;
        let changed = false;
        sim.registry.forEach((entry, p) => {
          if (!entry || entry.last > now(sim)) return;
          sim.registry[p] = null;
          write(e);
          const zxid = write(e) ?? 0;
          changed = true;
          emit(sim, 'zookeeper', 'session-expired', { provider: providerName(p), seconds: timeout / 1000, zxid: zxidHex(zxid) }, 'bad');
        });
        if (changed) childrenChanged(sim);
        return;
      }
      case 'zkRead': {
        const c = sim.consumers[ev.c];
        if (!c?.connected || !serving(e)) return;
        c.watch = true;
        const list = listed(sim);
        setList(sim, ev.c, list, null);
        emit(sim, consumerName(ev.c), 'children-read', { consumer: consumerName(ev.c), list: names(list) }, 'info');
        return;
      }
      case 'election':
        return afterElection(sim);
      default:
        return;
    }
  },
  deregister(sim, p) {
    const e = sim.ensemble;
    if (!e || !serving(e) || !sim.providers[p]?.linked) {
      emit(sim, providerName(p), 'cancel-failed', { provider: providerName(p) }, 'warn');
      return;
    }
    sim.registry[p] = null;
    write(e);
    const zxid = write(e) ?? 0;
    emit(sim, providerName(p), 'node-deleted', { provider: providerName(p), zxid: zxidHex(zxid) }, 'info');
    childrenChanged(sim);
  },
  serverStop(sim, server) {
    const e = sim.ensemble;
    if (!e) return null;
    const sid = server === 'L' ? e.leader : server;
    if (sid === null || !e.servers[sid - 1]?.up) return null;
    const role = e.servers[sid - 1]?.role ?? 'follower';
    const lostLeader = stopServer(e, sid);
    const live = liveServers(e).length;
    const quorum = Math.floor(e.servers.length / 2) + 1;
    emit(sim, `zk${sid}`, 'server-stopped', { server: `zk${sid}`, role, live, size: e.servers.length, quorum }, lostLeader ? 'bad' : 'warn');
    if (!hasQuorum(live, e.servers.length)) {
      emit(sim, 'zookeeper', 'quorum-lost', { live, quorum }, 'bad');
      disconnectAll(sim, 'quorum');
    } else if (lostLeader) {
      disconnectAll(sim, 'election');
      startElection(sim);
    }
    return sid;
  },
  serverStart(sim, sid) {
    const e = sim.ensemble;
    if (!e || e.servers[sid - 1]?.up !== false) return;
    startServer(e, sid);
    const live = liveServers(e).length;
    emit(sim, `zk${sid}`, 'server-started', { server: `zk${sid}`, role: e.servers[sid - 1]?.role ?? 'looking', live, size: e.servers.length }, 'info');
    if (needsElection(e)) startElection(sim);
  },
};
