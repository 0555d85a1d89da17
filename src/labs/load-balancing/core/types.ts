// Shared shapes of the load-balancing lab: the request a balancer sees, the balancer interface
// and the explanation of a pick. A balancer mirrors an nginx `get_peer` function: it reads and
// writes the peers' shared state (current_weight, effective_weight, conns, fails) and the
// per-request peer data (the `tried` bitmap, the module's `tries` and `hash`).
import type { ServerState } from './servers.ts';

export const ALGORITHM_IDS = [
  'round-robin',
  'swrr',
  'random',
  'weighted-random',
  'least-conn',
  'p2c',
  'peak-ewma',
  'ip-hash',
  'hash-modulo',
  'hash-consistent',
  'ring',
] as const;
export type AlgorithmId = (typeof ALGORITHM_IDS)[number];

/** The algorithms that map a key (or client address) to a server: the ones with moved-keys. */
export const HASH_ALGORITHMS: readonly AlgorithmId[] = ['ip-hash', 'hash-modulo', 'hash-consistent', 'ring'];

/**
 * One request as a balancer sees it, plus nginx's per-request peer data. The engine reuses one
 * object for every request (no allocation in the hot path) and calls `resetRequest` before the
 * first try; a retry after a failed connection calls `pick` again with the same object.
 */
export interface LbRequest {
  /** The hash key (`hash $key`): a URI, a user id… */
  key: string;
  /** Client address (`$remote_addr`), IPv4 or IPv6 text. */
  ip: string;
  nowMs: number;
  /** Bitmap of server indexes already tried for this request (nginx rrp->tried). */
  tried: number;
  /** The module's own retry counter (hp->tries, iphp->tries, rp->tries); past 20 nginx falls back to round robin. */
  tries: number;
  /** The module's running hash (iphp->hash, hp->hash: a hash value or a ring point index). */
  hash: number;
  /** hash module's rehash counter. */
  rehash: number;
  /** 0 on the first `pick` of a request, then 1, 2… for retries. */
  attempt: number;
  /**
   * The upstream has backup servers: nginx then turns off its single-peer shortcut (peers->single
   * = 0), so a lone primary is checked like any peer (tried, max_fails) and can hand over.
   */
  noSingle: boolean;
}

export function createRequest(): LbRequest {
  return { key: '', ip: '', nowMs: 0, tried: 0, tries: 0, hash: 0, rehash: 0, attempt: 0, noSingle: false };
}

export function resetRequest(req: LbRequest, key: string, ip: string, nowMs: number): void {
  req.key = key;
  req.ip = ip;
  req.nowMs = nowMs;
  req.tried = 0;
  req.tries = 0;
  req.hash = 0;
  req.rehash = 0;
  req.attempt = 0;
}

/** Why a server was chosen: enough numbers for the trace table (see describe.ts). */
export type PickWhy =
  | { kind: 'round-robin'; cursor: number }
  /** SWRR: current weights after adding effective weights (`added`) and after the pick (`after`). */
  | { kind: 'swrr'; added: number[]; after: number[]; total: number }
  | { kind: 'random'; roll: number; candidates: number[] }
  | { kind: 'weighted-random'; roll: number; totalWeight: number; tries: number }
  /** least_conn: conns at pick time; `tied` are the servers sharing the least conns/weight. */
  | { kind: 'least-conn'; conns: number[]; weights: number[]; tied: number[] }
  | { kind: 'p2c'; a: number; b: number; connsA: number; connsB: number }
  | { kind: 'peak-ewma'; a: number; b: number; costA: number; costB: number; loadA: number; loadB: number }
  | { kind: 'ip-hash'; octets: number[]; hash: number; w: number; tries: number }
  | { kind: 'hash'; round: number; hash: number; w: number; rehash: number; tries: number }
  | { kind: 'chash'; keyHash: number; pointIndex: number; pointHash: number; skipped: number }
  | { kind: 'ring'; keyHash: number; pointIndex: number; pointHash: number; skipped: number }
  /** A hash/random module gave up (more than 20 tries, a single peer, an empty key) and used round robin. */
  | { kind: 'fallback-rr'; reason: 'tries' | 'single' | 'empty-key'; inner: PickWhy }
  /** keep-alive pinning: the request rode an existing connection, no balancing happened. */
  | { kind: 'pinned'; connection: number }
  | { kind: 'none' };

export interface Balancer {
  readonly algorithm: AlgorithmId;
  /** Rebuild derived state (rings, ranges, total weight) after servers were added, removed or re-weighted. */
  init(servers: readonly ServerState[]): void;
  /**
   * nginx get_peer: the index of the chosen server in `servers`, or -1 when no server can take the
   * request ("no live upstreams"). Mutates the request's per-request fields and the peers' shared state.
   */
  pick(req: LbRequest, servers: readonly ServerState[]): number;
  /** Explains the most recent `pick`; call it right after `pick`, before anything else changes. */
  explain(req: LbRequest, servers: readonly ServerState[], chosen: number): PickWhy;
  /** Latency feedback when a response completes (used by peak EWMA). */
  onFinish?(server: ServerState, rttMs: number, nowMs: number): void;
}
