import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { queueAt, traceBfs, visitedAt } from './bfs-trace.ts';
import { BFS_VARIANTS, formatLevels, levelIds } from './levels.ts';
import { parseTree } from './parse-tree.ts';
import { randomTree } from './random-tree.ts';

describe('traceBfs', () => {
  it('records the LeetCode example step by step', () => {
    const r = parseTree('[3,9,20,null,null,15,7]');
    if (!r.ok) throw new Error('parse');
    const t = traceBfs(r.tree);
    expect(t.steps.map((s) => s.kind)).toEqual([
      'start',
      'level-start',
      'dequeue',
      'enqueue',
      'enqueue',
      'level-end',
      'level-start',
      'dequeue',
      'dequeue',
      'enqueue',
      'enqueue',
      'level-end',
      'level-start',
      'dequeue',
      'dequeue',
      'level-end',
      'done',
    ]);
    const secondLevel = t.steps[6];
    if (!secondLevel) throw new Error('step');
    expect(queueAt(t, secondLevel)).toEqual([1, 2]);
    expect(visitedAt(t, secondLevel)).toEqual([0]);
    const last = t.steps.at(-1);
    expect(last?.kind === 'done' && last.lines).toEqual(['3', '9 20', '15 7']);
  });

  it('dequeues every node once, level by level, and prints the variant lines (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), fc.constantFrom(...BFS_VARIANTS), (seed, size, variant) => {
        const tree = randomTree(createRandom(seed), size);
        const t = traceBfs(tree, variant);
        const dequeued = t.steps.flatMap((s) => (s.kind === 'dequeue' ? [s.node] : []));
        expect(dequeued).toEqual(levelIds(tree).flat());
        expect(t.steps.flatMap((s) => (s.kind === 'level-end' ? [s.line] : []))).toEqual(formatLevels(tree, variant));
        let prev = { queueStart: 0, queueEnd: 0 };
        for (const s of t.steps) {
          expect(s.queueStart).toBeGreaterThanOrEqual(prev.queueStart);
          expect(s.queueEnd).toBeGreaterThanOrEqual(prev.queueEnd);
          if (s.kind === 'level-start') expect(s.queueEnd - s.queueStart).toBe(s.size);
          prev = s;
        }
      }),
    );
  });
});
