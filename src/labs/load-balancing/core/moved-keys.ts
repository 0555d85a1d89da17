// How many keys change servers when the pool changes: the number that decides whether a cache
// tier survives a scale-out. Owners are computed with the real balancers on idle servers, so each
// algorithm's own rules apply: nginx `hash` is modulo total_weight (a join or leave moves most
// keys, but `down` keeps total_weight and moves only that server's keys); consistent rings move
// only the keys the changed server owned or takes over (~1/n); ip_hash keys are client addresses.
import { createRandom } from '../../kernel/random.ts';
import { createBalancer, DEFAULT_BALANCER_OPTIONS, type BalancerOptions } from './create-balancer.ts';
import { createServerStates, serverSpec, type ServerState } from './servers.ts';
import { createRequest, resetRequest, type AlgorithmId } from './types.ts';

export interface PoolMember {
  readonly id: string;
  readonly weight: number;
  readonly down?: boolean;
}

export type PoolChange =
  | { readonly kind: 'remove'; readonly serverId: string }
  | { readonly kind: 'add'; readonly server: PoolMember }
  | { readonly kind: 'down'; readonly serverId: string };

export interface MovedKeys {
  readonly algorithm: AlgorithmId;
  readonly keys: number;
  readonly moved: number;
  /** moved / keys. */
  readonly share: number;
  /** The least any algorithm must move: the keys of the server that left, or those the newcomer takes. */
  readonly minimalShare: number;
  /** Keys per server id before and after. */
  readonly before: Readonly<Record<string, number>>;
  readonly after: Readonly<Record<string, number>>;
}

/** The server id each key (or client address, for ip-hash) goes to on an idle pool; null if none. */
export function ownersOf(
  algorithm: AlgorithmId,
  pool: readonly PoolMember[],
  keys: readonly string[],
  options: BalancerOptions = DEFAULT_BALANCER_OPTIONS,
): (string | null)[] {
  const servers: ServerState[] = createServerStates(pool.map((m) => serverSpec(m.id, { weight: m.weight, down: m.down ?? false })));
  const balancer = createBalancer(algorithm, createRandom(1), options);
  balancer.init(servers);
  const req = createRequest();
  return keys.map((key) => {
    resetRequest(req, key, key, 0);
    const i = servers.length > 0 ? balancer.pick(req, servers) : -1;
    return i >= 0 ? (servers[i] as ServerState).id : null;
  });
}

export function applyChange(pool: readonly PoolMember[], change: PoolChange): PoolMember[] {
  switch (change.kind) {
    case 'remove':
      return pool.filter((m) => m.id !== change.serverId);
    case 'add':
      return [...pool, change.server];
    case 'down':
      return pool.map((m) => (m.id === change.serverId ? { ...m, down: true } : m));
  }
}

function tally(owners: readonly (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of owners) if (o !== null) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

export function movedKeys(
  algorithm: AlgorithmId,
  pool: readonly PoolMember[],
  change: PoolChange,
  keys: readonly string[],
  options: BalancerOptions = DEFAULT_BALANCER_OPTIONS,
): MovedKeys {
  const before = ownersOf(algorithm, pool, keys, options);
  const after = ownersOf(algorithm, applyChange(pool, change), keys, options);
  let moved = 0;
  let minimal = 0;
  const changedId = change.kind === 'add' ? change.server.id : change.serverId;
  for (let i = 0; i < keys.length; i++) {
    if (before[i] !== after[i]) moved++;
    if ((change.kind === 'add' ? after[i] : before[i]) === changedId) minimal++;
  }
  const n = Math.max(1, keys.length);
  return { algorithm, keys: keys.length, moved, share: moved / n, minimalShare: minimal / n, before: tally(before), after: tally(after) };
}

/** n distinct synthetic keys ("key-0"…), for moved-key counts independent of a request stream. */
export function syntheticKeys(n: number, prefix = 'key-'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}
