// A scenario as a list of timed actions: what the operator and the clients do. The engine
// (run-scenario.ts) adds what the cluster does in reply: redirections, PFAIL/FAIL, elections.
import type { Command } from './events.ts';

export interface WaitSpec {
  /** WAIT numreplicas timeout: the SET counts as acknowledged only when this many replicas have it. */
  readonly replicas: number;
  readonly timeoutMs: number;
}

export type Action =
  /** `node`: send to this node whatever the client's map says (redis-cli -c -p <port>). */
  | { readonly kind: 'request'; readonly client: string; readonly command: Command; readonly wait?: WaitSpec; readonly node?: string }
  /** CLUSTER SLOTS from a node the client can reach: the whole slot map at once. */
  | { readonly kind: 'refresh'; readonly client: string }
  /** CLUSTER SETSLOT <slot> IMPORTING|MIGRATING <other> on one node. */
  | { readonly kind: 'setslot'; readonly node: string; readonly slot: number; readonly state: 'importing' | 'migrating'; readonly other: string }
  /** CLUSTER GETKEYSINSLOT on the source, then MIGRATE … KEYS of up to `count` keys to the target. */
  | { readonly kind: 'migrate'; readonly from: string; readonly to: string; readonly slot: number; readonly count: number }
  /** CLUSTER SETSLOT <slot> NODE <target>, sent to the target, the source and every other master. */
  | { readonly kind: 'setslot-node'; readonly slot: number; readonly target: string }
  | { readonly kind: 'crash'; readonly node: string }
  /** These nodes and clients are cut off from everything else. */
  | { readonly kind: 'partition'; readonly minority: readonly string[] }
  | { readonly kind: 'heal' };

export interface TimedAction {
  readonly atMs: number;
  readonly action: Action;
}

export const get = (key: string): Command => ({ name: 'GET', keys: [key] });
export const set = (key: string, value: string): Command => ({ name: 'SET', keys: [key], value });
export const mget = (...keys: string[]): Command => ({ name: 'MGET', keys });
