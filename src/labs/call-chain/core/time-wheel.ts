// A timing wheel of 1 ms slots for the call-chain simulation: O(1) to schedule and to pop, where a
// binary heap costs log n per event and the chain makes tens of millions of them in a long run.
// Model: times are whole milliseconds; an event lands in slot (time mod size). Events of one
// millisecond come out in the order they were scheduled (FIFO), including ones scheduled for the
// current millisecond while it is being drained, so runs stay deterministic. One wheel holds one
// kind of event (the simulation keeps a wheel per kind and drains them in a fixed order).
// Slot arrays keep their capacity between uses (a count per slot says how many are live), so a
// steady state allocates nothing here.
// Invariant: every delay is < size (the caller keeps its delays bounded; schedule throws otherwise).

export interface TimeWheel<T> {
  readonly pending: number;
  schedule(nowMs: number, atMs: number, ref: T): void;
  /** Calls `onEvent` for every event due at `nowMs` (also those scheduled meanwhile), in FIFO order. */
  drain(nowMs: number, onEvent: (ref: T) => void): void;
}

export function createTimeWheel<T>(size = 1 << 16): TimeWheel<T> {
  const mask = size - 1;
  if ((size & mask) !== 0) throw new RangeError('size must be a power of two');
  const slots: (T | undefined)[][] = Array.from({ length: size }, () => []);
  const counts = new Int32Array(size);
  let pending = 0;
  return {
    get pending() {
      return pending;
    },
    schedule(nowMs, atMs, ref) {
      const at = atMs > nowMs ? atMs : nowMs;
      if (at - nowMs >= size) throw new RangeError(`delay ${at - nowMs} ms is beyond the wheel (${size} ms)`);
      const slot = at & mask;
      const n = counts[slot] as number;
      (slots[slot] as T[])[n] = ref;
      counts[slot] = n + 1;
      pending++;
    },
    drain(nowMs, onEvent) {
      const slot = nowMs & mask;
      const refs = slots[slot] as (T | undefined)[];
      for (let i = 0; i < (counts[slot] as number); i++) {
        pending--;
        const ref = refs[i] as T;
        refs[i] = undefined; // let the event's objects go
        onEvent(ref);
      }
      counts[slot] = 0;
    },
  };
}
