// Consumers' calls, aggregated: a consumer makes `rate` calls a second, spread round-robin over its
// cached list from a moving cursor, and the run counts them per one-second tick instead of
// scheduling one event per call. With n instances in the list, every instance gets ⌊rate/n⌋ calls
// a tick and the `rate mod n` positions after the cursor one more. A call to a dead instance fails
// (connection refused / timeout); with retry on it is tried once more on the next instance of the
// list (Ribbon's MaxAutoRetriesNextServer=1, Dubbo's failover cluster) and succeeds if that one is
// alive. Dead positions of a list are worked out once per (list, liveness version), so a tick costs
// O(log n) per consumer however large the list: the benchmark's 1,000 consumers stay cheap.

export interface TickCalls {
  readonly total: number;
  readonly ok: number;
  /** Calls that failed in the end (after a retry, when retries are on). */
  readonly failed: number;
  /** Calls that failed first and then succeeded on the next instance. */
  readonly retriedOk: number;
}

export interface DeadIndex {
  readonly version: number;
  readonly list: readonly number[];
  /** Positions of the list whose instance is dead, ascending. */
  readonly dead: readonly number[];
  /** Dead positions whose next position (wrapping) is alive: their retry succeeds. */
  readonly rescued: readonly number[];
  /** The dead instances' ids. */
  readonly deadIds: readonly number[];
}

export interface CallCounter {
  /** Dead entries in a list now. */
  deadIn(list: readonly number[]): readonly number[];
  /** The list's dead positions now (shared by every holder of the same list object). */
  index(list: readonly number[]): DeadIndex;
  tick(list: readonly number[], cursor: number, rate: number, retry: boolean): TickCalls;
}

/** `alive(id)` answers for the current moment; bump `version()` whenever any instance's liveness changes. */
export function createCallCounter(alive: (id: number) => boolean, version: () => number): CallCounter {
  const memo = new WeakMap<readonly number[], DeadIndex>();
  const index = (list: readonly number[]): DeadIndex => {
    const v = version();
    const known = memo.get(list);
    if (known && known.version === v) return known;
    const dead: number[] = [];
    const rescued: number[] = [];
    const deadIds: number[] = [];
    const n = list.length;
    for (let j = 0; j < n; j++) {
      const id = list[j] as number;
      if (alive(id)) continue;
      dead.push(j);
      deadIds.push(id);
      if (n > 1 && alive(list[(j + 1) % n] as number)) rescued.push(j);
    }
    const built = { version: v, list, dead, rescued, deadIds };
    memo.set(list, built);
    return built;
  };
  return {
    deadIn: (list) => index(list).deadIds,
    index,
    tick(list, cursor, rate, retry) {
      const n = list.length;
      if (n === 0) return { total: rate, ok: 0, failed: rate, retriedOk: 0 };
      const { dead, rescued } = index(list);
      if (dead.length === 0) return { total: rate, ok: rate, failed: 0, retriedOk: 0 };
      const full = Math.floor(rate / n);
      const rem = rate % n;
      const start = ((cursor % n) + n) % n;
      const hits = (positions: readonly number[]) => full * positions.length + countInWindow(positions, start, rem, n);
      const firstFailures = hits(dead);
      const retriedOk = retry ? hits(rescued) : 0;
      const failed = firstFailures - retriedOk;
      return { total: rate, ok: rate - failed, failed, retriedOk };
    },
  };
}

/** How many of the sorted positions fall in the `len` positions from `start`, wrapping at n. */
export function countInWindow(sorted: readonly number[], start: number, len: number, n: number): number {
  if (len <= 0) return 0;
  const end = start + len;
  if (end <= n) return lowerBound(sorted, end) - lowerBound(sorted, start);
  return sorted.length - lowerBound(sorted, start) + lowerBound(sorted, end - n);
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
