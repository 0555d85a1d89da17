// The lab's scenarios. The cluster is the one `redis-cli --cluster create` builds from six nodes
// on ports 7000–7005 (the Redis Cluster tutorial): three masters splitting the 16384 slots as
// 0–5460, 5461–10922, 10923–16383, each with one replica. cluster-node-timeout defaults to
// 15000 ms as in redis.conf. Keys were chosen by their slot (key-slot.test.ts pins them).
import type { NodeSpec } from './cluster.ts';
import type { ScenarioSetup } from './run-scenario.ts';
import { get, mget, set, type Action, type TimedAction, type WaitSpec } from './script.ts';

export const PRESET_IDS = ['keyslot', 'moved', 'ask-resharding', 'crossslot', 'failover', 'partition-lost-writes'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

export interface ScenarioOptions {
  readonly preset: PresetId;
  readonly seed: number;
  readonly nodeTimeoutMs: number;
  /** Every SET is followed by WAIT <wait> 1000 (0: no WAIT). */
  readonly wait: 0 | 1;
}

export const DEFAULT_NODE_TIMEOUT_MS = 15_000;
export const WAIT_TIMEOUT_MS = 1000;

type Range = readonly [number, number, string];
const THREE_MASTERS: readonly Range[] = [
  [0, 5460, '7000'],
  [5461, 10922, '7001'],
  [10923, 16383, '7002'],
];
const SIX_NODES: readonly NodeSpec[] = [
  { id: '7000', master: null },
  { id: '7001', master: null },
  { id: '7002', master: null },
  { id: '7003', master: '7000' },
  { id: '7004', master: '7001' },
  { id: '7005', master: '7002' },
];

export function buildScenario(o: ScenarioOptions): ScenarioSetup {
  const waitSpec: WaitSpec | undefined = o.wait > 0 ? { replicas: o.wait, timeoutMs: WAIT_TIMEOUT_MS } : undefined;
  const script: TimedAction[] = [];
  const at = (atMs: number, action: Action) => script.push({ atMs, action });
  const req = (atMs: number, command: ReturnType<typeof get>, client = 'c1', node?: string) =>
    at(atMs, { kind: 'request', client, command, ...(command.name === 'SET' && waitSpec ? { wait: waitSpec } : {}), ...(node ? { node } : {}) });
  const base = { nodeTimeoutMs: o.nodeTimeoutMs, seed: o.seed, script };
  const fresh = [{ id: 'c1', ranges: null }];

  switch (o.preset) {
    case 'keyslot': {
      const keys = ['foo', 'bar', '{user1000}.following', '{user1000}.followers', 'foo{}{bar}', 'foo{{bar}}zap', 'foo{bar}{zap}', 'café:1'];
      keys.forEach((k, i) => req(1000 + i * 2000, set(k, `v${i + 1}`)));
      req(1000 + keys.length * 2000, get('foo'));
      return { ...base, nodes: SIX_NODES, ranges: THREE_MASTERS, clients: fresh, data: [], durationMs: 2000 + keys.length * 2000 };
    }
    case 'moved': {
      // A fourth master 7006 took 1365 slots from each (as `redis-cli --cluster rebalance` moves
      // them); the client's map is from before.
      const now: Range[] = [
        [0, 1364, '7006'],
        [1365, 5460, '7000'],
        [5461, 6826, '7006'],
        [6827, 10922, '7001'],
        [10923, 12287, '7006'],
        [12288, 16383, '7002'],
      ];
      const nodes: NodeSpec[] = [...SIX_NODES, { id: '7006', master: null }];
      req(1000, get('foo'));
      req(3000, get('counter'));
      at(5000, { kind: 'refresh', client: 'c1' });
      req(7000, get('user:2'));
      req(9000, get('world'));
      return {
        ...base,
        nodes,
        ranges: now,
        clients: [{ id: 'c1', ranges: THREE_MASTERS }],
        data: [
          ['foo', 'bar'],
          ['counter', '42'],
          ['user:2', 'bob'],
          ['world', 'hello'],
        ],
        durationMs: 10_000,
      };
    }
    case 'ask-resharding': {
      // Slot 3443 ({user1000}) moves from 7000 to 7001 the way redis-cli --cluster reshard does it.
      const slot = 3443;
      const data: [string, string][] = [
        ['{user1000}.followers', '17'],
        ['{user1000}.following', '42'],
        ['{user1000}.profile', 'alice'],
      ];
      at(1000, { kind: 'setslot', node: '7001', slot, state: 'importing', other: '7000' });
      at(1500, { kind: 'setslot', node: '7000', slot, state: 'migrating', other: '7001' });
      at(2500, { kind: 'migrate', from: '7000', to: '7001', slot, count: 2 });
      req(4000, get('{user1000}.following'));
      req(6000, get('{user1000}.profile'));
      req(8000, set('{user1000}.likes', '3'));
      req(10_000, get('{user1000}.followers'), 'c2', '7001');
      req(12_000, mget('{user1000}.following', '{user1000}.profile'));
      at(14_000, { kind: 'migrate', from: '7000', to: '7001', slot, count: 10 });
      at(15_000, { kind: 'setslot-node', slot, target: '7001' });
      req(17_000, get('{user1000}.following'));
      req(19_000, mget('{user1000}.following', '{user1000}.profile'));
      return { ...base, nodes: SIX_NODES, ranges: THREE_MASTERS, clients: [...fresh, { id: 'c2', ranges: null }], data, durationMs: 20_000 };
    }
    case 'crossslot': {
      req(1000, mget('foo', 'bar'));
      req(3000, mget('bar', 'hello'));
      req(5000, set('{user1000}.following', '42'));
      req(7000, set('{user1000}.followers', '17'));
      req(9000, mget('{user1000}.following', '{user1000}.followers'));
      return {
        ...base,
        nodes: SIX_NODES,
        ranges: THREE_MASTERS,
        clients: fresh,
        data: [
          ['foo', '1'],
          ['bar', '2'],
          ['hello', '3'],
        ],
        durationMs: 10_000,
      };
    }
    case 'failover': {
      // 7001 has two replicas; 7006 is fully caught up, 7004 is 120 bytes behind (rank 1).
      const nodes: NodeSpec[] = [...SIX_NODES.map((n) => (n.id === '7004' ? { ...n, lag: 120 } : n)), { id: '7006', master: '7001' }];
      const crashAt = 3000;
      const end = crashAt + o.nodeTimeoutMs + 8000;
      let n = 0;
      for (let t = 1000; t < end; t += 2500) req(t, set('counter', String(++n)));
      at(crashAt, { kind: 'crash', node: '7001' });
      return { ...base, nodes, ranges: THREE_MASTERS, clients: fresh, data: [['counter', '0']], durationMs: end };
    }
    case 'partition-lost-writes': {
      // 7000 and the client c1 end up on the minority side; 7003 (its replica) with the majority.
      const cutAt = 2000;
      const healAt = cutAt + o.nodeTimeoutMs + 7000;
      let n = 0;
      for (let t = 1000; t < healAt; t += 2000) req(t, set(`{orders}:${++n}`, `order-${n}`));
      at(cutAt, { kind: 'partition', minority: ['7000', 'c1'] });
      at(healAt, { kind: 'heal' });
      for (let i = 1; i <= Math.min(n, 4); i++) req(healAt + 1000 * i, get(`{orders}:${i + 1}`));
      return { ...base, nodes: SIX_NODES, ranges: THREE_MASTERS, clients: fresh, data: [], durationMs: healAt + 5000 };
    }
  }
}
