// Pure helpers for the player over a precomputed run: rows are in time order, each with `timeMs`.
// Seeking is a binary search; charts get fixed-width time buckets.

export interface TimedRow {
  readonly timeMs: number;
}

/**
 * Index of the last row with `timeMs <= timeMs`, or -1 when every row is later.
 * With several rows at the same time, the last of them (the state after all of them).
 */
export function indexAtOrBefore(rows: readonly TimedRow[], timeMs: number): number {
  let lo = 0;
  let hi = rows.length; // first index with row.timeMs > timeMs lies in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[mid] as TimedRow).timeMs <= timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export interface SeriesPoint {
  /** Start of the bucket. */
  readonly timeMs: number;
  readonly value: number;
}

/**
 * How rows in one bucket become a value:
 * - `last`: the value after the bucket's last row; an empty bucket repeats the previous value
 *   (a level such as tokens or queue length holds between events). Before any row: `initial`.
 * - `sum`: the sum of picked values (e.g. pick 1 for admitted rows: admitted per bucket); empty = 0.
 * - `max`: the largest picked value in the bucket (peaks survive coarse buckets); an empty bucket
 *   shows the value of the last row before it.
 */
export type SeriesMode = 'last' | 'sum' | 'max';

export interface SeriesOptions {
  readonly mode?: SeriesMode;
  /** Buckets cover [0, endMs); defaults to the end of the last row's bucket. */
  readonly endMs?: number;
  /** Value before the first row for `last`/`max` (default 0). */
  readonly initial?: number;
}

/** Buckets rows into a time series for charts: one point per `bucketMs` from 0. */
export function toSeries<R extends TimedRow>(rows: readonly R[], bucketMs: number, pick: (row: R) => number, options: SeriesOptions = {}): SeriesPoint[] {
  if (!(bucketMs > 0)) return [];
  const mode = options.mode ?? 'last';
  const lastRow = rows[rows.length - 1];
  const endMs = options.endMs ?? (lastRow ? (Math.floor(lastRow.timeMs / bucketMs) + 1) * bucketMs : 0);
  const count = Math.max(0, Math.ceil(endMs / bucketMs));
  const out: SeriesPoint[] = [];
  let carry = options.initial ?? 0;
  let i = 0;
  for (let b = 0; b < count; b++) {
    const end = (b + 1) * bucketMs;
    let value = mode === 'sum' ? 0 : carry;
    let seen = false;
    while (i < rows.length && (rows[i] as R).timeMs < end) {
      const v = pick(rows[i] as R);
      if (mode === 'sum') value += v;
      else if (mode === 'last') value = v;
      else value = seen ? Math.max(value, v) : v;
      seen = true;
      i++;
    }
    if (mode !== 'sum') carry = mode === 'max' && seen ? lastPicked(rows, i, pick) : value;
    out.push({ timeMs: b * bucketMs, value });
  }
  return out;
}

// For `max`, an empty bucket after a busy one repeats the level the busy one ended at, not its peak.
function lastPicked<R extends TimedRow>(rows: readonly R[], i: number, pick: (row: R) => number): number {
  return pick(rows[i - 1] as R);
}
