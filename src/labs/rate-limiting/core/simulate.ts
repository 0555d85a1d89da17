// Builds the rows the player shows: one row per request, in arrival order, each carrying the decision
// and a copy of the engine's state AFTER it, so the view can seek and step back without re-running.
// Compare mode runs several limiters over the same arrivals. For long runs use fast-forward.ts.
import { createEventQueue } from '../../kernel/event-queue.ts';
import { costOf, createLimiter, rejectStatusOf } from './algorithms.ts';
import type { AlgorithmId, LimiterState, Outcome, ReasonCode } from './limiter.ts';
import type { ParamValues } from './param-schema.ts';

/** One limiter with its validated parameters (a "lane" in compare mode). */
export interface RunEntry {
  readonly algorithm: AlgorithmId;
  readonly params: ParamValues;
}

export interface RateLimitRow {
  /** Request number in the run, from 0. */
  readonly index: number;
  /** Arrival time. */
  readonly timeMs: number;
  readonly outcome: Outcome;
  readonly delayMs: number;
  /** When the request is served: arrival for admitted, arrival + delay for delayed, null if rejected. */
  readonly servedAtMs: number | null;
  /** 200, or the reject status (nginx: limit_req_status, 503 by default; the others 429). */
  readonly status: number;
  readonly reason: ReasonCode;
  readonly measured: number;
  readonly threshold: number;
  /** Units this request asked for (token-bucket cost, GCRA quantity, else 1). */
  readonly cost: number;
  /** The chart's level after the decision. */
  readonly level: number;
  /** Delayed requests accepted but not yet served at this row's time (this one included). */
  readonly waiting: number;
  readonly state: LimiterState;
}

export interface RunCounts {
  total: number;
  admitted: number;
  delayed: number;
  rejected: number;
  /** Sum and max of the delays of delayed requests, in ms. */
  totalDelayMs: number;
  maxDelayMs: number;
}

export interface RateLimitRun {
  readonly entry: RunEntry;
  readonly rows: readonly RateLimitRow[];
  readonly counts: RunCounts;
}

export function emptyCounts(): RunCounts {
  return { total: 0, admitted: 0, delayed: 0, rejected: 0, totalDelayMs: 0, maxDelayMs: 0 };
}

export function addToCounts(counts: RunCounts, outcome: Outcome, delayMs: number): void {
  counts.total++;
  if (outcome === 'admit') counts.admitted++;
  else if (outcome === 'reject') counts.rejected++;
  else {
    counts.delayed++;
    counts.totalDelayMs += delayMs;
    if (delayMs > counts.maxDelayMs) counts.maxDelayMs = delayMs;
  }
}

/** Runs one limiter over sorted arrival times and records every decision. */
export function simulate(entry: RunEntry, arrivals: readonly number[]): RateLimitRun {
  const limiter = createLimiter(entry.algorithm, entry.params);
  const cost = costOf(entry.algorithm, entry.params);
  const rejectStatus = rejectStatusOf(entry.algorithm, entry.params);
  const pendingServes = createEventQueue<number>();
  const rows: RateLimitRow[] = [];
  const counts = emptyCounts();

  arrivals.forEach((timeMs, index) => {
    const d = limiter.decide(timeMs, cost);
    addToCounts(counts, d.outcome, d.delayMs);
    pendingServes.popUntil(timeMs);
    if (d.outcome === 'delay') pendingServes.push(timeMs + d.delayMs, index);
    rows.push({
      index,
      timeMs,
      outcome: d.outcome,
      delayMs: d.delayMs,
      servedAtMs: d.outcome === 'reject' ? null : timeMs + d.delayMs,
      status: d.outcome === 'reject' ? rejectStatus : 200,
      reason: d.reason,
      measured: d.measured,
      threshold: d.threshold,
      cost,
      level: limiter.level(),
      waiting: pendingServes.size,
      state: limiter.snapshot(),
    });
  });
  return { entry, rows, counts };
}

/** Compare mode: the same arrivals through every entry (two to four lanes in the view). */
export function simulateCompare(entries: readonly RunEntry[], arrivals: readonly number[]): RateLimitRun[] {
  return entries.map((entry) => simulate(entry, arrivals));
}
