// The upstream server model. `ServerSpec` is what an nginx `server` line configures (plus the
// backend's own capacity and latency); `ServerState` is nginx's ngx_http_upstream_rr_peer_t at run
// time: weight, effective_weight, current_weight, conns, fails, accessed, checked.
//
// max_fails / fail_timeout follow ngx_http_upstream_round_robin.c (free_peer and get_peer):
// - a failed attempt: fails++, accessed = checked = now, effective_weight -= weight / max_fails;
// - the peer is skipped while fails >= max_fails and now - checked <= fail_timeout;
// - once fail_timeout has passed it may be picked again; picking it sets checked = now, and a
//   success after that (accessed < checked) resets fails to 0: one probe request at a time.
// Defaults are nginx's: max_fails=1, fail_timeout=10s. nginx counts seconds; the lab counts ms.

export const DEFAULT_MAX_FAILS = 1;
export const DEFAULT_FAIL_TIMEOUT_MS = 10_000;
/** Servers are tracked in a 32-bit `tried` bitmap, as nginx does for up to 32/64 peers. */
export const MAX_SERVERS = 32;

export interface ServerSpec {
  /** nginx `server` address, "host:port" (ring points hash it, logs print it). */
  readonly id: string;
  /** nginx `weight=`, a positive integer. */
  readonly weight: number;
  /** Requests the backend serves at once; more wait in its queue. */
  readonly capacity: number;
  /** Requests that may wait in the backend's queue; past that it answers 503 at once. */
  readonly queueLimit: number;
  /** Mean service time in ms. */
  readonly latencyMs: number;
  readonly maxFails: number;
  readonly failTimeoutMs: number;
  /** nginx `max_conns=`; 0 = unlimited. */
  readonly maxConns: number;
  /** nginx `down`. */
  readonly down: boolean;
  /** nginx `backup`: used only when no primary server can take the request. */
  readonly backup?: boolean;
}

export interface ServerState {
  readonly id: string;
  /** Stable slot number for this server for the whole run (indexes into per-server metrics). */
  readonly slot: number;
  weight: number;
  effectiveWeight: number;
  currentWeight: number;
  /** Open connections from the balancer to this server (in service + queued). */
  conns: number;
  fails: number;
  accessedMs: number;
  checkedMs: number;
  down: boolean;
  maxFails: number;
  failTimeoutMs: number;
  maxConns: number;
  capacity: number;
  queueLimit: number;
  latencyMs: number;
  readonly backup: boolean;
}

/** A spec with nginx's defaults for everything not given. */
export function serverSpec(id: string, overrides: Partial<Omit<ServerSpec, 'id'>> = {}): ServerSpec {
  return {
    id,
    weight: 1,
    capacity: 20,
    queueLimit: 100,
    latencyMs: 20,
    maxFails: DEFAULT_MAX_FAILS,
    failTimeoutMs: DEFAULT_FAIL_TIMEOUT_MS,
    maxConns: 0,
    down: false,
    ...overrides,
  };
}

export function createServerState(spec: ServerSpec, slot: number): ServerState {
  return {
    id: spec.id,
    slot,
    weight: spec.weight,
    effectiveWeight: spec.weight,
    currentWeight: 0,
    conns: 0,
    fails: 0,
    accessedMs: -Infinity,
    checkedMs: -Infinity,
    down: spec.down,
    maxFails: spec.maxFails,
    failTimeoutMs: spec.failTimeoutMs,
    maxConns: spec.maxConns,
    capacity: spec.capacity,
    queueLimit: spec.queueLimit,
    latencyMs: spec.latencyMs,
    backup: spec.backup === true,
  };
}

/** Test helper and view helper: states for specs, slots 0..n-1. */
export function createServerStates(specs: readonly ServerSpec[]): ServerState[] {
  return specs.map((spec, i) => createServerState(spec, i));
}

/** Held back by max_fails/fail_timeout right now (nginx's "temporarily disabled"). */
export function isFailedOut(s: ServerState, nowMs: number): boolean {
  return s.maxFails > 0 && s.fails >= s.maxFails && nowMs - s.checkedMs <= s.failTimeoutMs;
}

/** The checks every nginx get_peer makes before choosing a peer: down, max_fails, max_conns. */
export function isAvailable(s: ServerState, nowMs: number): boolean {
  if (s.down) return false;
  if (s.maxFails > 0 && s.fails >= s.maxFails && nowMs - s.checkedMs <= s.failTimeoutMs) return false;
  return !(s.maxConns > 0 && s.conns >= s.maxConns);
}

/** What every get_peer does to the chosen peer: conns++, and start a fail_timeout check window. */
export function notePicked(s: ServerState, nowMs: number): void {
  s.conns++;
  if (nowMs - s.checkedMs > s.failTimeoutMs) s.checkedMs = nowMs;
}

/** free_peer with NGX_PEER_FAILED. Returns true when this failure disabled the peer. */
export function noteFailed(s: ServerState, nowMs: number): boolean {
  s.conns--;
  s.fails++;
  s.accessedMs = nowMs;
  s.checkedMs = nowMs;
  if (s.maxFails > 0) {
    s.effectiveWeight -= Math.trunc(s.weight / s.maxFails);
  }
  if (s.effectiveWeight < 0) s.effectiveWeight = 0;
  return s.maxFails > 0 && s.fails >= s.maxFails;
}

/** free_peer without failure: "mark peer live if check passed". */
export function noteSucceeded(s: ServerState): void {
  s.conns--;
  if (s.accessedMs < s.checkedMs) s.fails = 0;
}

/** Sum of weights of all peers, down ones included (nginx peers->total_weight). */
export function totalWeight(servers: readonly ServerState[]): number {
  let total = 0;
  for (const s of servers) total += s.weight;
  return total;
}

/** nginx's walk in ip_hash and hash: the peer whose slice of [0, total_weight) holds w. */
export function peerAtWeight(servers: readonly ServerState[], w: number): number {
  let rest = w;
  let p = 0;
  for (;;) {
    const weight = (servers[p] as ServerState).weight;
    if (rest < weight || p === servers.length - 1) return p;
    rest -= weight;
    p++;
  }
}

/**
 * Checks a server list before a run (a view's "add server" form, a hand-built setup): returns a
 * Chinese message per problem, empty when the list is usable. The URL parser (params.ts) already
 * refuses bad values; this guards everything else.
 */
export function validateServers(specs: readonly ServerSpec[]): string[] {
  const errors: string[] = [];
  if (specs.length === 0) errors.push('至少需要一台服务器');
  if (specs.length > MAX_SERVERS) errors.push(`最多 ${MAX_SERVERS} 台服务器`);
  const seen = new Set<string>();
  for (const s of specs) {
    if (!/^\S+$/.test(s.id)) errors.push(`服务器地址 "${s.id}" 不合法`);
    if (seen.has(s.id)) errors.push(`服务器 ${s.id} 重复`);
    seen.add(s.id);
    if (!Number.isInteger(s.weight) || s.weight < 1 || s.weight > 1000) errors.push(`${s.id} 的 weight 必须是 1–1000 之间的整数`);
    if (!Number.isInteger(s.capacity) || s.capacity < 1) errors.push(`${s.id} 的并发能力必须是正整数`);
    if (!Number.isInteger(s.queueLimit) || s.queueLimit < 0) errors.push(`${s.id} 的队列长度必须是非负整数`);
    if (!(s.latencyMs > 0) || !Number.isFinite(s.latencyMs)) errors.push(`${s.id} 的延迟必须是正数`);
    if (!Number.isInteger(s.maxFails) || s.maxFails < 0) errors.push(`${s.id} 的 max_fails 必须是非负整数`);
    if (!(s.failTimeoutMs > 0) || !Number.isFinite(s.failTimeoutMs)) errors.push(`${s.id} 的 fail_timeout 必须是正数`);
    if (!Number.isInteger(s.maxConns) || s.maxConns < 0) errors.push(`${s.id} 的 max_conns 必须是非负整数`);
  }
  return errors;
}
