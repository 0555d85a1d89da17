import { describe, expect, it } from 'vitest';
import { createBackend, validateBackendScript, type BackendScript } from './backend.ts';

const script: BackendScript = {
  phases: [
    { fromMs: 0, kind: 'healthy', failureRate: 0, latency: { kind: 'lognormal', p50Ms: 50, p99Ms: 200 } },
    { fromMs: 10_000, kind: 'failing', failureRate: 100, latency: { kind: 'uniform', meanMs: 300, jitterMs: 100 } },
    { fromMs: 20_000, kind: 'recovering', failureRate: 0, latency: { kind: 'uniform', meanMs: 100, jitterMs: 0 }, rampMs: 10_000 },
  ],
};

describe('scripted backend', () => {
  it('follows the phases: healthy never fails, failing at 100 % always fails', () => {
    const b = createBackend(script, 1);
    for (let i = 0; i < 200; i++) expect(b.call(i, 5_000)).toBe(true);
    for (let i = 0; i < 200; i++) expect(b.call(i, 15_000)).toBe(false);
  });

  it('ramps a recovering phase in from the previous one', () => {
    const b = createBackend(script, 1);
    expect(b.healthAt(25_000)).toMatchObject({ kind: 'recovering', failureRate: 50, latency: { meanMs: 200, jitterMs: 50 } });
    expect(b.healthAt(30_000)).toMatchObject({ failureRate: 0, latency: { meanMs: 100 } });
  });

  it('hits the scripted failure rate and latency percentiles', () => {
    const b = createBackend({ phases: [{ fromMs: 0, kind: 'failing', failureRate: 30, latency: { kind: 'lognormal', p50Ms: 100, p99Ms: 1000 } }] }, 7);
    const n = 20_000;
    let failures = 0;
    const latencies: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!b.call(i, 0)) failures++;
      latencies.push(b.latencyMs);
    }
    latencies.sort((x, y) => x - y);
    expect(failures / n).toBeGreaterThan(0.28);
    expect(failures / n).toBeLessThan(0.32);
    expect(latencies[n / 2]).toBeGreaterThan(90);
    expect(latencies[n / 2]).toBeLessThan(110);
    expect(latencies[Math.floor(n * 0.99)]).toBeGreaterThan(850);
    expect(latencies[Math.floor(n * 0.99)]).toBeLessThan(1150);
  });

  it('gives call #i the same fate for the same seed, whatever else was called', () => {
    const a = createBackend(script, 99);
    const b = createBackend(script, 99);
    b.call(5, 1_000);
    b.call(6, 1_000);
    const okA = a.call(7, 12_000);
    const msA = a.latencyMs;
    expect(b.call(7, 12_000)).toBe(okA);
    expect(b.latencyMs).toBe(msA);
    const c = createBackend(script, 100);
    const other = Array.from({ length: 50 }, (_, i) => (c.call(i, 0), c.latencyMs));
    const same = Array.from({ length: 50 }, (_, i) => (a.call(i, 0), a.latencyMs));
    expect(other).not.toEqual(same);
  });

  it('validates the script', () => {
    expect(() => validateBackendScript({ phases: [] })).toThrow(RangeError);
    expect(() =>
      validateBackendScript({ phases: [{ fromMs: 0, kind: 'healthy', failureRate: 120, latency: { kind: 'uniform', meanMs: 1, jitterMs: 0 } }] }),
    ).toThrow(RangeError);
  });
});
