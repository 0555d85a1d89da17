// A virtual clock with scheduled events: simulated time only moves when the caller advances it,
// so a run never depends on wall-clock time. Events due at or before the target time fire in time
// order (ties in scheduling order) and the clock reads each event's own time while it fires.
import { createEventQueue } from './event-queue.ts';

export interface VirtualClock<T> {
  /** Current simulated time in ms. */
  now(): number;
  /** Schedules `event` at `atMs`; a time in the past fires on the next advance. */
  schedule(atMs: number, event: T): void;
  /** Number of events not yet fired. */
  readonly pending: number;
  /** Time of the next scheduled event (Infinity when none). */
  nextEventTime(): number;
  /**
   * Fires every event due at or before `toMs`, then sets the clock to `toMs`.
   * Handlers may schedule further events; those fire too if they fall within `toMs`.
   * Moving backwards is refused: the clock stays where it is.
   */
  advanceTo(toMs: number, onEvent: (event: T, atMs: number) => void): void;
}

export function createVirtualClock<T>(startMs = 0): VirtualClock<T> {
  const queue = createEventQueue<T>();
  let now = startMs;
  return {
    now: () => now,
    schedule(atMs, event) {
      queue.push(atMs, event);
    },
    get pending() {
      return queue.size;
    },
    nextEventTime: () => queue.peekTime(),
    advanceTo(toMs, onEvent) {
      if (toMs < now) return;
      while (queue.size > 0 && queue.peekTime() <= toMs) {
        const at = queue.peekTime();
        const event = queue.pop() as T;
        now = Math.max(now, at);
        onEvent(event, now);
      }
      now = toMs;
    },
  };
}
