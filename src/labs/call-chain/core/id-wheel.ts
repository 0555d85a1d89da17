// The call-chain simulation's event wheel on integer ids (call-store.ts slots) instead of objects:
// 1 ms slots, each a linked list threaded through one `next` array indexed by id, so scheduling
// and popping an event allocate nothing and the garbage collector has nothing to trace (a run at
// 10,000 requests/s makes tens of millions of events).
// Model and order as time-wheel.ts: an event lands in slot (time mod size); the events of one
// millisecond come out in the order they were scheduled, those scheduled for the current
// millisecond while it is drained after the others.
// Invariants: every delay is < size (schedule throws otherwise); an id is pending at most once per
// wheel (the simulation never schedules an attempt's timeout, an attempt's work or a call's retry
// twice), which is what lets one `next` entry per id hold the list.

const NONE = -1;

export class IdWheel {
  pending = 0;
  private readonly mask: number;
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private next = new Int32Array(1024);

  constructor(private readonly size = 1 << 16) {
    this.mask = size - 1;
    if ((size & this.mask) !== 0) throw new RangeError('size must be a power of two');
    this.heads = new Int32Array(size).fill(NONE);
    this.tails = new Int32Array(size).fill(NONE);
  }

  schedule(nowMs: number, atMs: number, id: number): void {
    const at = atMs > nowMs ? atMs : nowMs;
    if (at - nowMs >= this.size) throw new RangeError(`delay ${at - nowMs} ms is beyond the wheel (${this.size} ms)`);
    if (id >= this.next.length) {
      const grown = new Int32Array(Math.max(id + 1, this.next.length * 2));
      grown.set(this.next);
      this.next = grown;
    }
    this.next[id] = NONE;
    const slot = at & this.mask;
    const tail = this.tails[slot] as number;
    if (tail === NONE) this.heads[slot] = id;
    else this.next[tail] = id;
    this.tails[slot] = id;
    this.pending++;
  }

  /** Calls `onEvent` for every event due at `nowMs` (also those scheduled meanwhile), in FIFO order. */
  drain(nowMs: number, onEvent: (id: number) => void): void {
    const slot = nowMs & this.mask;
    // Detach the list before walking it: `onEvent` may free the id and the slot be reused, so each
    // `next` is read before its event runs; events added meanwhile start a new list, walked after.
    while (this.heads[slot] !== NONE) {
      let id = this.heads[slot] as number;
      this.heads[slot] = NONE;
      this.tails[slot] = NONE;
      while (id !== NONE) {
        const after = this.next[id] as number;
        this.pending--;
        onEvent(id);
        id = after;
      }
    }
  }
}
