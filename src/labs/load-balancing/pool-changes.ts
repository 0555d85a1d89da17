// The pool changes of a run (a server added, removed, marked down or back up) and, for the hash
// algorithms, how many keys each change moves: core/moved-keys.ts on the pool as it stood just
// before the change. Also the "what if" table: one server more or less from the initial pool,
// for every hash algorithm, so modulo hashing and consistent hashing can be compared directly.
import type { BalancerOptions } from './core/create-balancer.ts';
import type { UpstreamEvent } from './core/events.ts';
import { movedKeys, type MovedKeys, type PoolChange, type PoolMember } from './core/moved-keys.ts';
import type { AlgorithmId } from './core/types.ts';
import { serverIdOfNumber, serverNumberOf } from './core/actions.ts';

export const MAX_MOVED_KEYS = 5000;

export interface PoolChangeResult {
  readonly atMs: number;
  readonly event: UpstreamEvent;
  readonly moved: MovedKeys;
}

/** Applies a membership event to a pool (other events leave it as it is). */
export function applyEvent(pool: readonly PoolMember[], e: UpstreamEvent): PoolMember[] {
  switch (e.kind) {
    case 'add':
      return pool.some((m) => m.id === e.server.id) ? [...pool] : [...pool, { id: e.server.id, weight: e.server.weight, down: e.server.down }];
    case 'remove':
      return pool.filter((m) => m.id !== e.serverId);
    case 'down':
    case 'up':
      return pool.map((m) => (m.id === e.serverId ? { ...m, down: e.kind === 'down' } : m));
    case 'weight':
      return pool.map((m) => (m.id === e.serverId ? { ...m, weight: e.weight } : m));
    default:
      return [...pool];
  }
}

/** The moved keys of one event on `pool`, or null when the event does not change who owns keys. */
export function movedByEvent(
  algorithm: AlgorithmId,
  pool: readonly PoolMember[],
  e: UpstreamEvent,
  keys: readonly string[],
  options: BalancerOptions,
): MovedKeys | null {
  const member = (id: string) => pool.find((m) => m.id === id);
  switch (e.kind) {
    case 'add':
      return member(e.server.id) === undefined
        ? movedKeys(algorithm, pool, { kind: 'add', server: { id: e.server.id, weight: e.server.weight } }, keys, options)
        : null;
    case 'remove':
      return member(e.serverId) !== undefined ? movedKeys(algorithm, pool, { kind: 'remove', serverId: e.serverId }, keys, options) : null;
    case 'down': {
      const m = member(e.serverId);
      return m !== undefined && m.down !== true ? movedKeys(algorithm, pool, { kind: 'down', serverId: e.serverId }, keys, options) : null;
    }
    case 'up': {
      // Coming back moves exactly the keys that going down moved, the other way.
      if (member(e.serverId)?.down !== true) return null;
      const upPool = applyEvent(pool, e);
      const back = movedKeys(algorithm, upPool, { kind: 'down', serverId: e.serverId }, keys, options);
      return { ...back, before: back.after, after: back.before };
    }
    default:
      return null;
  }
}

/** Every membership change of the run with the keys it moved, in time order. */
export function poolChanges(
  algorithm: AlgorithmId,
  initial: readonly PoolMember[],
  events: readonly UpstreamEvent[],
  keys: readonly string[],
  options: BalancerOptions,
): PoolChangeResult[] {
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.atMs - b.e.atMs || a.i - b.i)
    .map((x) => x.e);
  let pool: PoolMember[] = [...initial];
  const out: PoolChangeResult[] = [];
  for (const e of sorted) {
    const moved = movedByEvent(algorithm, pool, e, keys, options);
    if (moved !== null) out.push({ atMs: e.atMs, event: e, moved });
    pool = applyEvent(pool, e);
  }
  return out;
}

export interface WhatIfRow {
  readonly algorithm: AlgorithmId;
  readonly add: MovedKeys;
  readonly remove: MovedKeys | null;
  readonly down: MovedKeys | null;
}

/** One more server (weight 1) and the last server removed / marked down, from the initial pool. */
export function whatIf(
  algorithms: readonly AlgorithmId[],
  initial: readonly PoolMember[],
  keysFor: (a: AlgorithmId) => readonly string[],
  options: BalancerOptions,
): { addId: string; lastId: string | null; rows: WhatIfRow[] } {
  const next = Math.max(0, ...initial.map((m) => serverNumberOf(m.id) ?? 0)) + 1;
  const addId = serverIdOfNumber(next);
  const last = initial.length > 1 ? (initial[initial.length - 1] as PoolMember).id : null;
  const rows = algorithms.map((algorithm): WhatIfRow => {
    const keys = keysFor(algorithm);
    const change = (c: PoolChange) => movedKeys(algorithm, initial, c, keys, options);
    return {
      algorithm,
      add: change({ kind: 'add', server: { id: addId, weight: 1 } }),
      remove: last !== null ? change({ kind: 'remove', serverId: last }) : null,
      down: last !== null ? change({ kind: 'down', serverId: last }) : null,
    };
  });
  return { addId, lastId: last, rows };
}
