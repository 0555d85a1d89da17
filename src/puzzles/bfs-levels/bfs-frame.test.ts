import { describe, expect, it } from 'vitest';
import { buildFrames, nodeState } from './bfs-frame.ts';
import { traceBfs } from './core/bfs-trace.ts';
import { parseTree } from './core/parse-tree.ts';

describe('BFS frames', () => {
  const r = parseTree('[3,9,20,null,null,15,7]');
  if (!r.ok) throw new Error('parse');
  const trace = traceBfs(r.tree);
  const frames = buildFrames(r.tree, trace);

  it('counts printed lines per step', () => {
    expect(frames.lines).toEqual(['3', '9 20', '15 7']);
    expect(frames.printedAt[0]).toBe(0);
    expect(frames.printedAt[trace.steps.length - 1]).toBe(3);
  });

  it('colours nodes by their place in the queue', () => {
    const states = (i: number) => r.tree.nodes.map((n) => nodeState(frames, trace.steps[i] ?? trace.steps[0]!, n.id));
    // step 6: second level starts, queue = [9, 20], root dequeued
    expect(states(6)).toEqual(['visited', 'queued', 'queued', 'idle', 'idle']);
    // step 9: 20 dequeued and its left child 15 enqueued: 20 and 15 are current
    expect(trace.steps[9]).toMatchObject({ kind: 'enqueue', node: 3, parent: 2 });
    expect(states(9)).toEqual(['visited', 'visited', 'current', 'current', 'idle']);
    expect(states(trace.steps.length - 1)).toEqual(['visited', 'visited', 'visited', 'visited', 'visited']);
  });
});
