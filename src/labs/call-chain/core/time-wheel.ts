// A timing wheel of 1 ms slots for the call-chain simulation: O(1) to schedule and to pop, where a
// binary heap costs log n per event and the chain makes tens of millions of them in a long run.
// Model: times are whole milliseconds; an event lands in slot (time mod size). Events of one
// millisecond come out in the order they were scheduled (FIFO), including ones scheduled for the
// current millisecond while it is being drained, so runs stay deterministic.
// Invariant: every delay is < size (the caller keeps its delays bounded; schedule throws otherwise).

export interface TimeWheel<T> {
  readonly pending: number;
  schedule(nowMs: number, atMs: number, kind: number, ref: T): void;
  /** Calls `onEvent` for every event due at `nowMs` (also those scheduled meanwhile), in FIFO order. */
  drain(nowMs: number, onEvent: (kind: number, ref: T) => void): void;
}

export function createTimeWheel<T>(size = 1 << 17): TimeWheel<T> {
  const mask = size - 1;
  if ((size & mask) !== 0) throw new RangeError('size must be a power of two');
  const kinds: number[][] = Array.from({ length: size }, () => []);
  const refs: T[][] = Array.from({ length: size }, () => []);
  let pending = 0;
  return {
    get pending() { return pending; },
    schedule(nowMs, atMs, kind, ref) {
      const at = Math.max(nowMs, atMs);
      if (at - nowMs >= size) throw new RangeError(`delay ${at - nowMs} ms is beyond the wheel (${size} ms)`);
      const slot = at & mask;
      (kinds[slot] as number[]).push(kind);
      (refs[slot] as T[]).push(ref);
      pending++;
    },
    drain(nowMs, onEvent) {
      const slot = nowMs & mask;
      const k = kinds[slot] as number[];
      const r = refs[slot] as T[];
      for (let i = 0; i < k.length; i++) {
        pending--;
        onEvent(k[i] as number, r[i] as T);
      }
      k.length = 0;
      r.length = 0;
    },
  };
}
