import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackendParam, toBackendParam } from './backend-codec.ts';
import type { BackendPhase, BackendScript } from './backend.ts';
import { circuitBreakerPresets } from './presets.ts';

describe('backend URL codec', () => {
  it('writes a short readable form', () => {
    const script: BackendScript = {
      phases: [
        { fromMs: 0, kind: 'healthy', failureRate: 1, latency: { kind: 'lognormal', p50Ms: 40, p99Ms: 150 } },
        { fromMs: 70_000, kind: 'recovering', failureRate: 0, latency: { kind: 'uniform', meanMs: 300, jitterMs: 50 }, rampMs: 15_000 },
      ],
    };
    expect(toBackendParam(script)).toBe('h@0:1:40-150,r@70:0:300u50~15');
  });

  it('round-trips every preset backend', () => {
    for (const preset of Object.values(circuitBreakerPresets)) {
      expect(parseBackendParam(toBackendParam(preset.backend))).toEqual(preset.backend);
    }
  });

  it('round-trips generated scripts', () => {
    const phase = fc.record({
      gap: fc.integer({ min: 0, max: 100 }),
      kind: fc.constantFrom('healthy', 'failing', 'slow', 'recovering' as const),
      failureRate: fc.integer({ min: 0, max: 100 }),
      p50: fc.integer({ min: 1, max: 5000 }),
      extra: fc.integer({ min: 0, max: 5000 }),
      ramp: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(phase, { minLength: 1, maxLength: 6 }), (raw) => {
        let from = 0;
        const phases: BackendPhase[] = raw.map((p) => {
          from += p.gap;
          const base = {
            fromMs: from * 1000,
            kind: p.kind,
            failureRate: p.failureRate,
            latency: { kind: 'lognormal' as const, p50Ms: p.p50, p99Ms: p.p50 + p.extra },
          };
          return p.ramp > 0 ? { ...base, rampMs: p.ramp * 1000 } : base;
        });
        const script = { phases };
        expect(parseBackendParam(toBackendParam(script))).toEqual(script);
      }),
    );
  });

  it('rejects garbage and invalid scripts', () => {
    for (const bad of ['', 'nonsense', 'x@0:1:40-150', 'h@0:1:40', 'h@0:120:40-150', 'h@10:1:40-150,f@5:1:40-150', 'h@0:1:150-40']) {
      expect(parseBackendParam(bad)).toBeNull();
    }
  });
});
