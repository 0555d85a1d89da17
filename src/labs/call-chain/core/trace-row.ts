// The rows of the trace table: every decision of a sampled top-level request (and every global
// change) with the numbers that explain it. Codes only; the view turns them into sentences.
import type { BreakerState } from '../../circuit-breaker/core/breaker-types.ts';

export type RowKind =
  /** A top-level request arrives from the client. */
  | 'arrive'
  /** An attempt is sent to `layer` (n = its deadline in ms, n2 = the timeout it was given). */
  | 'send'
  /** It waits for a thread (n = queue length with it). */
  | 'queued'
  /** A thread takes it (n = ms it waited). */
  | 'start'
  /** Refused at once: the queue was full (load shedding). */
  | 'shed'
  /** Not sent: the breaker of this dependency is open (reason = the rejection). */
  | 'breaker-reject'
  /** Not sent: nothing is left of the caller's deadline. */
  | 'deadline-exceeded'
  /** The caller gave up on the attempt (n = ms waited). */
  | 'timeout'
  /** The callee dropped the work: its propagated deadline passed (reason: queued / running). */
  | 'cancelled'
  /** The service answered (reason: ok / fault-error / dependency-failed; n = ms it took). */
  | 'response'
  /** The service answered after its caller had given up: wasted work. */
  | 'orphan'
  /** The caller retries (n = backoff ms, n2 = tokens left when throttled). */
  | 'retry'
  /** The caller does not retry (reason: attempts / throttled / deadline / breaker-open / caller-gone). */
  | 'give-up'
  /** A top-level request ends (reason ok / failed; n = latency ms). */
  | 'done'
  | 'fault-start'
  | 'fault-end'
  /** A breaker changes state (from → to). */
  | 'breaker'
  /** The retry throttle crosses maxTokens / 2 (reason: stop / resume; n = tokens). */
  | 'throttle';

export interface TraceRow {
  readonly t: number;
  readonly kind: RowKind;
  /** Top-level request number, -1 for global rows. */
  readonly trace: number;
  /** The called service (edge into it), -1 for none. */
  readonly layer: number;
  readonly attempt: number;
  readonly n: number;
  readonly n2: number;
  readonly reason: string;
  readonly from?: BreakerState;
  readonly to?: BreakerState;
}
