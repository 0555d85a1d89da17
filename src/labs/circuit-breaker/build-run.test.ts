import { describe, expect, it } from 'vitest';
import { presetParams } from './core/params.ts';
import { CIRCUIT_BREAKER_PRESET_IDS } from './core/presets.ts';
import { buildRun, fastForwardHour, mergeSends } from './build-run.ts';

describe('building the played run from the URL values', () => {
  it('merges hand-sent requests after arrivals at the same instant and remembers their ids', () => {
    const { arrivals, manual } = mergeSends([0, 100, 200], [100, 250, 900, 5_000], 1_000);
    expect(arrivals).toEqual([0, 100, 100, 200, 250, 900]);
    expect([...manual]).toEqual([2, 4, 5]);
  });

  it('gives the same trace for the same values', () => {
    const a = buildRun(presetParams('resilience4j-default'));
    const b = buildRun(presetParams('resilience4j-default'));
    expect(b.run.rows.length).toBe(a.run.rows.length);
    expect(b.run.transitions).toEqual(a.run.transitions);
  });

  it('every preset trips, probes and closes as played in the view', () => {
    for (const id of CIRCUIT_BREAKER_PRESET_IDS) {
      const built = buildRun(presetParams(id));
      const states = new Set(built.run.timeline.map((s) => s.state));
      expect([id, ...states].join(' ')).toContain('OPEN');
      expect(states.has('HALF_OPEN'), id).toBe(true);
      expect(built.run.totals.finalState, id).toBe('CLOSED');
      expect(built.playableMs).toBe(presetParams(id).durationMs);
    }
  });

  it('applies a force-open action and a sent request', () => {
    const values = { ...presetParams('resilience4j-default'), actions: [{ atMs: 5_000, target: 'FORCED_OPEN' as const }], sends: [5_500] };
    const built = buildRun(values);
    expect(built.run.transitions[0]).toMatchObject({ atMs: 5_000, to: 'FORCED_OPEN' });
    const sent = built.run.rows.find((r) => r.kind === 'call' && built.manualCalls.has(r.callId ?? -1));
    expect(sent).toMatchObject({ timeMs: 5_500, permitted: false, rejection: 'forced-open' });
  });

  it('fast-forwards an hour with the same scenario', () => {
    const totals = fastForwardHour(presetParams('sentinel-error-ratio'));
    expect(totals.arrivals).toBeGreaterThan(30_000);
    expect(Object.values(totals.timeInStateMs).reduce((a, b) => a + b, 0)).toBe(3_600_000);
  });
});
