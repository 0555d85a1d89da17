import { describe, expect, it } from 'vitest';
import { compareAlgorithms, rankComparison } from './compare.ts';
import type { PickWhy } from './types.ts';
import { describeEvent, describeWhy, DROP_REASONS } from './describe.ts';
import { refuseWindow } from './events.ts';
import { createRequestStream, DEFAULT_STREAM_SPEC } from './requests.ts';
import { serverSpec } from './servers.ts';
import { fastForwardLoadBalancing, simulateLoadBalancing } from './simulate.ts';
import { ALGORITHM_IDS } from './types.ts';

const servers = ['10.0.0.1:8080', '10.0.0.2:8080', '10.0.0.3:8080'].map((id) => serverSpec(id));
const stream = createRequestStream(
  Array.from({ length: 400 }, (_, i) => i * 10),
  DEFAULT_STREAM_SPEC,
);

describe('simulation rows for the player', () => {
  it('are in time order, one per request plus one per event, with a snapshot after each', () => {
    const events = [...refuseWindow('10.0.0.2:8080', 1000, 1500), { atMs: 2000, kind: 'down' as const, serverId: '10.0.0.3:8080' }];
    const sim = simulateLoadBalancing({ servers, algorithm: 'swrr', seed: 1, events }, stream);
    expect(sim.rows.filter((r) => r.kind === 'request')).toHaveLength(400);
    expect(sim.rows.filter((r) => r.kind === 'event')).toHaveLength(3);
    for (let i = 1; i < sim.rows.length; i++) expect(sim.rows[i]!.timeMs).toBeGreaterThanOrEqual(sim.rows[i - 1]!.timeMs);
    const down = sim.rows.find((r) => r.kind === 'event' && r.event.kind === 'down');
    expect(down?.snapshot[2]).toMatchObject({ down: true, available: false });
    const row = sim.rows.find((r) => r.kind === 'request' && r.timeMs === 0);
    expect(row?.kind === 'request' && row.snapshot[0]?.conns).toBe(1);
  });

  it('explain every pick in Chinese and in English, whatever the algorithm', () => {
    for (const algorithm of ALGORITHM_IDS) {
      const sim = simulateLoadBalancing({ servers, algorithm, seed: 3 }, stream, 50);
      for (const row of sim.rows) {
        if (row.kind !== 'request') continue;
        expect(row.why.length).toBeGreaterThan(0);
        for (const why of row.why) {
          expect(
            describeWhy(
              why,
              servers.map((s) => s.id),
              'zh',
            ),
          ).toMatch(/[\u4e00-\u9fff]/);
          expect(
            describeWhy(
              why,
              servers.map((s) => s.id),
              'en',
            ),
          ).not.toMatch(/[\u3400-\u9fff]/);
        }
        expect(row.latencyMs).not.toBeNull();
      }
      expect(sim.truncated).toBe(true);
      expect(sim.summary.requests).toBe(400);
    }
    expect(describeEvent({ atMs: 0, kind: 'remove', serverId: 'x' }, 'zh')).toBe('移除服务器 x');
    expect(describeEvent({ atMs: 0, kind: 'remove', serverId: 'x' }, 'en')).toBe('server x removed');
    expect(Object.values(DROP_REASONS.zh).every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
    expect(Object.values(DROP_REASONS.en).some((t) => /[\u3400-\u9fff]/.test(t))).toBe(false);
  });

  it('words the smooth weighted round-robin pick in English as nginx does it', () => {
    const why: PickWhy = { kind: 'swrr', added: [5, 1, 1], after: [-2, 1, 1], total: 7 };
    expect(describeWhy(why, ['a', 'b', 'c'], 'en')).toBe(
      'current_weight + effective_weight = [5, 1, 1]; the largest wins and pays back the total weight 7, leaving [-2, 1, 1].',
    );
  });

  it('fast-forward gives the same numbers as the full simulation', () => {
    const full = simulateLoadBalancing({ servers, algorithm: 'least-conn', seed: 2 }, stream);
    expect(fastForwardLoadBalancing({ servers, algorithm: 'least-conn', seed: 2 }, stream)).toEqual(full.summary);
  });

  it('compares algorithms on the same stream and ranks them', () => {
    const runs = compareAlgorithms({ servers, seed: 1 }, stream, ['round-robin', 'least-conn', 'hash-modulo']);
    expect(runs.map((r) => r.requests)).toEqual([400, 400, 400]);
    const ranked = rankComparison(runs);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.dropped).toBeGreaterThanOrEqual(ranked[i - 1]!.dropped);
  });

  it('snapshots say until when max_fails holds a server back', () => {
    const events = refuseWindow('10.0.0.2:8080', 1000, 1200);
    const sim = simulateLoadBalancing({ servers, algorithm: 'swrr', seed: 1, events }, stream);
    const held = sim.rows.find((r) => r.timeMs > 1000 && r.snapshot[1]?.failedUntilMs !== null);
    expect(held?.snapshot[1]?.available).toBe(false);
    const until = held?.snapshot[1]?.failedUntilMs ?? 0;
    expect(until).toBeGreaterThan(11_000 - 50);
    expect(until).toBeLessThanOrEqual(11_200);
    expect(sim.rows.filter((r) => r.timeMs > until + 1).every((r) => r.snapshot[1]?.failedUntilMs === null)).toBe(true);
    expect(sim.rows[0]?.snapshot.every((s) => s.failedUntilMs === null)).toBe(true);
  });
});
