import { describe, expect, it } from 'vitest';
import { traceMemoTree } from './core/memo.ts';
import { layoutTree, nodeTimes, stackOf } from './tree-layout.ts';

describe('layoutTree', () => {
  it('gives leaves distinct columns left to right and centres parents over their children', () => {
    const t = traceMemoTree(4, [1, 2], { memo: false });
    const { placed, columns, rows } = layoutTree(t.nodes);
    const leaves = t.nodes.filter((n) => !t.nodes.some((c) => c.parent === n.id));
    expect(columns).toBe(leaves.length);
    expect(leaves.map((l) => placed[l.id]?.x)).toEqual(leaves.map((_, i) => i));
    for (const n of t.nodes) {
      const kids = t.nodes.filter((c) => c.parent === n.id);
      if (kids.length === 0) continue;
      const xs = kids.map((k) => placed[k.id]?.x ?? NaN);
      expect(placed[n.id]?.x).toBe((Math.min(...xs) + Math.max(...xs)) / 2);
    }
    expect(rows).toBe(Math.max(...t.nodes.map((n) => n.depth)) + 1);
  });

  it('draws a single call as one node', () => {
    const t = traceMemoTree(0, [1, 2]);
    expect(layoutTree(t.nodes)).toEqual({ placed: [{ id: 0, x: 0, y: 0 }], columns: 1, rows: 1 });
  });
});

describe('nodeTimes and stackOf', () => {
  it('a computed node appears at its call and settles at its return; a memo hit at once', () => {
    const t = traceMemoTree(5, [1, 2]);
    const { appear, settle } = nodeTimes(t.nodes.length, t.events);
    expect(appear[0]).toBe(0);
    expect(settle[0]).toBe(t.events.length - 1);
    const hit = t.nodes.find((n) => n.kind === 'memo-hit');
    expect(hit && appear[hit.id]).toBe(hit && settle[hit.id]);
    for (let i = 0; i < t.nodes.length; i++) expect(appear[i]).toBeLessThanOrEqual(settle[i] ?? -1);
  });

  it('the stack is the chain of callers', () => {
    const t = traceMemoTree(3, [1, 2]);
    const deepest = t.nodes.reduce((a, b) => (b.depth > a.depth ? b : a));
    expect(stackOf(t.nodes, deepest.id).size).toBe(deepest.depth + 1);
    expect(stackOf(t.nodes, null).size).toBe(0);
  });
});
