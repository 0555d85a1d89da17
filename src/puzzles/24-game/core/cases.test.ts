import { describe, expect, it } from 'vitest';
import { canReach } from './can-reach.ts';
import { game24Cases } from './cases.ts';
import { solve24 } from './reference.ts';

const all = [...game24Cases.visible, ...game24Cases.hidden];

describe('24-game cases', () => {
  it('expected answers match the exact decider', () => {
    for (const c of all) expect(canReach(c.args[0], c.args[1]), c.name).toBe(c.expected);
  });

  it('the reference solution passes every case through the judge', () => {
    for (const c of all) expect(game24Cases.judge(solve24([...c.args[0]], c.args[1]), c.expected, c.args)).toEqual({ pass: true });
  });

  it('the judge explains wrong answers and wrong types', () => {
    const c = game24Cases.visible[0];
    if (!c) throw new Error('no case');
    expect(game24Cases.judge(false, true, c.args)).toEqual({ pass: false, message: '期望 true，实际 false' });
    expect(game24Cases.judge(undefined, true, c.args)).toMatchObject({ pass: false, message: expect.stringContaining('return') });
    expect(game24Cases.judge(1n, true, c.args)).toMatchObject({ pass: false });
  });

  it('has distinct visible and hidden cases, and a starter that names the function', () => {
    const keys = all.map((c) => JSON.stringify(c.args));
    expect(new Set(keys).size).toBe(keys.length);
    expect(game24Cases.starter).toContain('function solve24(nums: number[], target: number): boolean');
  });
});
