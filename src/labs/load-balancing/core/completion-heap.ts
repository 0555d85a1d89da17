// A binary min-heap of in-flight requests keyed by finish time. Entries are interleaved pairs
// (time, payload) in one Float64Array, the payload packing the request's sequence number and
// server slot (seq × 64 + slot, exact in a double), so a pop moves two numbers per level and a
// million requests cost no garbage. Ties between equal finish times are broken by the heap's
// own deterministic layout, so the same run always pops in the same order.

export interface CompletionHeap {
  size: number;
  data: Float64Array;
}

const SLOT_BITS = 64;

export function createCompletionHeap(capacity = 256): CompletionHeap {
  return { size: 0, data: new Float64Array(capacity * 2) };
}

export function pushCompletion(h: CompletionHeap, time: number, seq: number, slot: number): void {
  if (h.size * 2 === h.data.length) {
    const grown = new Float64Array(h.data.length * 2);
    grown.set(h.data);
    h.data = grown;
  }
  const d = h.data;
  const payload = seq * SLOT_BITS + slot;
  let i = h.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = d[2 * parent] as number;
    if (pt <= time) break;
    d[2 * i] = pt;
    d[2 * i + 1] = d[2 * parent + 1] as number;
    i = parent;
  }
  d[2 * i] = time;
  d[2 * i + 1] = payload;
}

/** Finish time of the earliest entry (Infinity when empty). */
export function peekTime(h: CompletionHeap): number {
  return h.size > 0 ? (h.data[0] as number) : Infinity;
}

/** The packed (seq, slot) of the earliest entry; unpack with payloadSeq / payloadSlot. */
export function peekPayload(h: CompletionHeap): number {
  return h.data[1] as number;
}

export function payloadSeq(payload: number): number {
  return Math.floor(payload / SLOT_BITS);
}

export function payloadSlot(payload: number, seq: number): number {
  return payload - seq * SLOT_BITS;
}

/** Removes the earliest entry; read it with the peek functions first. */
export function popCompletion(h: CompletionHeap): void {
  const last = --h.size;
  if (last === 0) return;
  const d = h.data;
  const time = d[2 * last] as number;
  const payload = d[2 * last + 1] as number;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= last) break;
    if (c + 1 < last && (d[2 * c + 2] as number) < (d[2 * c] as number)) c++;
    const ct = d[2 * c] as number;
    if (ct >= time) break;
    d[2 * i] = ct;
    d[2 * i + 1] = d[2 * c + 1] as number;
    i = c;
  }
  d[2 * i] = time;
  d[2 * i + 1] = payload;
}
