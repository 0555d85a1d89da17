// Precision and recall of the matcher over the labelled corpus, one decision per key point:
// precision = hits the matcher gave that the grader agrees with / all hits it gave;
// recall = hits the grader expects that the matcher found / all expected hits.
import type { CorpusCase } from './corpus.ts';
import type { Glossary } from './glossary.ts';
import { matchKeyPoints } from './match.ts';

export interface Evaluation {
  readonly precision: number;
  readonly recall: number;
  readonly decisions: number;
  /** Cases where the matcher disagrees with the grader, to read when tuning. */
  readonly misses: readonly { readonly case: number; readonly point: number; readonly expected: boolean; readonly score: number }[];
}

export function evaluate(corpus: readonly CorpusCase[], glossary: Glossary): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let decisions = 0;
  const misses: Evaluation['misses'][number][] = [];
  corpus.forEach((c, i) => {
    const result = matchKeyPoints(c.typed, c.points, glossary);
    for (const p of result.points) {
      const expected = c.hits.includes(p.index);
      decisions++;
      if (p.hit && expected) tp++;
      else if (p.hit) fp++;
      else if (expected) fn++;
      if (p.hit !== expected) misses.push({ case: i, point: p.index, expected, score: p.score });
    }
  });
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), decisions, misses };
}
