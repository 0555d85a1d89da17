// Type-in recall (issue #9): the matcher's precision and recall on the hand-labelled corpus
// (target both ≥ 0.9; a unit test fails below 0.8), and how long one answer takes to match.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { corpus } from '../src/quiz/type-in/core/corpus.ts';
import { evaluate } from '../src/quiz/type-in/core/evaluate.ts';
import { parseGlossary } from '../src/quiz/type-in/core/glossary.ts';
import { matchKeyPoints } from '../src/quiz/type-in/core/match.ts';

const TARGET = 0.9;

export default function run() {
  const { glossary } = parseGlossary(readFileSync('content/glossary.md', 'utf8'));
  const { precision, recall, decisions, misses } = evaluate(corpus, glossary);
  const mark = (x: number) => (x >= TARGET ? 'ok' : `MISSES target ${TARGET}`);
  console.log(`corpus: ${corpus.length} answers, ${decisions} key-point decisions`);
  console.log(`precision ${precision.toFixed(3)} (${mark(precision)})`);
  console.log(`recall    ${recall.toFixed(3)} (${mark(recall)})`);
  for (const m of misses) console.log(`  disagrees: case ${m.case} point ${m.point}: expected ${m.expected ? 'hit' : 'miss'}, score ${m.score.toFixed(2)}`);
  const rounds = 20;
  const t = performance.now();
  for (let i = 0; i < rounds; i++) for (const c of corpus) matchKeyPoints(c.typed, c.points, glossary);
  console.log(`match one answer: ${((performance.now() - t) / (rounds * corpus.length)).toFixed(3)} ms`);
}
