// A small binary min-heap of timed events, for engines and simulations that must act in the future
// (a queued request leaving the leaky bucket, a delayed request being served).
// Invariants: pop() returns events in time order; events with the same time come out in the order
// they were pushed (a sequence number breaks ties), so runs stay deterministic.
// The backing arrays are reused after pops: a steady state allocates nothing.

export interface EventQueue<T> {
  readonly size: number;
  push(timeMs: number, value: T): void;
  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number;
  /** The earliest event's value, or undefined when empty. */
  peek(): T | undefined;
  /** Removes and returns the earliest event's value (undefined when empty). */
  pop(): T | undefined;
  /** Pops every event with time <= `timeMs`, oldest first, calling `onEvent` for each. Returns how many. */
  popUntil(timeMs: number, onEvent?: (value: T, timeMs: number) => void): number;
  clear(): void;
  /** The pending events in time order (a copy, for snapshots). */
  toArray(): { timeMs: number; value: T }[];
}

export function createEventQueue<T>(): EventQueue<T> {
  const times: number[] = [];
  const seqs: number[] = [];
  const values: T[] = [];
  let size = 0;
  let nextSeq = 0;

  const less = (i: number, j: number): boolean => {
    const ti = times[i] as number;
    const tj = times[j] as number;
    return ti < tj || (ti === tj && (seqs[i] as number) < (seqs[j] as number));
  };
  const swap = (i: number, j: number): void => {
    const t = times[i] as number;
    times[i] = times[j] as number;
    times[j] = t;
    const s = seqs[i] as number;
    seqs[i] = seqs[j] as number;
    seqs[j] = s;
    const v = values[i] as T;
    values[i] = values[j] as T;
    values[j] = v;
  };

  const queue: EventQueue<T> = {
    get size() {
      return size;
    },
    push(timeMs, value) {
      let i = size++;
      times[i] = timeMs;
      seqs[i] = nextSeq++;
      values[i] = value;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    },
    peekTime() {
      return size > 0 ? (times[0] as number) : Infinity;
    },
    peek() {
      return size > 0 ? values[0] : undefined;
    },
    pop() {
      if (size === 0) return undefined;
      const top = values[0] as T;
      size--;
      if (size > 0) {
        times[0] = times[size] as number;
        seqs[0] = seqs[size] as number;
        values[0] = values[size] as T;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < size && less(l, m)) m = l;
          if (r < size && less(r, m)) m = r;
          if (m === i) break;
          swap(i, m);
          i = m;
        }
      }
      // Drop the reference so popped values can be collected; the slot is reused by push.
      values[size] = undefined as T;
      return top;
    },
    popUntil(timeMs, onEvent) {
      let n = 0;
      while (size > 0 && (times[0] as number) <= timeMs) {
        const t = times[0] as number;
        const v = queue.pop() as T;
        onEvent?.(v, t);
        n++;
      }
      return n;
    },
    clear() {
      for (let i = 0; i < size; i++) values[i] = undefined as T;
      size = 0;
    },
    toArray() {
      // The heap order is not sorted: sort slot indices by (time, seq).
      const order: number[] = [];
      for (let i = 0; i < size; i++) order.push(i);
      order.sort((a, b) => (times[a] as number) - (times[b] as number) || (seqs[a] as number) - (seqs[b] as number));
      return order.map((i) => ({ timeMs: times[i] as number, value: values[i] as T }));
    },
  };
  return queue;
}
