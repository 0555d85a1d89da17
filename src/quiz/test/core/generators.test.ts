// Generated questions: their answers equal what the engines compute, checked here against
// independent worked examples and formulas; every item is well formed; a test is reproducible.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { breakerStateAfter } from './breaker-questions.ts';
import { buildTest, GENERATORS } from './generators.ts';
import { ipHashSame, swrrPicks } from './load-balancing-questions.ts';
import { game24, stairs } from './puzzle-questions.ts';
import { nginxBatch, nginxDelay, nginxRejects } from './rate-limit-questions.ts';
import { canReach } from '../../../puzzles/24-game/core/can-reach.ts';

const accepted = (item: { zh: unknown }) => (item.zh as { accepted: string[] }).accepted;

describe('generators', () => {
  it('make well-formed items in both languages for many seeds', () => {
    for (const g of GENERATORS) {
      for (let seed = 1; seed <= 60; seed++) {
        const q = g.generate(createRandom(seed), seed);
        expect(q.item.zh?.prompt, g.id).toBeTruthy();
        expect(q.item.en?.prompt, g.id).toBeTruthy();
        expect(q.link).toMatch(/^(lab|puzzle):[a-z0-9-]+(\?.*)?$/);
        if (q.item.kind === 'fill') expect(q.item.zh?.accepted.length).toBeGreaterThan(0);
        if (q.item.kind === 'single') {
          expect(new Set(q.item.zh?.options).size, `${g.id} ${seed}`).toBe(q.item.zh?.options.length);
          expect(new Set(q.item.en?.options).size).toBe(q.item.en?.options.length);
        }
      }
    }
  });

  it('nginx: n requests at once: 1 + burst pass, the rest get 503; the k-th waits (k − 1) × 1000 / rate ms', () => {
    expect(nginxBatch({ rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false }, 7)).toEqual({
      rejected: 1,
      delaysMs: [0, 1000, 2000, 3000, 4000, 5000, 0],
    });
    expect(nginxBatch({ rate: 10, unit: 'r/s', burst: 0, delay: 0, nodelay: false }, 3).rejected).toBe(2);
    for (let seed = 1; seed <= 80; seed++) {
      const q = nginxRejects.generate(createRandom(seed), seed);
      const burst = /burst=(\d+)/.exec(q.item.zh!.prompt)?.[1] ?? '0';
      const count = / (\d+) 个请求/.exec(q.item.zh!.prompt)?.[1] ?? '0';
      expect(accepted(q.item)).toContain(String(Number(count) - 1 - Number(burst)));
      const d = nginxDelay.generate(createRandom(seed), seed);
      const [, rate = '1', k = '1'] = /rate=(\d+)r\/s(?:.|\n)*?第 (\d+) 个/.exec(d.item.zh!.prompt) ?? [];
      expect(accepted(d.item)).toContain(String(((Number(k) - 1) * 1000) / Number(rate)));
    }
  });

  it('smooth weighted round robin: the sequence nginx produces for 5, 1, 1', () => {
    expect(swrrPicks([5, 1, 1], 7)).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
    expect(swrrPicks([1, 1], 4)).toEqual(['a', 'b', 'a', 'b']);
  });

  it('ip_hash: one /24 is always one server', () => {
    for (let seed = 1; seed <= 80; seed++) {
      const q = ipHashSame.generate(createRandom(seed), seed);
      const [a, b] = q.item.en!.prompt.match(/\d+\.\d+\.\d+\.\d+/g) ?? [];
      const same24 = a!.split('.').slice(0, 3).join() === b!.split('.').slice(0, 3).join();
      expect(q.item.kind === 'true-false' && q.item.answer).toBe(same24);
    }
  });

  it('circuit breaker: opens only with the minimum reached and the rate at the threshold', () => {
    expect(breakerStateAfter(5, 5, 50, [false, false, false, false])).toBe('CLOSED');
    expect(breakerStateAfter(5, 5, 50, [false, false, true, true, false])).toBe('OPEN');
    expect(breakerStateAfter(5, 5, 50, [false, true, true, true, false])).toBe('CLOSED');
    expect(breakerStateAfter(10, 10, 50, [...Array(5).fill(true), ...Array(5).fill(false)])).toBe('OPEN');
  });

  it("puzzles: the answers are the solvers' own", () => {
    expect(canReach([1, 1, 1, 1], 24)).toBe(false);
    expect(canReach([3, 3, 8, 8], 24)).toBe(true);
    for (let seed = 1; seed <= 30; seed++) {
      const g = game24.generate(createRandom(seed), seed);
      const hand = g.link.split('nums=')[1]!.split(',').map(Number);
      expect(g.item.kind === 'true-false' && g.item.answer).toBe(canReach(hand, 24));
    }
    const s = stairs.generate(createRandom(3), 0);
    const [, n, steps] = /n=(\d+)&steps=([\d,]+)/.exec(s.link) ?? [];
    const ways = [1];
    for (let i = 1; i <= Number(n); i++)
      ways[i] = steps!
        .split(',')
        .map(Number)
        .reduce((sum, st) => sum + (i >= st ? ways[i - st]! : 0), 0);
    expect(accepted(s.item)).toEqual([String(ways[Number(n)])]);
  });
});

describe('a test', () => {
  const authored = Array.from({ length: 30 }, (_, i) => ({
    cardId: `c${i}`,
    deckId: i < 20 ? 'rate-limiting-circuit-breaking' : 'docker',
    item: { id: `c${i}#1`, kind: 'true-false' as const, line: 1, answer: true, zh: { prompt: `q${i}`, explanation: '' }, en: null },
  }));
  const spec = { seed: 7, length: 20, deckIds: ['rate-limiting-circuit-breaking'], generatedShare: 0.5 };

  it('has the asked length, mixes authored and generated items of the chosen decks, and is the same for the same seed', () => {
    const a = buildTest(spec, authored);
    expect(a).toHaveLength(20);
    expect(a.filter((q) => q.link === null)).toHaveLength(10);
    expect(a.every((q) => q.link !== null || Number(q.cardId.slice(1)) < 20)).toBe(true);
    expect(buildTest(spec, authored).map((q) => q.item.id)).toEqual(a.map((q) => q.item.id));
    expect(buildTest({ ...spec, seed: 8 }, authored).map((q) => q.item.id)).not.toEqual(a.map((q) => q.item.id));
    expect(new Set(a.map((q) => q.item.id)).size).toBe(20);
  });

  it('decks without generators get only authored items', () => {
    const t = buildTest({ ...spec, deckIds: ['docker'], length: 10 }, authored);
    expect(t.every((q) => q.link === null)).toBe(true);
    expect(t).toHaveLength(10);
  });
});
