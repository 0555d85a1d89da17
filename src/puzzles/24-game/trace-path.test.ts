import { describe, expect, it } from 'vitest';
import { trace24 } from './core/trace.ts';
import { explainStep } from './strings.ts';
import { tracePaths } from './trace-path.ts';

describe('tracePaths', () => {
  it('has one entry per step, as long as the step’s depth after combines and backtracks', () => {
    const t = trace24([4, 1, 8, 7], 24, { maxSteps: 100_000 });
    const paths = tracePaths(t.steps);
    expect(paths).toHaveLength(t.steps.length);
    t.steps.forEach((s, i) => {
      if (s.kind === 'combine' || s.kind === 'backtrack') expect(paths[i]).toHaveLength(s.depth);
    });
    const last = t.steps.at(-1);
    expect(last?.kind).toBe('found');
    expect(paths.at(-1)?.at(-1)?.result).toBe('24');
  });
});

describe('explainStep', () => {
  it('spells out a combine with the exact result', () => {
    const t = trace24([8, 3, 8, 3], 24);
    const combine = t.steps.find((s) => s.kind === 'combine' && s.op === '/');
    expect(combine && explainStep(combine, '24')).toMatch(/÷ .* = \d+\/\d+|÷ .* = \d+/);
    expect(explainStep(t.steps.at(-1)!, '24')).toContain('= 24');
  });

  it('says there is no solution at the end of an exhausted search', () => {
    const t = trace24([1, 1, 1, 1], 24, { maxSteps: 100_000 });
    expect(explainStep(t.steps.at(-1)!, '24')).toContain('无解');
  });
});
