import { describe, expect, it } from 'vitest';
import { describeDecision, formatMs, reasonLabels, reasonLabelsEn, reasonTemplates, reasonTemplatesEn } from './explain.ts';
import { algorithms } from './algorithms.ts';
import { predictAnswer } from './predict.ts';
import { presets } from './presets.ts';
import { simulate, type RunEntry } from './simulate.ts';

const explainAll = (entry: RunEntry, arrivals: number[]): string[] => simulate(entry, arrivals).rows.map((r) => describeDecision(r, entry, 'en'));

const CJK = /[\u3400-\u9fff]/;

describe('explain in English', () => {
  it('has an English label and template for every reason, without Chinese', () => {
    expect(Object.keys(reasonLabelsEn).sort()).toEqual(Object.keys(reasonLabels).sort());
    expect(Object.keys(reasonTemplatesEn).sort()).toEqual(Object.keys(reasonTemplates).sort());
    for (const text of [...Object.values(reasonLabelsEn), ...Object.values(reasonTemplatesEn)]) expect(text).not.toMatch(CJK);
  });

  it('formats seconds as s', () => {
    expect(formatMs(250, 'en')).toBe('250 ms');
    expect(formatMs(1500.5, 'en')).toBe('1.501 s');
  });

  it('nginx batch of 7: the excess arithmetic', () => {
    const s = explainAll({ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }, [0, 0, 0, 0, 0, 0, 0]);
    expect(s[0]).toBe('excess = 0: the first request for this key (a new node starts at excess 0), served at once.');
    expect(s[2]).toBe(
      'excess = 2 (the previous excess drained at rate, plus 1) ≤ burst 5, but over the delay threshold of 0 (neither nodelay nor delay= is set): delayed by (2 − 0) ÷ 1 r/s = 2 s.',
    );
    expect(s[6]).toBe('excess would become 6 > burst 5: nginx returns 503 and updates neither excess nor last.');
  });

  it('fixed window, token bucket and GCRA carry their numbers', () => {
    const fw = explainAll({ algorithm: 'fixed-window', params: { limit: 1, window: 1 } }, [0, 500]);
    expect(fw[1]).toBe(
      'Window [0 ms, 1 s) has admitted 1; this request would make 2 > limit 1, so it is rejected (429). The count resets when the window ends at 1 s.',
    );
    const tb = explainAll({ algorithm: 'token-bucket', params: { rate: 2, capacity: 1, initial: 1, cost: 1 } }, [0, 100]);
    expect(tb[1]).toBe('The bucket holds only 0.2 tokens < the cost of 1: rejected (429). At rate 2/s it takes another 400 ms to have enough.');
    const g = explainAll({ algorithm: 'gcra', params: { max_burst: 15, count: 30, period: 60, quantity: 1 } }, [0]);
    expect(g[0]).toBe(
      'After advancing TAT it is 2 s ahead of now, within the tolerance τ = (max_burst + 1) × T = 32 s: allowed; CL.THROTTLE replies [0, 16, 15, -1, 2].',
    );
  });

  it('predict mode answers in English', () => {
    const entry: RunEntry = { algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 1, delay: 0, nodelay: false } };
    const run = simulate(entry, [0, 0, 0]);
    expect(predictAnswer(run, 1, 'en')?.headline).toBe('Delayed 1 s');
    expect(predictAnswer(run, 2, 'en')?.headline).toBe('Rejected (503)');
  });

  it('presets and algorithms have their English text', () => {
    for (const p of presets) for (const text of [p.titleEn, p.explanationEn, p.configEn ?? p.config]) expect(text).not.toMatch(CJK);
    for (const a of algorithms) {
      for (const text of [a.nameEn, a.summaryEn, a.sourceEn, a.levelLabelEn]) expect(text).not.toMatch(CJK);
      for (const spec of a.params) expect(`${spec.labelEn} ${spec.helpEn}`).not.toMatch(CJK);
    }
  });
});
