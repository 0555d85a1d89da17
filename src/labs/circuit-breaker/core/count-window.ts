// Count-based sliding window: the outcomes of the last N calls.
// Follows resilience4j-core FixedSizeSlidingWindowMetrics: a ring of N measurements plus a total
// aggregation; recording a call into a full ring first subtracts the evicted measurement
// (subtract-on-evict), so totals always equal the sum over the ring and never exceed N.
// Invariants: 0 ≤ failed, slow ≤ total ≤ size.
// snapshot() hands back the same object until the next record: a run snapshots the window on every
// row, and most rows (arrivals, rejections) do not change it.
import type { CallWindow } from './call-window.ts';
import { SNAPSHOT_CELLS, type WindowSnapshot } from './breaker-types.ts';

const FAILED = 1;
const SLOW = 2;
/** Index = code (bit 0 failed, bit 1 slow): '+' success, 'x' failure, 's' slow success, 'X' slow failure. */
const SYMBOLS = '+xsX';
const SYMBOL_CODES = Uint8Array.from(SYMBOLS, (c) => c.charCodeAt(0));
// The snapshot string is decoded from bytes in one native call: a run snapshots a large window
// after every result, and 100 string appends per snapshot dominated the whole simulation.
const ascii = new TextDecoder('latin1');

export function createCountWindow(size: number): CallWindow {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`window size must be a non-negative integer, got ${size}`);
  const ring = new Uint8Array(size);
  let head = 0; // next slot to write
  let total = 0;
  let failed = 0;
  let slow = 0;
  let cached: WindowSnapshot | null = null;
  const chars = new Uint8Array(Math.min(size, SNAPSHOT_CELLS));

  return {
    record(_nowMs, isFailed, isSlow) {
      if (size === 0) return;
      cached = null;
      if (total === size) {
        const evicted = ring[head] ?? 0;
        if (evicted & FAILED) failed--;
        if (evicted & SLOW) slow--;
      } else {
        total++;
      }
      const code = (isFailed ? FAILED : 0) | (isSlow ? SLOW : 0);
      ring[head] = code;
      if (isFailed) failed++;
      if (isSlow) slow++;
      head = head + 1 === size ? 0 : head + 1;
    },
    slideTo() {
      // A count-based window has no notion of time: old calls stay until newer ones push them out.
    },
    get total() {
      return total;
    },
    get failed() {
      return failed;
    },
    get slow() {
      return slow;
    },
    snapshot(): WindowSnapshot {
      if (cached) return cached;
      // The newest `shown` calls, oldest first: they end just before head.
      const shown = Math.min(total, SNAPSHOT_CELLS);
      let shownFailed = 0;
      let shownSlow = 0;
      for (let k = 0; k < shown; k++) {
        const i = (head - shown + k + size) % size;
        const code = ring[i] ?? 0;
        if (code & FAILED) shownFailed++;
        if (code & SLOW) shownSlow++;
        chars[k] = SYMBOL_CODES[code] ?? 43;
      }
      const outcomes = ascii.decode(chars.subarray(0, shown));
      cached = Object.freeze(
        shown === total
          ? { kind: 'count', size, outcomes }
          : { kind: 'count', size, outcomes, earlier: { calls: total - shown, failed: failed - shownFailed, slow: slow - shownSlow } },
      );
      return cached;
    },
  };
}
