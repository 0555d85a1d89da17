import { describe, expect, it } from 'vitest';
import { createRandom, exponential } from '../../kernel/random.ts';
import { runUpstream } from './engine.ts';
import { refuseWindow } from './events.ts';
import { summarizeRun } from './metrics.ts';
import { createRequestStream, DEFAULT_STREAM_SPEC } from './requests.ts';
import { serverSpec } from './servers.ts';
import { simulateLoadBalancing, type RequestRow } from './simulate.ts';

const ids = ['10.0.0.1:8080', '10.0.0.2:8080', '10.0.0.3:8080'];
const three = ids.map((id) => serverSpec(id));

function poissonArrivals(ratePerSec: number, durationMs: number, seed = 5): number[] {
  const random = createRandom(seed);
  const out: number[] = [];
  for (let t = exponential(random, 1000 / ratePerSec); t < durationMs; t += exponential(random, 1000 / ratePerSec)) out.push(t);
  return out;
}

const requestRows = (rows: readonly { kind: string }[]): RequestRow[] => rows.filter((r): r is RequestRow => r.kind === 'request');

describe('upstream engine', () => {
  it('is deterministic: same setup, seed and stream give the same run', () => {
    const stream = createRequestStream(poissonArrivals(300, 2000), DEFAULT_STREAM_SPEC);
    for (const algorithm of ['p2c', 'peak-ewma', 'random', 'hash-consistent'] as const) {
      const a = simulateLoadBalancing({ servers: three, algorithm, seed: 9 }, stream);
      const b = simulateLoadBalancing({ servers: three, algorithm, seed: 9 }, stream);
      expect(b).toEqual(a);
    }
  });

  it('serves without queueing at low load: p50 ≈ latency × median work (0.5 + 0.5·ln 2)', () => {
    const stream = createRequestStream(poissonArrivals(50, 20_000), DEFAULT_STREAM_SPEC);
    const summary = summarizeRun(runUpstream({ servers: three, algorithm: 'swrr', seed: 1 }, stream));
    expect(summary.dropped).toBe(0);
    expect(summary.served).toBe(stream.count);
    expect(summary.p50Ms).toBeGreaterThan(20 * (0.5 + 0.5 * Math.LN2) * 0.95);
    expect(summary.p50Ms).toBeLessThan(20 * (0.5 + 0.5 * Math.LN2) * 1.05);
    expect(summary.servers.map((s) => s.accepted).reduce((a, b) => a + b, 0)).toBe(stream.count);
  });

  it('queues past capacity and answers 503 past the queue', () => {
    const stream = createRequestStream([0, 0, 0, 0], DEFAULT_STREAM_SPEC);
    const one = [serverSpec('10.0.0.1:8080', { capacity: 1, queueLimit: 2 })];
    const sim = simulateLoadBalancing({ servers: one, algorithm: 'swrr', seed: 1 }, stream);
    const rows = requestRows(sim.rows);
    expect(rows.map((r) => r.status)).toEqual([200, 200, 200, 503]);
    expect(rows.map((r) => r.queued)).toEqual([false, true, true, false]);
    expect(rows[2]?.snapshot[0]).toMatchObject({ conns: 3, active: 1, queued: 2 });
    expect(sim.summary.overloaded).toBe(1);
    expect(sim.summary.servers[0]?.maxQueue).toBe(2);
    // the queued ones wait for the ones before them
    expect(rows[2]!.latencyMs!).toBeGreaterThan(rows[1]!.latencyMs!);
  });

  it('max_fails=1 fail_timeout=10s: one refused connection takes a server out for 10 s, the request is retried', () => {
    const stream = createRequestStream(poissonArrivals(60, 25_000), DEFAULT_STREAM_SPEC);
    const sim = simulateLoadBalancing({ servers: three, algorithm: 'swrr', seed: 1, events: refuseWindow(ids[1]!, 5000, 5300) }, stream);
    const rows = requestRows(sim.rows);
    const refused = rows.filter((r) => r.tried.length > 1);
    expect(refused.length).toBe(1);
    const blip = refused[0]!;
    expect(blip.tried[0]).toBe(ids[1]);
    expect(blip.status).toBe(200);
    expect(blip.timeMs).toBeGreaterThanOrEqual(5000);
    // nothing goes to it for fail_timeout after the failure, although it recovered after 300 ms
    const gap = rows.filter((r) => r.serverId === ids[1] && r.timeMs > blip.timeMs && r.timeMs <= blip.timeMs + 10_000);
    expect(gap).toHaveLength(0);
    const back = rows.filter((r) => r.serverId === ids[1] && r.timeMs > blip.timeMs + 10_000);
    expect(back.length).toBeGreaterThan(100);
    expect(sim.summary.servers[1]).toMatchObject({ refused: 1, disabled: 1 });
    expect(sim.summary.dropped).toBe(0);
  });

  it('answers 502 "no live upstreams" when every server is down or failed out', () => {
    const stream = createRequestStream([0, 10, 20], DEFAULT_STREAM_SPEC);
    const downs = ids.map((id) => serverSpec(id, { down: true }));
    const summary = summarizeRun(runUpstream({ servers: downs, algorithm: 'least-conn', seed: 1 }, stream));
    expect(summary.noLiveUpstreams).toBe(3);
    expect(summary.dropped).toBe(3);
  });

  it('with no servers at all, every request is a 502 "no live upstreams"', () => {
    const stream = createRequestStream([0, 1, 2], DEFAULT_STREAM_SPEC);
    for (const algorithm of ['swrr', 'hash-consistent', 'weighted-random'] as const) {
      const summary = summarizeRun(runUpstream({ servers: [], algorithm, seed: 1 }, stream));
      expect(summary.noLiveUpstreams).toBe(3);
    }
  });

  it('every server refusing: tries each once, then 502 and all of them are failed out', () => {
    const stream = createRequestStream([100, 200], DEFAULT_STREAM_SPEC);
    const events = ids.flatMap((id) => refuseWindow(id, 0, 1000));
    const sim = simulateLoadBalancing({ servers: three, algorithm: 'swrr', seed: 1, events }, stream);
    const rows = requestRows(sim.rows);
    expect(rows[0]).toMatchObject({ status: 502, dropReason: 'all-tried-failed' });
    expect(rows[0]?.tried).toHaveLength(3);
    expect(rows[1]).toMatchObject({ status: 502, dropReason: 'no-live-upstreams', tried: [] });
  });

  it('adds and removes servers mid-run', () => {
    const stream = createRequestStream(poissonArrivals(100, 10_000), DEFAULT_STREAM_SPEC);
    const sim = simulateLoadBalancing(
      {
        servers: three,
        algorithm: 'swrr',
        seed: 1,
        events: [
          { atMs: 3000, kind: 'remove', serverId: ids[0]! },
          { atMs: 6000, kind: 'add', server: serverSpec('10.0.0.9:8080') },
        ],
      },
      stream,
    );
    const rows = requestRows(sim.rows);
    expect(rows.some((r) => r.serverId === ids[0] && r.timeMs > 3000)).toBe(false);
    expect(rows.some((r) => r.serverId === '10.0.0.9:8080' && r.timeMs < 6000)).toBe(false);
    expect(rows.filter((r) => r.serverId === '10.0.0.9:8080').length).toBeGreaterThan(50);
    const removed = sim.summary.servers.find((s) => s.id === ids[0]);
    expect(removed?.member).toBe(false);
    const events = sim.rows.filter((r) => r.kind === 'event');
    expect(events.map((e) => e.snapshot.length)).toEqual([2, 3]);
  });

  it('pins keep-alive connections: the first server up after a restart keeps them all', () => {
    const spec = { ...DEFAULT_STREAM_SPEC, clientCount: 40, connectionsPerClient: 1 };
    const stream = createRequestStream(poissonArrivals(200, 20_000), spec);
    const events = [
      ...ids.map((id) => ({ atMs: 2000, kind: 'down' as const, serverId: id })),
      { atMs: 2500, kind: 'up' as const, serverId: ids[2]! },
      { atMs: 4000, kind: 'up' as const, serverId: ids[0]! },
      { atMs: 4000, kind: 'up' as const, serverId: ids[1]! },
    ];
    const pinned = summarizeRun(runUpstream({ servers: three, algorithm: 'swrr', seed: 1, events, pinConnections: true }, stream));
    expect(pinned.servers[2]?.pinnedConnections).toBe(40);
    expect(pinned.servers[2]!.share).toBeGreaterThan(0.8);
    const perRequest = summarizeRun(runUpstream({ servers: three, algorithm: 'swrr', seed: 1, events }, stream));
    expect(perRequest.maxShare).toBeLessThan(0.45);
  });
});
