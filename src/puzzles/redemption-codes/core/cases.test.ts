import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { codesCases } from './cases.ts';
import { checkChar } from './check-char.ts';
import { isValidCode, checkChar as referenceCheckChar } from './reference.ts';
import referenceSource from './reference.ts?raw';

function compile(userSource: string): (args: unknown) => unknown {
  const body = `${codesCases.prelude}\n${userSource}\nreturn { fn: ${codesCases.functionName}, invoke: ${codesCases.invoke} };`;
  const js = transform(body, { transforms: ['typescript'] }).code;
  const { fn, invoke } = new Function(js)() as { fn: unknown; invoke: (fn: unknown, args: unknown) => unknown };
  return (args) => invoke(fn, args);
}

const all = [...codesCases.visible, ...codesCases.hidden];

describe('redemption-code cases', () => {
  it('expected values come from the core and match the hand-checked ones', () => {
    for (const c of all) expect(checkChar(c.args[0])).toBe(c.expected);
    expect(all.find((c) => c.args[0] === 'A')?.expected).toBe('J');
    const abcd = all.find((c) => c.args[0] === 'ABCD')?.expected;
    expect(all.find((c) => c.args[0] === 'ABDC')?.expected).not.toBe(abcd);
  });

  it('the reference source passes every case through invoke and judge', () => {
    const run = compile(referenceSource.replace(/^export /gm, ''));
    for (const c of all) expect(codesCases.judge(run(c.args), c.expected, c.args), c.name).toEqual({ pass: true });
    for (const c of all) expect(isValidCode(c.args[0] + referenceCheckChar(c.args[0]))).toBe(true);
  });

  it('the judge explains', () => {
    expect(codesCases.judge('K', 'J', ['A'])).toEqual({ pass: false, message: '期望 "J"，实际 "K"' });
    expect(codesCases.judge('JJ', 'J', ['A'])).toMatchObject({ pass: false });
    expect(codesCases.judge(8, 'J', ['A'])).toMatchObject({ pass: false });
  });
});
