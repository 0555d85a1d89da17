// Leaky bucket as a queue.
// Model: requests enter a bounded FIFO queue of `queueSize` places, and the bucket lets one request
// out every 1000 / ratePerSec ms. A request that finds the queue empty and the leak ready is served at
// once; otherwise it joins the queue and leaves at the next free slot (it waits, outcome 'delay');
// if `queueSize` requests are already waiting it is rejected. Every request takes one place: the
// queue holds requests, so `cost` is ignored.
// Invariants: served times are at least 1000 / rate ms apart (the output is perfectly smooth);
// at most `queueSize` requests wait at any time; a request never waits more than queueSize / rate s.
// This is what nginx limit_req does without `nodelay` (there burst plays the queue size), see the
// `notes-gateway-nginx` preset.
// Source: the leaky bucket "as a queue" (Tanenbaum, Computer Networks §5.4; Linux tc's shaping queues).
import { createEventQueue } from '../../kernel/event-queue.ts';
import { createDecision, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface LeakyQueueConfig {
  readonly ratePerSec: number;
  /** How many requests may wait (0: none wait, the bucket is a strict pacer). */
  readonly queueSize: number;
}

const SNAPSHOT_ENTRIES = 100;

export function createLeakyQueue(config: LeakyQueueConfig): Limiter<StateOf<'leaky-queue'>> {
  const intervalMs = 1000 / config.ratePerSec;
  const { queueSize } = config;
  const decision: Decision = createDecision();
  // Future "leaves the bucket" events; times only grow, so this is FIFO order too.
  const leaving = createEventQueue<number>();
  let lastLeaveMs = -Infinity;

  return {
    algorithm: 'leaky-queue',
    decide(nowMs: number): Decision {
      leaving.popUntil(nowMs);
      const waiting = leaving.size;
      const nextSlot = lastLeaveMs + intervalMs;
      if (waiting === 0 && nextSlot <= nowMs) {
        lastLeaveMs = nowMs;
        return setDecision(decision, 'admit', 'queue-idle', 0, queueSize);
      }
      if (waiting >= queueSize) return setDecision(decision, 'reject', 'queue-full', waiting, queueSize);
      const leaveMs = Math.max(nowMs, nextSlot);
      leaving.push(leaveMs, leaveMs);
      lastLeaveMs = leaveMs;
      return setDecision(decision, 'delay', 'queue-wait', waiting, queueSize, leaveMs - nowMs);
    },
    level: () => leaving.size,
    snapshot: () => ({
      algorithm: 'leaky-queue',
      waiting: leaving.size,
      leaveTimesMs: leaving
        .toArray()
        .slice(0, SNAPSHOT_ENTRIES)
        .map((e) => e.timeMs),
      lastLeaveMs: Number.isFinite(lastLeaveMs) ? lastLeaveMs : null,
    }),
  };
}
