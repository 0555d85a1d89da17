import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptDeadline, canSend, remainingMs } from './deadline.ts';

describe('deadline propagation arithmetic', () => {
  it('A (1000 ms) → B (800 ms) → C (600 ms): B spent 300 ms of work and a failed 500 ms attempt, C gets what is left', () => {
    // The client calls A at 0 with a 1000 ms timeout: A's deadline is 1000.
    const a = attemptDeadline(0, 1000, Infinity, true);
    expect(a).toBe(1000);
    // A calls B at 100 (after 100 ms of its own work): B's own timeout 800 would end at 900, inside A's.
    const b = attemptDeadline(100, 800, a, true);
    expect(b).toBe(900);
    // B calls C at 250: own timeout 600 → 850, inside 900.
    expect(attemptDeadline(250, 600, b, true)).toBe(850);
    // The first attempt at C times out at 850; a retry at 850 gets only 50 ms, not another 600.
    expect(attemptDeadline(850, 600, b, true)).toBe(900);
    expect(remainingMs(b, 850)).toBe(50);
    // At 900 nothing is left: the retry is not sent at all.
    expect(canSend(900, b, true)).toBe(false);
  });

  it('without propagation each hop starts its own full timeout, outliving the caller', () => {
    expect(attemptDeadline(850, 600, 900, false)).toBe(1450);
    expect(canSend(2000, 900, false)).toBe(true);
  });

  it("property: with propagation a downstream deadline is never later than the caller's", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 60_000 }), fc.nat(200_000), (now, timeout, caller) => {
        const d = attemptDeadline(now, timeout, caller, true);
        expect(d).toBeLessThanOrEqual(caller);
        expect(d).toBeLessThanOrEqual(now + timeout);
      }),
    );
  });
});
