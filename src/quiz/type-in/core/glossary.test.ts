import { describe, expect, it } from 'vitest';
import { parseGlossary, termKey } from './glossary.ts';

describe('parseGlossary', () => {
  it('reads groups from bullet lines and ignores the rest', () => {
    const { glossary, problems } = parseGlossary('# Title\ntext\n- 令牌桶 | token bucket\n\n## Section\n- 熔断 | circuit breaker | breaker\n');
    expect(problems).toEqual([]);
    expect(glossary.groups.map((g) => [g.line, g.terms])).toEqual([
      [3, ['令牌桶', 'token bucket']],
      [6, ['熔断', 'circuit breaker', 'breaker']],
    ]);
    // Longest terms first, so `circuit breaker` wins over `breaker`.
    const order = glossary.terms.map((t) => t.units.map((u) => u.text).join(' '));
    expect(order.indexOf('circuit breaker')).toBeLessThan(order.indexOf('breaker'));
  });

  it('reports a group of one and duplicate terms, by line', () => {
    const { problems } = parseGlossary('- 限流\n- 令牌桶 | token bucket\n- Token-Buckets | 桶\n');
    expect(problems).toEqual(['1: a group needs at least two terms', '3: "Token-Buckets" is already listed on line 2']);
  });

  it('compares terms folded', () => {
    expect(termKey('Token-Buckets')).toBe(termKey('token bucket'));
    expect(termKey('ＬＢ')).toBe('lb');
  });
});
