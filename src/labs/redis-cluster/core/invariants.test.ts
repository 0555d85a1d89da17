// Property tests: the cluster's invariants over random seeds, timeouts and reshardings.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { serve } from './cluster.ts';
import { keySlot, SLOT_COUNT } from './key-slot.ts';
import { buildScenario, PRESET_IDS } from './presets.ts';
import { runScenario } from './run-scenario.ts';
import type { TimedAction } from './script.ts';

vi.setConfig({ testTimeout: 120_000 });

const SIX = [
  { id: '7000', master: null },
  { id: '7001', master: null },
  { id: '7002', master: null },
  { id: '7003', master: '7000' },
  { id: '7004', master: '7001' },
  { id: '7005', master: '7002' },
] as const;
const RANGES = [
  [0, 5460, '7000'],
  [5461, 10922, '7001'],
  [10923, 16383, '7002'],
] as const;
const MASTERS = ['7000', '7001', '7002'] as const;

describe('every slot has exactly one master outside a failover', () => {
  it('holds on every row of every preset, except between a crash/partition and its promotion/heal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1000, max: 20_000 }),
        fc.constantFrom(0 as const, 1 as const),
        (preset, seed, nodeTimeoutMs, wait) => {
          const run = runScenario(buildScenario({ preset, seed, nodeTimeoutMs, wait }));
          let inFailover = false;
          for (const row of run.rows) {
            const k = row.event.kind;
            if (k === 'crash' || k === 'partition') inFailover = true;
            if (!inFailover) expect([row.snapshot.contested, row.snapshot.unclaimed]).toEqual([0, 0]);
            if (k === 'promoted' && preset === 'failover') inFailover = false;
            if (k === 'heal') inFailover = false;
          }
          // A crashed master's slots are claimed again by its replica; a partition leaves two claims
          // until it heals, never none.
          const last = run.rows.at(-1)!.snapshot;
          expect([last.contested, last.unclaimed]).toEqual([0, 0]);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('resharding', () => {
  it('after resharding no key is reachable at two masters', () => {
    const keys = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(keys, fc.nat(), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 5 }), (list, pick, shift, batch) => {
        const slot = keySlot(list[pick % list.length]!);
        const owner = MASTERS[RANGES.findIndex(([a, b]) => slot >= a && slot <= b)]!;
        const target = MASTERS[(MASTERS.indexOf(owner) + shift) % 3]!;
        const inSlot = list.filter((k) => keySlot(k) === slot).length;
        const script: TimedAction[] = [
          { atMs: 10, action: { kind: 'setslot', node: target, slot, state: 'importing', other: owner } },
          { atMs: 20, action: { kind: 'setslot', node: owner, slot, state: 'migrating', other: target } },
        ];
        for (let i = 0; i * batch < inSlot; i++) script.push({ atMs: 30 + i, action: { kind: 'migrate', from: owner, to: target, slot, count: batch } });
        script.push({ atMs: 100, action: { kind: 'setslot-node', slot, target } });
        const run = runScenario({
          nodes: SIX,
          ranges: RANGES,
          clients: [],
          script,
          data: list.map((k) => [k, `v:${k}`]),
          nodeTimeoutMs: 15_000,
          seed: 1,
          durationMs: 200,
        });
        const masters = run.cluster.nodes.filter((n) => n.master === null);
        for (const key of list) {
          expect(masters.filter((m) => m.data.has(key)).map((m) => m.id)).toHaveLength(1);
          const answering = masters.filter((m) => serve(run.cluster, m, { name: 'GET', keys: [key] }, false).outcome === 'ok');
          expect(answering).toHaveLength(1);
          expect(answering[0]!.data.get(key)).toBe(`v:${key}`);
          if (keySlot(key) === slot) expect(answering[0]!.id).toBe(target);
        }
        expect(run.rows.at(-1)!.snapshot.ranges.reduce((n, r) => n + r.end - r.start + 1, 0)).toBe(SLOT_COUNT);
      }),
      { numRuns: 40 },
    );
  });
});
