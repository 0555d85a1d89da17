import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse-expression.ts';
import { formatRational } from './rational.ts';
import { type Trace24Step, trace24 } from './trace.ts';

const valuesOf = (s: Trace24Step): string[] => s.items.map((i) => i.value);

describe('trace24', () => {
  it('ends with the found expression for a solvable hand', () => {
    const t = trace24([8, 3, 8, 3], 24);
    expect(t.solvable).toBe(true);
    const last = t.steps.at(-1);
    expect(last?.kind).toBe('found');
    if (last?.kind !== 'found') return;
    const parsed = parseExpression(last.expression);
    expect(parsed.ok && formatRational(parsed.value)).toBe('24');
  });

  it('ends exhausted for an unsolvable hand, using memo hits', () => {
    const t = trace24([1, 1, 1, 1], 24, { maxSteps: 100_000 });
    expect(t.solvable).toBe(false);
    expect(t.steps.at(-1)?.kind).toBe('exhausted');
    expect(t.steps.some((s) => s.kind === 'memo-hit')).toBe(true);
  });

  it('each combine replaces two items by their result, and each backtrack restores the parent', () => {
    const t = trace24([4, 1, 8, 7], 24, { maxSteps: 100_000 });
    const stack: string[][] = [valuesOf(t.steps[0] as Trace24Step)];
    for (const s of t.steps.slice(1)) {
      if (s.kind === 'combine') {
        const before = stack.at(-1) ?? [];
        expect(s.items).toHaveLength(before.length - 1);
        expect(s.items.at(-1)).toEqual(s.result);
        const ids = s.items.map((i) => i.id);
        expect(ids).not.toContain(s.left.id);
        expect(ids).not.toContain(s.right.id);
        expect(stack).toHaveLength(s.depth);
        stack.push(valuesOf(s));
      } else if (s.kind === 'backtrack') {
        stack.pop();
        expect(valuesOf(s)).toEqual(stack.at(-1));
        expect(stack).toHaveLength(s.depth + 1);
      }
    }
  });

  it('records a skipped division by zero', () => {
    const t = trace24([0, 1, 2, 3], 24, { maxSteps: 50 });
    expect(t.steps.some((s) => s.kind === 'divide-by-zero')).toBe(true);
  });

  it('stops at maxSteps and says so', () => {
    const t = trace24([1, 1, 1, 1], 24, { maxSteps: 10 });
    expect(t.steps).toHaveLength(10);
    expect(t).toMatchObject({ truncated: true, solvable: 'unknown' });
  });
});
