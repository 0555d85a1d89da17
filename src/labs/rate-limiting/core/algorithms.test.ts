import { describe, expect, it } from 'vitest';
import { algorithmIds, algorithms, costOf, createLimiter, defaultParams, isAlgorithmId, levelMax } from './algorithms.ts';
import { parseParamValue } from './param-schema.ts';

describe('algorithm catalogue', () => {
  it('lists every engine once with Chinese and English names and real config keys', () => {
    expect(algorithmIds).toEqual(['fixed-window', 'sliding-log', 'sliding-counter', 'token-bucket', 'leaky-meter', 'leaky-queue', 'nginx', 'gcra']);
    for (const a of algorithms) {
      expect(a.name).toMatch(/[\u4e00-\u9fff]|nginx|GCRA/);
      expect(a.nameEn.length).toBeGreaterThan(0);
      expect(new Set(a.params.map((p) => p.name)).size).toBe(a.params.length);
    }
    expect(algorithms.find((a) => a.id === 'nginx')?.params.map((p) => p.name)).toEqual(['rate', 'unit', 'burst', 'delay', 'nodelay', 'status']);
    expect(algorithms.find((a) => a.id === 'gcra')?.params.map((p) => p.name)).toEqual(['max_burst', 'count', 'period', 'quantity']);
    expect(isAlgorithmId('nginx')).toBe(true);
    expect(isAlgorithmId('nope')).toBe(false);
  });

  it('defaults are valid against their own schema, and every algorithm builds from them', () => {
    for (const a of algorithms) {
      for (const spec of a.params) expect(parseParamValue(spec, String(spec.default === true ? 1 : spec.default === false ? 0 : spec.default)).ok).toBe(true);
      const limiter = createLimiter(a.id, defaultParams(a.id));
      expect(limiter.algorithm).toBe(a.id);
      expect(['admit', 'delay', 'reject']).toContain(limiter.decide(0, costOf(a.id, defaultParams(a.id))).outcome);
      expect(levelMax(a.id, defaultParams(a.id))).toBeGreaterThan(0);
    }
  });

  it('maps config keys onto the engines (nginx burst, window in seconds, token cost)', () => {
    const nginx = createLimiter('nginx', { rate: 1, unit: 'r/s', burst: 2, delay: 0, nodelay: true });
    expect([0, 0, 0, 0].map((t) => nginx.decide(t).outcome)).toEqual(['admit', 'admit', 'admit', 'reject']);
    const fw = createLimiter('fixed-window', { limit: 1, window: 2 });
    expect([0, 1999, 2000].map((t) => fw.decide(t).outcome)).toEqual(['admit', 'reject', 'admit']);
    expect(costOf('token-bucket', { cost: 3 })).toBe(3);
    expect(costOf('gcra', { quantity: 0 })).toBe(0);
    expect(costOf('nginx', {})).toBe(1);
  });
});

describe('parameter validation', () => {
  const rate = algorithms.find((a) => a.id === 'nginx')?.params.find((p) => p.name === 'rate');
  it('gives Chinese messages for 0, negatives, NaN, huge and garbage', () => {
    if (!rate) throw new Error('no rate');
    for (const bad of ['0', '-3', 'NaN', '1e12', 'abc', '', '2.5']) {
      expect(parseParamValue(rate, bad)).toEqual({ ok: false, message: 'rate 必须是 1–100000 之间的整数' });
    }
    expect(parseParamValue(rate, ' 10 ')).toEqual({ ok: true, value: 10 });
  });
});
