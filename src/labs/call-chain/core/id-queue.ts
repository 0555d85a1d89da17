// A FIFO of integer ids in a ring buffer that doubles when full: a service's wait queue in the
// call-chain simulation. Without load shedding a queue is unbounded and, once the chain is
// overloaded, holds millions of attempts whose callers already gave up (the cascading failure the
// lab shows); as ids in a typed array they cost 4 bytes each and nothing to the garbage collector.

export class IdQueue {
  private buf = new Int32Array(256);
  private head = 0;
  length = 0;

  push(id: number): void {
    if (this.length === this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      const first = this.buf.subarray(this.head);
      grown.set(first);
      grown.set(this.buf.subarray(0, this.head), first.length);
      this.buf = grown;
      this.head = 0;
    }
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = id;
    this.length++;
  }

  /** Removes and returns the oldest id (the queue must not be empty). */
  shift(): number {
    const id = this.buf[this.head] as number;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return id;
  }
}
