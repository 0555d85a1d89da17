import { describe, expect, it } from 'vitest';
import { findLab } from '../../catalogue.ts';
import { poissonArrivals, steadyArrivals } from './arrivals-for-tests.ts';
import { HYSTRIX_DEFAULTS } from './hystrix.ts';
import { CIRCUIT_BREAKER_PRESET_IDS, circuitBreakerPresets } from './presets.ts';
import { RESILIENCE4J_DEFAULTS } from './resilience4j-config.ts';
import { simulateBreaker } from './simulate.ts';

describe('circuit-breaker presets', () => {
  it('has exactly the presets the catalogue lists', () => {
    expect([...CIRCUIT_BREAKER_PRESET_IDS].sort()).toEqual([...(findLab('circuit-breaker')?.presets ?? [])].sort());
    for (const id of CIRCUIT_BREAKER_PRESET_IDS) expect(circuitBreakerPresets[id].id).toBe(id);
  });

  it('gives every preset a Chinese title and explanation', () => {
    for (const p of Object.values(circuitBreakerPresets)) {
      expect(p.title).toMatch(/[\u4e00-\u9fff]/);
      expect(p.explanation).toMatch(/[\u4e00-\u9fff]/);
      expect(p.explanation.length).toBeGreaterThan(80);
    }
  });

  it('carries the real defaults where it says so', () => {
    expect(circuitBreakerPresets['resilience4j-default'].breaker).toEqual({ model: 'resilience4j', config: RESILIENCE4J_DEFAULTS });
    expect(circuitBreakerPresets['hystrix-default'].breaker).toEqual({ model: 'hystrix', config: HYSTRIX_DEFAULTS });
    const sentinel = circuitBreakerPresets['sentinel-error-ratio'].breaker;
    expect(sentinel.model === 'sentinel' && sentinel.rule).toMatchObject({ minRequestAmount: 5, statIntervalMs: 1000 });
  });

  // Whatever the traffic generator draws, each run should show the trip, fast rejection, a probe
  // and the final close within its duration.
  for (const p of Object.values(circuitBreakerPresets)) {
    it(`${p.id}: trips, rejects, probes and closes within ${p.durationMs / 1000} s`, () => {
      const traffics = [
        steadyArrivals(p.traffic.ratePerSec, p.durationMs),
        ...[p.seed, 1, 2].map((seed) => poissonArrivals(p.traffic.ratePerSec, p.durationMs, seed)),
      ];
      for (const arrivals of traffics) {
        const run = simulateBreaker({ breaker: p.breaker, backend: p.backend, arrivals, seed: p.seed, durationMs: p.durationMs }, { includeWindow: false });
        const path = run.transitions.map((t) => t.to);
        expect(path[0]).toBe('OPEN');
        expect(path).toContain('HALF_OPEN');
        expect(run.totals.rejectedByReason.open).toBeGreaterThan(10);
        expect(run.totals.finalState).toBe('CLOSED');
        expect(run.rows.length).toBeLessThan(20_000);
      }
    });
  }

  it('notes-sliding-window: 300 healthy calls per 10 s never trip the breaker; failures do', () => {
    const p = circuitBreakerPresets['notes-sliding-window'];
    const arrivals = poissonArrivals(p.traffic.ratePerSec, p.durationMs, p.seed);
    const run = simulateBreaker({ breaker: p.breaker, backend: p.backend, arrivals, seed: p.seed, durationMs: p.durationMs }, { includeWindow: false });
    const healthy = run.rows.filter((r) => r.timeMs < 40_000);
    expect(healthy.filter((r) => r.kind === 'call').length).toBeGreaterThan(1_000);
    expect(healthy.every((r) => r.stateAfter === 'CLOSED' && r.outcome !== 'rejected')).toBe(true);
    expect(run.transitions[0]?.atMs).toBeGreaterThan(40_000);
  });
});
