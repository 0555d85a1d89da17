// Deadline propagation (gRPC deadlines: "Deadlines" guide at grpc.io/docs/guides/deadlines, and
// Go's context.WithTimeout, which keeps the earlier of the parent's deadline and now + timeout).
//
// Model. Without propagation each hop only knows its own timeout: the callee keeps working after
// its caller gave up. With propagation the caller sends its deadline; a hop's attempt gets
// min(own timeout, time left of the caller's deadline), an attempt with nothing left is not sent,
// and the callee drops or cancels work whose deadline has passed.
// Invariant: a downstream deadline is never later than its caller's.

/** Absolute deadline of an attempt sent at `nowMs` with the hop's `timeoutMs`. */
export function attemptDeadline(nowMs: number, timeoutMs: number, callerDeadlineMs: number, propagate: boolean): number {
  const own = nowMs + timeoutMs;
  return propagate ? Math.min(own, callerDeadlineMs) : own;
}

/** What is left of a deadline at `nowMs` (0 once passed; Infinity for no deadline). */
export function remainingMs(deadlineMs: number, nowMs: number): number {
  return Math.max(0, deadlineMs - nowMs);
}

/** Whether an attempt may still be sent: with propagation, only while some of the caller's deadline is left. */
export function canSend(nowMs: number, callerDeadlineMs: number, propagate: boolean): boolean {
  return !propagate || callerDeadlineMs > nowMs;
}
