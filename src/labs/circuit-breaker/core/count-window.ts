// Count-based sliding window: the outcomes of the last N calls.
// Follows resilience4j-core FixedSizeSlidingWindowMetrics: a ring of N measurements plus a total
// aggregation; recording a call into a full ring first subtracts the evicted measurement
// (subtract-on-evict), so totals always equal the sum over the ring and never exceed N.
// Invariants: 0 ≤ failed, slow ≤ total ≤ size.
import type { CallWindow } from './call-window.ts';
import type { WindowSnapshot } from './breaker-types.ts';

const FAILED = 1;
const SLOW = 2;
/** Index = code (bit 0 failed, bit 1 slow): '+' success, 'x' failure, 's' slow success, 'X' slow failure. */
const SYMBOLS = '+xsX';

export function createCountWindow(size: number): CallWindow {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`window size must be a non-negative integer, got ${size}`);
  const ring = new Uint8Array(size);
  let head = 0; // next slot to write
  let total = 0;
  let failed = 0;
  let slow = 0;

  return {
    record(_nowMs, isFailed, isSlow) {
      if (size === 0) return;
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
      let outcomes = '';
      const start = total === size ? head : 0;
      for (let i = 0; i < total; i++) {
        const code = ring[(start + i) % size] ?? 0;
        outcomes += SYMBOLS[code] ?? '+';
      }
      return { kind: 'count', size, outcomes };
    },
  };
}
