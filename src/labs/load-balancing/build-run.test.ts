import { describe, expect, it } from 'vitest';
import { buildLbRun } from './build-run.ts';
import { upstreamConfig } from './config-text.ts';
import { LB_PRESET_VALUES } from './core/presets.ts';
import { actionTime, addAction, nextSeed, removeAction } from './edit-values.ts';
import { applyEvent, movedByEvent, poolChanges, whatIf } from './pool-changes.ts';
import { serverLabel } from './server-names.ts';

const OPTIONS = { virtualNodes: 100, decayMs: 10_000 };
const pool = [1, 2, 3, 4].map((n) => ({ id: `10.0.0.${n}:8080`, weight: 1 }));
const keys = Array.from({ length: 2000 }, (_, i) => `k${i}`);

describe('the played run', () => {
  it('counts what each server took up to any row (nginx 5:1:1: 5, 1, 1 after 7 picks)', () => {
    const run = buildLbRun(LB_PRESET_VALUES['nginx-swrr-5-1-1']!);
    const n = run.serverIds.length;
    expect(Array.from(run.routed.subarray(6 * n, 7 * n))).toEqual([5, 1, 1]);
    expect(run.times).toHaveLength(run.sim.rows.length);
    const total = run.outcomes.ok.reduce((a, b) => a + b, 0) + run.outcomes.shed.reduce((a, b) => a + b, 0) + run.outcomes.bad.reduce((a, b) => a + b, 0);
    expect(total).toBe(run.sim.summary.requests);
    expect(run.initial.map((s) => s.weight)).toEqual([5, 1, 1]);
    expect(run.playableMs).toBe(10_000);
  });

  it("puts the preset's events and the hand actions in the run", () => {
    const values = addAction(LB_PRESET_VALUES['hash-consistent']!, { atMs: 4000, kind: 'add', weight: 1 });
    const run = buildLbRun(values);
    expect(run.events.map((e) => `${e.atMs} ${e.kind}`)).toEqual(['10000 remove', '4000 add']);
    expect(run.serverIds).toContain('10.0.0.5:8080');
  });
});

describe('moved keys per pool change', () => {
  it('a consistent ring moves about 1/n of the keys, modulo hashing most of them', () => {
    const add = {
      atMs: 0,
      kind: 'add' as const,
      server: { id: '10.0.0.5:8080', weight: 1, capacity: 1, queueLimit: 0, latencyMs: 1, maxFails: 1, failTimeoutMs: 1, maxConns: 0, down: false },
    };
    const ring = movedByEvent('hash-consistent', pool, add, keys, OPTIONS)!;
    expect(ring.share).toBeGreaterThan(0.1);
    expect(ring.share).toBeLessThan(0.3);
    expect(movedByEvent('hash-modulo', pool, add, keys, OPTIONS)!.share).toBeGreaterThan(0.6);
  });

  it('coming back up moves the same keys that going down moved', () => {
    const down = { atMs: 1, kind: 'down' as const, serverId: '10.0.0.2:8080' };
    const up = { atMs: 2, kind: 'up' as const, serverId: '10.0.0.2:8080' };
    const changes = poolChanges('hash-modulo', pool, [up, down], keys, OPTIONS);
    expect(changes.map((c) => c.event.kind)).toEqual(['down', 'up']);
    expect(changes[1]!.moved.moved).toBe(changes[0]!.moved.moved);
    expect(changes[1]!.moved.after).toEqual(changes[0]!.moved.before);
    // Events that change nothing (already down, unknown server) are left out.
    expect(poolChanges('hash-modulo', pool, [up, { atMs: 3, kind: 'remove', serverId: 'nope' }], keys, OPTIONS)).toEqual([]);
    expect(applyEvent(pool, down).find((m) => m.id === '10.0.0.2:8080')?.down).toBe(true);
  });

  it('compares every hash algorithm for one server more or less', () => {
    const t = whatIf(['ip-hash', 'hash-modulo', 'hash-consistent', 'ring'], pool, () => keys, OPTIONS);
    expect(t.addId).toBe('10.0.0.5:8080');
    expect(t.lastId).toBe('10.0.0.4:8080');
    const byAlg = Object.fromEntries(t.rows.map((r) => [r.algorithm, r]));
    expect(byAlg['hash-consistent']!.remove!.share).toBeCloseTo(byAlg['hash-consistent']!.remove!.minimalShare, 5);
    expect(byAlg['hash-modulo']!.remove!.share).toBeGreaterThan(0.6);
    // nginx keeps total_weight when a server is only marked down: modulo moves just its keys.
    expect(byAlg['hash-modulo']!.down!.share).toBeCloseTo(byAlg['hash-modulo']!.down!.minimalShare, 5);
  });
});

describe('small helpers', () => {
  it('acts just after the row shown, within the run', () => {
    expect(actionTime(142.86, 10_000)).toBe(143);
    expect(actionTime(10_000.4, 10_000)).toBe(10_000);
    const v = addAction(addAction(LB_PRESET_VALUES['round-robin']!, { atMs: 500, kind: 'send' }), { atMs: 100, kind: 'down', server: 1 });
    expect(v.actions.map((a) => a.atMs)).toEqual([100, 500]);
    expect(removeAction(v, 0).actions).toEqual([{ atMs: 500, kind: 'send' }]);
    expect(nextSeed(42)).not.toBe(42);
    expect(nextSeed(42)).toBe(nextSeed(42));
  });

  it('names servers a, b, c… and writes the nginx upstream block', () => {
    expect(['10.0.0.1:8080', '10.0.0.3:8080', '10.0.0.27:8080', 'x'].map(serverLabel)).toEqual(['a', 'c', 's27', 'x']);
    const conf = upstreamConfig({ ...LB_PRESET_VALUES['least-conn']!, down: [2] });
    expect(conf).toContain('    least_conn;');
    expect(conf).toContain('    server 10.0.0.2:8080 max_fails=1 fail_timeout=10s down;');
    expect(upstreamConfig(LB_PRESET_VALUES['nginx-swrr-5-1-1']!)).toContain('server 10.0.0.1:8080 weight=5 max_fails=1 fail_timeout=10s;');
    expect(upstreamConfig({ ...LB_PRESET_VALUES['hash-modulo']!, keySource: 'uri' })).toContain('hash $request_uri;');
  });
});
