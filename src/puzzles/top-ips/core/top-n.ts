// Top N of a count table in the order of `LC_ALL=C sort -rn` over `uniq -c` output: count
// descending, then, for equal counts, the IP in descending byte order (sort's last-resort
// comparison of the whole line, reversed by -r).
// A bounded min-heap of N entry indices (the heap's root is the worst kept entry): O(d log N)
// for d distinct IPs, against O(d log d) for sorting them all; strings are decoded only for the
// N winners.
import type { IpTable } from './ip-table.ts';

export type TopEntry = readonly [ip: string, count: number];

/** Negative when entry a ranks before entry b. */
function rank(table: IpTable, a: number, b: number): number {
  const d = table.countAt(b) - table.countAt(a);
  return d !== 0 ? d : table.compareKeys(b, a);
}

export function topEntries(table: IpTable, n: number): TopEntry[] {
  const k = Math.max(0, Math.min(Math.floor(n), table.size));
  if (k === 0) return [];
  const heap: number[] = [];
  // worse(a, b): a ranks after b, so it belongs nearer the root.
  const worse = (a: number, b: number): boolean => rank(table, a, b) > 0;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i] as number, heap[p] as number)) break;
      [heap[i], heap[p]] = [heap[p] as number, heap[i] as number];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  for (let e = 0; e < table.size; e++) {
    if (heap.length < k) {
      heap.push(e);
      up(heap.length - 1);
    } else if (worse(heap[0] as number, e)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap.sort((a, b) => rank(table, a, b)).map((e) => [table.keyAt(e), table.countAt(e)] as const);
}

/** The same order on plain pairs (for the naive counter and the judge). */
export function compareTop(a: TopEntry, b: TopEntry): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  return a[0] > b[0] ? -1 : a[0] < b[0] ? 1 : 0;
}
