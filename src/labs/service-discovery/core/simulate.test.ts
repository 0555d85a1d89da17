import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParams, toSearch } from './params.ts';
import { PRESET_IDS, presets } from './presets.ts';
import { REGISTRY_KINDS, type Scenario } from './scenario.ts';
import { simulate } from './simulate.ts';
import { negotiatedTimeout, roundToNextInterval } from './zookeeper.ts';

const scenarioArb = fc
  .record({
    kind: fc.constantFrom(...REGISTRY_KINDS),
    providers: fc.integer({ min: 1, max: 8 }),
    crash: fc.integer({ min: -1, max: 7 }),
    crashAt: fc.integer({ min: 0, max: 60 }),
    deregister: fc.integer({ min: -1, max: 7 }),
    partition: fc.integer({ min: 0, max: 8 }),
    servers: fc.constantFrom(3, 5),
    stops: fc.array(fc.record({ at: fc.integer({ min: 1, max: 100 }), server: fc.constantFrom<1 | 2 | 3 | 'L'>(1, 2, 3, 'L') }), { maxLength: 4 }),
    seed: fc.nat(),
  })
  .map((r): Scenario => ({
    ...presets['zookeeper-ensemble-outage'],
    kind: r.kind,
    providers: r.providers,
    crash: r.crash < r.providers ? r.crash : -1,
    crashAtMs: r.crashAt * 1000,
    deregister: r.deregister < r.providers ? r.deregister : -1,
    deregisterAtMs: 30_000,
    partition: Math.min(r.partition, r.providers),
    partitionAtMs: 10_000,
    healAtMs: 70_000,
    servers: r.servers,
    stop: r.stops.map((s) => ({ atMs: s.at * 1000, server: s.server })),
    start: [{ atMs: 110_000, server: 1 }],
    durationMs: 150_000,
    seed: r.seed,
  }));

describe('service-discovery runs', () => {
  it('same params + seed = same trace (through the URL too)', () => {
    for (const id of PRESET_IDS) {
      const a = simulate(presets[id]);
      const again = parseParams(toSearch({ preset: id, scenario: presets[id] })).values.scenario;
      expect(JSON.stringify(simulate(again).rows)).toBe(JSON.stringify(a.rows));
    }
  });

  it('property: a consumer never lists an instance the registry never listed', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const run = simulate(s, { record: false });
        for (const id of run.main.seenByConsumers) expect(run.main.listedByRegistry.has(id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('property: rows are in time order and each call is counted once', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const run = simulate(s);
        for (let i = 1; i < run.rows.length; i++) expect(run.rows[i]!.timeMs).toBeGreaterThanOrEqual(run.rows[i - 1]!.timeMs);
        const seconds = s.durationMs / 1000;
        expect(run.main.ok + run.main.failed).toBe(seconds * s.consumers * s.rate);
      }),
      { numRuns: 30 },
    );
  });

  it('ZooKeeper negotiates the session timeout into [2, 20] × tickTime and expires on tick boundaries', () => {
    expect(negotiatedTimeout({ tickTime: 2000, sessionTimeout: 60_000 })).toBe(40_000); // Curator's 60 s asked
    expect(negotiatedTimeout({ tickTime: 2000, sessionTimeout: 1000 })).toBe(4000);
    expect(negotiatedTimeout({ tickTime: 2000, sessionTimeout: 30_000 })).toBe(30_000);
    expect(roundToNextInterval(41_300, 2000)).toBe(42_000);
    expect(roundToNextInterval(42_000, 2000)).toBe(44_000);
  });

  it('the ensemble outage: a minority loss keeps serving, the leader loss elects, a majority loss stops, the return expires the dead provider', () => {
    const run = simulate(presets['zookeeper-ensemble-outage']);
    const codes = run.rows.map((r) => `${r.code}:${r.args['leader'] ?? r.args['server'] ?? ''}`);
    const idx = (c: string) => codes.indexOf(c);
    expect(idx('server-stopped:zk2')).toBeGreaterThanOrEqual(0);
    expect(run.rows.find((r) => r.code === 'server-stopped' && r.args['server'] === 'zk2')?.tone).toBe('warn');
    expect(idx('elected:zk4')).toBeGreaterThan(idx('server-stopped:zk5'));
    expect(idx('quorum-lost:')).toBeGreaterThan(idx('server-stopped:zk4'));
    expect(idx('elected:zk3')).toBeGreaterThan(idx('quorum-lost:'));
    // p3 died at 90 s while nobody led; it is listed until one session timeout after the quorum is back.
    const expired = run.rows.find((r) => r.code === 'session-expired');
    expect(expired?.args['provider']).toBe('p3');
    const elected = run.rows.filter((r) => r.code === 'elected').at(-1)!;
    expect(expired!.timeMs).toBeGreaterThanOrEqual(elected.timeMs + 40_000);
    expect(expired!.timeMs).toBeLessThanOrEqual(elected.timeMs + 42_000);
    // Meanwhile only failed calls told the consumers.
    const fails = run.rows.filter((r) => r.code === 'calls-failed');
    expect(fails[0]!.timeMs).toBeLessThanOrEqual(91_000);
    expect(run.main.leaders?.size).toBe(3);
  });

  it('beside it, Eureka peers keep serving with 3 of 5 down, and evict p3 by their own timers', () => {
    const run = simulate(presets['zookeeper-vs-eureka-outage']);
    expect(run.compare).not.toBeNull();
    const peerRows = run.rows.filter((r) => r.code === 'peer-stopped');
    expect(peerRows.map((r) => r.args['server'])).toEqual(['eureka2', 'eureka5', 'eureka4']);
    expect(peerRows.every((r) => r.args['serving'] === 1)).toBe(true);
    expect(run.rows.some((r) => r.side === 'compare' && r.code === 'evicted' && r.args['provider'] === 'p3')).toBe(true);
  });
});
