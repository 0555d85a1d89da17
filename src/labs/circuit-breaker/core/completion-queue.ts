// A binary min-heap of in-flight calls ordered by finish time, ties broken by call id (earlier
// arrival first) so a run is fully deterministic. Parallel arrays, no per-call objects: the
// one-hour fast-forward pushes hundreds of thousands of calls through it.

export interface CompletionQueue {
  push(timeMs: number, id: number): void;
  /** Finish time of the next call, or Infinity when nothing is in flight. */
  peekTime(): number;
  /** Removes the next call and returns its id. Call only when size > 0. */
  pop(): number;
  readonly size: number;
}

export function createCompletionQueue(): CompletionQueue {
  const times: number[] = [];
  const ids: number[] = [];

  const less = (a: number, b: number): boolean => {
    const ta = times[a] as number;
    const tb = times[b] as number;
    return ta < tb || (ta === tb && (ids[a] as number) < (ids[b] as number));
  };
  const swap = (a: number, b: number): void => {
    const t = times[a] as number;
    times[a] = times[b] as number;
    times[b] = t;
    const i = ids[a] as number;
    ids[a] = ids[b] as number;
    ids[b] = i;
  };

  return {
    push(timeMs, id) {
      times.push(timeMs);
      ids.push(id);
      let child = times.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!less(child, parent)) break;
        swap(child, parent);
        child = parent;
      }
    },
    peekTime() {
      return times.length > 0 ? (times[0] as number) : Infinity;
    },
    pop() {
      const top = ids[0] as number;
      const lastTime = times.pop() as number;
      const lastId = ids.pop() as number;
      if (times.length > 0) {
        times[0] = lastTime;
        ids[0] = lastId;
        let parent = 0;
        for (;;) {
          const left = 2 * parent + 1;
          const right = left + 1;
          let smallest = parent;
          if (left < times.length && less(left, smallest)) smallest = left;
          if (right < times.length && less(right, smallest)) smallest = right;
          if (smallest === parent) break;
          swap(parent, smallest);
          parent = smallest;
        }
      }
      return top;
    },
    get size() {
      return times.length;
    },
  };
}
