import { describe, expect, it, vi } from 'vitest';
import type { TraceEvent } from './events.ts';
import { buildScenario, DEFAULT_NODE_TIMEOUT_MS, type PresetId } from './presets.ts';
import { runScenario } from './run-scenario.ts';

// Every row carries a snapshot of 16384 slots; on a loaded test machine a run can take a second.
vi.setConfig({ testTimeout: 60_000 });

const run = (preset: PresetId, extra: { seed?: number; wait?: 0 | 1; nodeTimeoutMs?: number } = {}) =>
  runScenario(buildScenario({ preset, seed: extra.seed ?? 1, nodeTimeoutMs: extra.nodeTimeoutMs ?? DEFAULT_NODE_TIMEOUT_MS, wait: extra.wait ?? 0 }));
const events = (preset: PresetId, extra = {}) => run(preset, extra).rows.map((r) => r.event);
const replies = (list: readonly TraceEvent[]) => list.flatMap((e) => (e.kind === 'reply' ? [`${e.node} ${e.reply}`] : []));

describe('redirections', () => {
  it('moved: a stale map gets -MOVED, updates that slot, then CLUSTER SLOTS fixes the rest', () => {
    const list = events('moved');
    expect(replies(list).slice(0, 4)).toEqual(['7002 -MOVED 12182 127.0.0.1:7006', '7006 "bar"', '7001 -MOVED 6680 127.0.0.1:7006', '7006 "42"']);
    expect(list).toContainEqual({ kind: 'map-update', client: 'c1', slot: 12182, node: '7006' });
    // 7006 took 1365 + 1366 + 1365 slots; MOVED already fixed two of them.
    expect(list.find((e) => e.kind === 'map-refresh')).toMatchObject({ changed: 4096 - 2 });
    // After the refresh the client goes straight to the right node.
    expect(replies(list).slice(4)).toEqual(['7006 "bob"', '7001 "hello"']);
  });

  it('ask-resharding: served where the key still is, -ASK + ASKING where it moved, MOVED after SETSLOT NODE', () => {
    const list = events('ask-resharding');
    const r = replies(list);
    expect(r).toContain('7000 -ASK 3443 127.0.0.1:7001');
    expect(r).toContain('7000 "alice"');
    expect(r).toContain('7001 -MOVED 3443 127.0.0.1:7000'); // no ASKING: the importing node refuses
    expect(r).toContain('7000 -TRYAGAIN Multiple keys request during rehashing of slot');
    expect(r.at(-3)).toBe('7000 -MOVED 3443 127.0.0.1:7001');
    expect(r.at(-1)).toBe('7001 1) "42" 2) "alice"');
    const askingThenSend = list.findIndex((e) => e.kind === 'asking');
    expect(list[askingThenSend + 1]).toMatchObject({ kind: 'send', node: '7001', asking: true });
    // ASK does not change the client's map; MOVED does.
    const updates = list.filter((e) => e.kind === 'map-update' && e.client === 'c1');
    expect(updates).toEqual([{ kind: 'map-update', client: 'c1', slot: 3443, node: '7001' }]);
  });

  it('crossslot: refused across slots even on one node, accepted with a hash tag', () => {
    expect(replies(events('crossslot'))).toEqual([
      "7002 -CROSSSLOT Keys in request don't hash to the same slot",
      "7000 -CROSSSLOT Keys in request don't hash to the same slot",
      '7000 OK',
      '7000 OK',
      '7000 1) "42" 2) "17"',
    ]);
  });
});

describe('failover', () => {
  it('PFAIL after cluster-node-timeout, FAIL on a majority, election delay by the formula, the rank-0 replica wins', () => {
    const result = run('failover', { seed: 3 });
    const list = result.rows.map((r) => r.event);
    const crashAt = result.rows.find((r) => r.event.kind === 'crash')!.timeMs;
    const pfails = result.rows.filter((r) => r.event.kind === 'pfail');
    for (const p of pfails) expect(p.timeMs - crashAt).toBeGreaterThanOrEqual(DEFAULT_NODE_TIMEOUT_MS);
    const fail = list.find((e) => e.kind === 'fail');
    expect(fail).toMatchObject({ node: '7001', quorum: 2 });
    const scheduled = list.filter((e) => e.kind === 'election-scheduled');
    expect(scheduled.map((e) => [e.node, e.rank])).toEqual(
      expect.arrayContaining([
        ['7004', 1],
        ['7006', 0],
      ]),
    );
    for (const e of scheduled) {
      expect(e.delayMs).toBe(500 + e.randomMs + e.rank * 1000);
      expect(e.randomMs).toBeGreaterThanOrEqual(0);
      expect(e.randomMs).toBeLessThan(500);
    }
    expect(list).toContainEqual(expect.objectContaining({ kind: 'promoted', node: '7006', oldMaster: '7001', slots: 5462 }));
    expect(list).toContainEqual({ kind: 'follow', node: '7004', master: '7006' });
    expect(replies(list).at(-1)).toBe('7006 OK');
  });
});

describe('partition', () => {
  it('the isolated master acknowledges writes until node-timeout, they are lost when it rejoins as a replica', () => {
    const result = run('partition-lost-writes');
    const list = result.rows.map((r) => r.event);
    expect(list).toContainEqual(expect.objectContaining({ kind: 'minority', node: '7000', reachableMasters: 1, quorum: 2 }));
    expect(list).toContainEqual(expect.objectContaining({ kind: 'promoted', node: '7003', oldMaster: '7000' }));
    expect(list).toContainEqual(expect.objectContaining({ kind: 'demoted', node: '7000', master: '7003' }));
    const lost = list.filter((e) => e.kind === 'lost-write');
    expect(lost.map((e) => e.key)).toEqual(['{orders}:2', '{orders}:3', '{orders}:4', '{orders}:5', '{orders}:6', '{orders}:7', '{orders}:8', '{orders}:9']);
    expect(lost.every((e) => e.acknowledged)).toBe(true);
    expect(result.writes.filter((w) => w.acknowledged && !w.survived).map((w) => w.key)).toEqual(lost.map((e) => e.key));
    expect(replies(list)).toContain('7000 -CLUSTERDOWN The cluster is down');
    expect(replies(list).slice(-2)).toEqual(['7003 (nil)', '7003 (nil)']);
  });

  it('with WAIT 1 the same writes time out instead of being acknowledged', () => {
    const result = run('partition-lost-writes', { wait: 1 });
    const waits = result.rows.flatMap((r) => (r.event.kind === 'wait' ? [r.event] : []));
    expect(waits[0]).toMatchObject({ acked: 1, timedOut: false });
    expect(waits.slice(1).every((w) => w.timedOut && w.acked === 0)).toBe(true);
    expect(result.writes.filter((w) => w.acknowledged && !w.survived)).toEqual([]);
    expect(result.writes.filter((w) => w.reply === 'OK' && !w.survived)).toHaveLength(8);
  });
});

describe('determinism', () => {
  it('the same seed gives the same rows, another seed other election timings', () => {
    expect(run('failover', { seed: 9 }).rows).toEqual(run('failover', { seed: 9 }).rows);
    const delays = (seed: number) => run('failover', { seed }).rows.flatMap((r) => (r.event.kind === 'election-scheduled' ? [r.event.randomMs] : []));
    expect(delays(1)).not.toEqual(delays(2));
  });

  it('rows never share a millisecond, so the player can step to each', () => {
    for (const preset of ['ask-resharding', 'failover', 'partition-lost-writes'] as const) {
      const times = run(preset).rows.map((r) => r.timeMs);
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
    }
  });
});
