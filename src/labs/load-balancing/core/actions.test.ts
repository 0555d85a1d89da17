import { describe, expect, it } from 'vitest';
import { actionEvents, formatActions, parseActions, serverNumberOf, withSends, type LbAction } from './actions.ts';
import { buildLabStream, labEvents, toUpstreamSetup } from './lab-run.ts';
import { DEFAULT_LB_VALUES, parseLoadBalancingParams, toLoadBalancingSearch } from './params.ts';
import { LB_PRESETS, LB_PRESET_VALUES } from './presets.ts';
import { serverSpec } from './servers.ts';
import { simulateLoadBalancing } from './simulate.ts';

const parse = (query: string) => parseLoadBalancingParams(new URLSearchParams(query), DEFAULT_LB_VALUES, LB_PRESET_VALUES);

describe('hand actions in the URL', () => {
  it('reads and writes every kind, in time order', () => {
    const parsed = parseActions('8000.up.2,5000.down.2,10000.add.3,12000.remove.4,6000.send,7000.add', 20_000);
    expect(parsed).toEqual({
      actions: [
        { atMs: 5000, kind: 'down', server: 2 },
        { atMs: 6000, kind: 'send' },
        { atMs: 7000, kind: 'add', weight: 1 },
        { atMs: 8000, kind: 'up', server: 2 },
        { atMs: 10000, kind: 'add', weight: 3 },
        { atMs: 12000, kind: 'remove', server: 4 },
      ],
    });
    if ('actions' in parsed) expect(formatActions(parsed.actions)).toBe('5000.down.2,6000.send,7000.add,8000.up.2,10000.add.3,12000.remove.4');
  });

  it('refuses garbage with a Chinese message naming the item', () => {
    for (const bad of [
      '5000.explode.1',
      'x.down.1',
      '5000.down',
      '5000.down.0',
      '99999.down.1',
      '5000.add.0',
      '5000.send.1',
      '1.2.3.4',
      '-5.down.1',
      '5.5.down',
    ]) {
      const r = parseActions(bad, 20_000);
      expect('error' in r ? r.error : '').toMatch(/^actions 第 1 项/);
    }
    const { values, errors } = parse('preset=hash-consistent&actions=5000.down.2,oops');
    expect(errors['actions']).toContain('第 2 项');
    expect(values.actions).toEqual([]);
  });

  it('round-trips through the URL and drops actions past the end of a shorter run', () => {
    const values = {
      ...LB_PRESET_VALUES['hash-consistent']!,
      actions: [
        { atMs: 5000, kind: 'add', weight: 2 },
        { atMs: 15000, kind: 'remove', server: 1 },
      ] as LbAction[],
    };
    const query = toLoadBalancingSearch(values, LB_PRESET_VALUES).toString();
    expect(query).toBe('preset=hash-consistent&actions=5000.add.2%2C15000.remove.1');
    expect(parse(query).values).toEqual(values);
    expect(parse(`${query}&duration=10`).values.actions).toEqual([{ atMs: 5000, kind: 'add', weight: 2 }]);
  });

  it("numbers added servers after the configured ones and the scenario's own additions", () => {
    const configured = [1, 2, 3, 4].map((n) => serverSpec(`10.0.0.${n}:8080`));
    const preset = LB_PRESETS['ring-virtual-nodes'].events;
    const events = actionEvents(
      [
        { atMs: 1, kind: 'add', weight: 2 },
        { atMs: 2, kind: 'add', weight: 1 },
        { atMs: 3, kind: 'down', server: 6 },
      ],
      configured,
      preset,
      serverSpec('x'),
    );
    expect(events.map((e) => (e.kind === 'add' ? `${e.server.id}/${e.server.weight}` : `${e.kind} ${e.serverId}`))).toEqual([
      '10.0.0.6:8080/2',
      '10.0.0.7:8080/1',
      'down 10.0.0.6:8080',
    ]);
    expect(serverNumberOf('10.0.0.12:8080')).toBe(12);
    expect(serverNumberOf('10.0.1.1:8080')).toBeNull();
  });

  it('merges sent requests after arrivals at the same instant', () => {
    expect(
      withSends(
        [0, 10, 20],
        [
          { atMs: 10, kind: 'send' },
          { atMs: 25, kind: 'send' },
          { atMs: 5, kind: 'down', server: 1 },
        ],
      ),
    ).toEqual([0, 10, 10, 20, 25]);
  });

  it('acts in the run: a server added at 5 s takes requests from then on, one sent request is one more row', () => {
    const base = LB_PRESET_VALUES['round-robin']!;
    const values = {
      ...base,
      actions: [
        { atMs: 5000, kind: 'add', weight: 1 },
        { atMs: 5000, kind: 'send' },
        { atMs: 7000, kind: 'down', server: 1 },
      ] as LbAction[],
    };
    expect(labEvents(values).map((e) => e.kind)).toEqual(['add', 'down']);
    const sim = simulateLoadBalancing(toUpstreamSetup(values), buildLabStream(values));
    const plain = simulateLoadBalancing(toUpstreamSetup(base), buildLabStream(base));
    expect(sim.summary.requests).toBe(plain.summary.requests + 1);
    const added = sim.summary.servers.find((s) => s.id === '10.0.0.4:8080')!;
    expect(added.series.slice(0, 5).every((n) => n === 0)).toBe(true);
    expect(added.routed).toBeGreaterThan(0);
    const after = sim.rows.filter((r) => r.kind === 'request' && r.timeMs > 7000);
    expect(after.every((r) => r.kind === 'request' && r.serverId !== '10.0.0.1:8080')).toBe(true);
  });
});

describe('request cap', () => {
  it('refuses a run longer than the cap and keeps running with the base values', () => {
    const { values, errors } = parse('rate=100000&duration=3600');
    expect(errors['duration']).toContain('rate × duration');
    expect(values.rate * values.durationS).toBeLessThanOrEqual(500_000);
  });
});
