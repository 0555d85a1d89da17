// A quiz must not give its answer away: in single-choice items the right option may not stand out
// by length (test-takers learn to "pick the longest"). Length is display width: a CJK character
// counts 2, anything else 1. Each language's text of an item is counted on its own.
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../src/app/known-ids.ts';
import { loadDeckFolder } from '../../src/decks/load-decks.ts';

const MAX_LONGEST_SHARE = 0.35;
const MAX_RATIO = 1.4;

const width = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

const { decks } = loadDeckFolder('content/decks', knownIds, 'content/decks');
const texts = decks
  .flatMap((d) => d.deck.cards)
  .flatMap((c) => c.quiz)
  .flatMap((item) => {
    if (item.kind !== 'single') return [];
    const right = item.correct[0] ?? -1;
    return (['zh', 'en'] as const).flatMap((lang) => {
      const t = item[lang];
      if (!t) return [];
      const rightWidth = width(t.options[right] ?? '');
      const longestWrong = Math.max(...t.options.filter((_, i) => i !== right).map(width));
      return [{ id: `${item.id}/${lang}`, ratio: rightWidth / longestWrong }];
    });
  });

describe('single-choice options do not give the answer away by length', () => {
  it(`the right answer is the longest option in at most ${MAX_LONGEST_SHARE * 100} % of texts`, () => {
    const longest = texts.filter((t) => t.ratio > 1);
    expect(texts.length).toBeGreaterThan(400);
    expect(longest.length / texts.length).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
  });

  it(`no right answer is more than ${MAX_RATIO}× the longest wrong option`, () => {
    expect(texts.filter((t) => t.ratio > MAX_RATIO).map((t) => `${t.id} ${t.ratio.toFixed(2)}`)).toEqual([]);
  });
});
