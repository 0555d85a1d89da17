import { describe, expect, it } from 'vitest';
import { callPath } from './call-path.ts';

describe('the docker run call path', () => {
  it('goes CLI → dockerd → containerd → shim → runc → the process, whose parent is the shim', () => {
    const steps = callPath(true);
    expect(steps.map((s) => s.to).slice(0, 8)).toEqual(['dockerd', 'dockerd', 'dockerd', 'containerd', 'shim', 'runc', 'runc', 'process']);
    const running = steps.find((s) => s.id === 'running');
    const shim = running?.tree.findIndex((l) => l.includes('containerd-shim-runc-v2')) ?? -1;
    expect(running?.tree[shim + 1]).toMatch(/^ {4}node server\.js/);
    // runc has exited by then.
    expect(running?.tree.some((l) => l.includes('runc ') && !l.includes('shim'))).toBe(false);
  });

  it('keeps the container through a dockerd restart only with live-restore', () => {
    const down = (live: boolean) => callPath(live).find((s) => s.id === 'dockerd-down');
    expect(down(true)?.containerUp).toBe(true);
    expect(down(true)?.tree.some((l) => l.includes('dockerd'))).toBe(false);
    expect(down(false)?.containerUp).toBe(false);
  });
});
