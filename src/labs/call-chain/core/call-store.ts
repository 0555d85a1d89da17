// The call-chain simulation's calls and attempts as columns of typed arrays (struct of arrays),
// their slots recycled through free lists, so a long run allocates nothing per call.
//
// Model. A call (op) is one caller's request to the next service, retried as attempts; an attempt
// (job) is one try of a call at the called service, whose work may in turn make calls (their
// `owner`). Ids index the columns. A slot is freed once nothing refers to it any more, counted in
// `refs`: an attempt is referred to by each pending event of it (timeout, work done), by a wait
// queue holding it and by each call it made; a call by each of its attempts, by a pending retry
// and, for the moment of its first attempt, by whoever created it. Freeing an attempt drops its
// call's count and freeing a call its owner's, so whole finished subtrees come back to the lists.
// Invariant: a slot with refs > 0 is never handed out again, so an id held by a pending event, a
// queue or a caller up the chain always still means the same call or attempt.

export const NO_OWNER = -1;
/** jobOp of an attempt detached from its call. */
export const NO_OP = -1;

function grownInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function grownFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

function grownByte(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

const START = 1024;

export class CallStore {
  // Attempts.
  jobLayer = new Int32Array(START);
  /** The call this attempt is of; NO_OP once detached (answered: see `detachJob`). */
  jobOp = new Int32Array(START);
  /** The top-level request it belongs to (the call's trace number, kept here for trace rows after detaching). */
  jobTrace = new Int32Array(START);
  jobAttempt = new Int32Array(START);
  jobSentAt = new Int32Array(START);
  jobDeadline = new Int32Array(START);
  jobState = new Uint8Array(START);
  jobAnswered = new Uint8Array(START);
  jobPending = new Int32Array(START);
  jobRefs = new Int32Array(START);
  private jobFree = new Int32Array(START);
  private jobFreeTop = 0;
  private jobHigh = 0;

  // Calls.
  opLayer = new Int32Array(START);
  opOwner = new Int32Array(START);
  opDeadline = new Float64Array(START);
  opTrace = new Int32Array(START);
  opStartedAt = new Int32Array(START);
  opAttempts = new Int32Array(START);
  opDone = new Uint8Array(START);
  opRefs = new Int32Array(START);
  private opFree = new Int32Array(START);
  private opFreeTop = 0;
  private opHigh = 0;

  /** A new attempt (state 0, not answered, no refs yet) of call `op`, which it refers to. */
  newJob(layer: number, op: number, attempt: number, sentAt: number, deadline: number): number {
    let id: number;
    if (this.jobFreeTop > 0) id = this.jobFree[--this.jobFreeTop] as number;
    else {
      id = this.jobHigh++;
      if (id === this.jobLayer.length) this.growJobs(id * 2);
    }
    this.jobLayer[id] = layer;
    this.jobOp[id] = op;
    this.jobTrace[id] = this.opTrace[op] as number;
    this.jobAttempt[id] = attempt;
    this.jobSentAt[id] = sentAt;
    this.jobDeadline[id] = deadline;
    this.jobState[id] = 0;
    this.jobAnswered[id] = 0;
    this.jobPending[id] = 0;
    this.jobRefs[id] = 0;
    this.opRefs[op] = (this.opRefs[op] as number) + 1;
    return id;
  }

  /** A new call (no attempts, not done, no refs yet) made by attempt `owner` (or NO_OWNER), which it refers to. */
  newOp(layer: number, owner: number, deadline: number, trace: number, startedAt: number): number {
    let id: number;
    if (this.opFreeTop > 0) id = this.opFree[--this.opFreeTop] as number;
    else {
      id = this.opHigh++;
      if (id === this.opLayer.length) this.growOps(id * 2);
    }
    this.opLayer[id] = layer;
    this.opOwner[id] = owner;
    this.opDeadline[id] = deadline;
    this.opTrace[id] = trace;
    this.opStartedAt[id] = startedAt;
    this.opAttempts[id] = 0;
    this.opDone[id] = 0;
    this.opRefs[id] = 0;
    if (owner !== NO_OWNER) this.jobRefs[owner] = (this.jobRefs[owner] as number) + 1;
    return id;
  }

  retainJob(job: number): void {
    this.jobRefs[job] = (this.jobRefs[job] as number) + 1;
  }

  retainOp(op: number): void {
    this.opRefs[op] = (this.opRefs[op] as number) + 1;
  }

  releaseJob(job: number): void {
    const refs = (this.jobRefs[job] as number) - 1;
    this.jobRefs[job] = refs;
    if (refs > 0) return;
    this.jobFree[this.jobFreeTop++] = job;
    const op = this.jobOp[job] as number;
    if (op !== NO_OP) this.releaseOp(op);
  }

  /**
   * Drops the attempt's ref on its call: once answered (or timed out) an attempt no longer needs
   * its call, while the attempt itself may live on for a long time (queued or still working, its
   * answer an orphan). Without this, every orphan kept its whole chain of callers alive.
   */
  detachJob(job: number): void {
    const op = this.jobOp[job] as number;
    if (op === NO_OP) return;
    this.jobOp[job] = NO_OP;
    this.releaseOp(op);
  }

  releaseOp(op: number): void {
    const refs = (this.opRefs[op] as number) - 1;
    this.opRefs[op] = refs;
    if (refs > 0) return;
    this.opFree[this.opFreeTop++] = op;
    const owner = this.opOwner[op] as number;
    if (owner !== NO_OWNER) this.releaseJob(owner);
  }

  /** Attempts alive now (the run's limit on memory). */
  liveJobs(): number {
    return this.jobHigh - this.jobFreeTop;
  }

  /** Slots in use (for tests: every finished subtree came back). */
  live(): { jobs: number; ops: number } {
    return { jobs: this.jobHigh - this.jobFreeTop, ops: this.opHigh - this.opFreeTop };
  }

  private growJobs(size: number): void {
    this.jobLayer = grownInt(this.jobLayer, size);
    this.jobOp = grownInt(this.jobOp, size);
    this.jobTrace = grownInt(this.jobTrace, size);
    this.jobAttempt = grownInt(this.jobAttempt, size);
    this.jobSentAt = grownInt(this.jobSentAt, size);
    this.jobDeadline = grownInt(this.jobDeadline, size);
    this.jobState = grownByte(this.jobState, size);
    this.jobAnswered = grownByte(this.jobAnswered, size);
    this.jobPending = grownInt(this.jobPending, size);
    this.jobRefs = grownInt(this.jobRefs, size);
    this.jobFree = grownInt(this.jobFree, size);
  }

  private growOps(size: number): void {
    this.opLayer = grownInt(this.opLayer, size);
    this.opOwner = grownInt(this.opOwner, size);
    this.opDeadline = grownFloat(this.opDeadline, size);
    this.opTrace = grownInt(this.opTrace, size);
    this.opStartedAt = grownInt(this.opStartedAt, size);
    this.opAttempts = grownInt(this.opAttempts, size);
    this.opDone = grownByte(this.opDone, size);
    this.opRefs = grownInt(this.opRefs, size);
    this.opFree = grownInt(this.opFree, size);
  }
}
