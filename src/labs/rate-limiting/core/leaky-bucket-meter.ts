// Leaky bucket as a meter.
// Model: a bucket of `capacity` leaks at `ratePerSec` units per second. Each request pours `cost`
// units in; if that would overflow, the request is rejected (nothing is poured). Nothing waits:
// the meter only says conform / not conform, like a policer.
// Invariants: 0 <= water <= capacity; over any interval t at most capacity + rate·t passes. It is the
// token bucket seen from the other side (water = capacity − tokens), so the two decide alike when
// the token bucket starts full.
// Source: the leaky bucket "as a meter" (ITU-T I.371's GCRA is its continuous-state form; Tanenbaum,
// Computer Networks §5.4), as opposed to the leaky bucket as a queue (leaky-bucket-queue.ts).
import { createDecision, EPSILON, setDecision, type Decision, type Limiter, type StateOf } from './limiter.ts';

export interface LeakyMeterConfig {
  readonly ratePerSec: number;
  readonly capacity: number;
}

export function createLeakyMeter(config: LeakyMeterConfig): Limiter<StateOf<'leaky-meter'>> {
  const { capacity } = config;
  const perMs = config.ratePerSec / 1000;
  const decision: Decision = createDecision();
  let water = 0;
  let lastMs = 0;

  return {
    algorithm: 'leaky-meter',
    decide(nowMs: number, cost = 1): Decision {
      if (nowMs > lastMs) {
        water = Math.max(0, water - (nowMs - lastMs) * perMs);
        lastMs = nowMs;
      }
      const wanted = water + cost;
      if (wanted <= capacity + EPSILON) {
        water = Math.min(capacity, wanted);
        return setDecision(decision, 'admit', 'meter-has-room', wanted, capacity);
      }
      return setDecision(decision, 'reject', cost > capacity ? 'cost-over-capacity' : 'meter-overflow', wanted, capacity);
    },
    level: () => water,
    snapshot: () => ({ algorithm: 'leaky-meter', water, lastMs }),
  };
}
