import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { topIpsCases } from './cases.ts';
import { createIpCounter } from './ip-counter.ts';
import { topIps } from './reference.ts';
import referenceSource from './reference.ts?raw';

function compile(userSource: string): (args: unknown) => unknown {
  const body = `${topIpsCases.prelude}\n${userSource}\nreturn { fn: ${topIpsCases.functionName}, invoke: ${topIpsCases.invoke} };`;
  const js = transform(body, { transforms: ['typescript'] }).code;
  const { fn, invoke } = new Function(js)() as { fn: unknown; invoke: (fn: unknown, args: unknown) => unknown };
  return (args) => invoke(fn, args);
}

const all = [...topIpsCases.visible, ...topIpsCases.hidden];

describe('top-ips cases', () => {
  it('expected answers match the streaming counter and the reference', () => {
    for (const c of all) {
      const counter = createIpCounter();
      counter.push(c.args[0].join('\n'));
      counter.end();
      expect(counter.top(c.args[1]), c.name).toEqual(c.expected);
      expect(topIps(c.args[0], c.args[1]), c.name).toEqual(c.expected);
    }
  });

  it('the reference source passes every case through invoke and judge', () => {
    const run = compile(referenceSource.replace(/^export /gm, ''));
    for (const c of all) expect(topIpsCases.judge(run(c.args), c.expected, c.args), c.name).toEqual({ pass: true });
  });

  it('the judge checks order, ties and shape', () => {
    const expected: [string, number][] = [
      ['10.0.0.2', 2],
      ['9.9.9.9', 2],
    ];
    const args = [[], 2] as const;
    const a: readonly [string[], number] = [[...args[0]], args[1]];
    expect(
      topIpsCases.judge(
        [
          ['9.9.9.9', 2],
          ['10.0.0.2', 2],
        ],
        expected,
        a,
      ),
    ).toMatchObject({ pass: false, message: expect.stringContaining('第 1 项') });
    expect(topIpsCases.judge([['10.0.0.2', 2]], expected, a)).toMatchObject({ pass: false, message: expect.stringContaining('缺失') });
    expect(topIpsCases.judge([...expected, ['1.1.1.1', 1]], expected, a)).toMatchObject({ pass: false, message: expect.stringContaining('多返回') });
    expect(topIpsCases.judge({}, expected, a)).toMatchObject({ pass: false });
    expect(topIpsCases.judge(expected, expected, a)).toEqual({ pass: true });
  });
});
