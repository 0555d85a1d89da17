// The call-chain simulation's event wheel on integer ids (call-store.ts slots) instead of objects:
// 1 ms slots, each a doubly linked list threaded through one `links` array indexed by id, so
// scheduling, popping and cancelling an event allocate nothing and the garbage collector has
// nothing to trace (a run at 10,000 requests/s makes tens of millions of events).
// Model and order as time-wheel.ts: an event lands in slot (time mod size); the events of one
// millisecond come out in the order they were scheduled, those scheduled for the current
// millisecond while it is drained after the others. Cancelling an event (an attempt answered
// before its timeout) takes it out and leaves the order of the others as it was.
// Invariants: every delay is < size (schedule throws otherwise); an id is pending at most once per
// wheel (the simulation never schedules an attempt's timeout, an attempt's work or a call's retry
// twice), which is what lets one entry of `links` per id hold the lists.

const NONE = -1;
// links[id * 4 + …]: the next and previous ids in the slot's list, and the slot (side by side:
// one cache line per id).
const NEXT = 0;
const PREV = 1;
const SLOT = 2;

export class IdWheel {
  pending = 0;
  private readonly mask: number;
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  private links = new Int32Array(4096);

  constructor(private readonly size = 1 << 16) {
    this.mask = size - 1;
    if ((size & this.mask) !== 0) throw new RangeError('size must be a power of two');
    this.heads = new Int32Array(size).fill(NONE);
    this.tails = new Int32Array(size).fill(NONE);
  }

  schedule(nowMs: number, atMs: number, id: number): void {
    const at = atMs > nowMs ? atMs : nowMs;
    if (at - nowMs >= this.size) throw new RangeError(`delay ${at - nowMs} ms is beyond the wheel (${this.size} ms)`);
    if (id * 4 >= this.links.length) {
      const grown = new Int32Array(Math.max(id * 4 + 4, this.links.length * 2));
      grown.set(this.links);
      this.links = grown;
    }
    const links = this.links;
    const slot = at & this.mask;
    const tail = this.tails[slot] as number;
    links[id * 4 + NEXT] = NONE;
    links[id * 4 + PREV] = tail;
    links[id * 4 + SLOT] = slot;
    if (tail === NONE) this.heads[slot] = id;
    else links[tail * 4 + NEXT] = id;
    this.tails[slot] = id;
    this.pending++;
  }

  /** Takes out the pending event of `id` (it must be pending). */
  cancel(id: number): void {
    const links = this.links;
    const next = links[id * 4 + NEXT] as number;
    const prev = links[id * 4 + PREV] as number;
    const slot = links[id * 4 + SLOT] as number;
    if (prev === NONE) this.heads[slot] = next;
    else links[prev * 4 + NEXT] = next;
    if (next === NONE) this.tails[slot] = prev;
    else links[next * 4 + PREV] = prev;
    this.pending--;
  }

  /**
   * Takes out and returns the next event due at `nowMs` (NONE = -1 when there is none left), in
   * FIFO order, including events scheduled meanwhile. Popped before it runs: the event may then
   * cancel or add others in this slot (the list stays consistent), and its id be freed and reused.
   */
  pop(nowMs: number): number {
    const slot = nowMs & this.mask;
    const id = this.heads[slot] as number;
    if (id === NONE) return NONE;
    const next = this.links[id * 4 + NEXT] as number;
    this.heads[slot] = next;
    if (next === NONE) this.tails[slot] = NONE;
    else this.links[next * 4 + PREV] = NONE;
    this.pending--;
    return id;
  }

  /** Calls `onEvent` for every event due at `nowMs` (also those scheduled meanwhile), in FIFO order. */
  drain(nowMs: number, onEvent: (id: number) => void): void {
    for (let id = this.pop(nowMs); id !== NONE; id = this.pop(nowMs)) onEvent(id);
  }
}
