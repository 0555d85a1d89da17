import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { stairsCases } from './cases.ts';
import { climbStairs } from './reference.ts';
import referenceSource from './reference.ts?raw';

function compile(userSource: string): (args: unknown) => unknown {
  const body = `${stairsCases.prelude}\n${userSource}\nreturn { fn: ${stairsCases.functionName}, invoke: ${stairsCases.invoke} };`;
  const js = transform(body, { transforms: ['typescript'] }).code;
  const { fn, invoke } = new Function(js)() as { fn: unknown; invoke: (fn: unknown, args: unknown) => unknown };
  return (args) => invoke(fn, args);
}

const all = [...stairsCases.visible, ...stairsCases.hidden];

describe('climbing-stairs cases', () => {
  it('uses the Fibonacci values, ending at ways(45) = 1,836,311,903', () => {
    expect(all.map((c) => [c.args[0], c.expected]).filter(([n]) => n === 3 || n === 45)).toEqual([
      [3, 3],
      [45, 1_836_311_903],
    ]);
    for (const c of all) expect(climbStairs(c.args[0])).toBe(c.expected);
  });

  it('the reference source passes every case through invoke and judge', () => {
    const run = compile(referenceSource.replace(/^export /gm, ''));
    for (const c of all) expect(stairsCases.judge(run(c.args), c.expected, c.args)).toEqual({ pass: true });
  });

  it('the judge explains', () => {
    expect(stairsCases.judge(8, 89, [10])).toEqual({ pass: false, message: '期望 89，实际 8' });
    expect(stairsCases.judge(undefined, 89, [10])).toMatchObject({ pass: false });
    expect(stairsCases.judge('89', 89, [10])).toMatchObject({ pass: false });
    expect(stairsCases.judge(89n, 89, [10])).toEqual({ pass: true });
  });
});
