import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../labs/kernel/random.ts';
import { BFS_PRELUDE, bfsCases } from './cases.ts';
import { levelOrder } from './levels.ts';
import { randomTree } from './random-tree.ts';
import referenceSource from './reference.ts?raw';
import { fromLevelArray, toLevelArray } from './tree.ts';
import { buildTree } from './tree-node.ts';

// What the runner will do: prelude + user code, type-stripped, then `invoke(fn, args)`.
function compile(userSource: string): (args: unknown) => unknown {
  const body = `${bfsCases.prelude}\n${userSource}\nreturn { fn: ${bfsCases.functionName}, invoke: ${bfsCases.invoke}, build: __buildTree };`;
  const js = transform(body, { transforms: ['typescript'] }).code;
  const { fn, invoke } = new Function(js)() as { fn: unknown; invoke: (fn: unknown, args: unknown) => unknown };
  return (args) => invoke(fn, args);
}
const asUserCode = (source: string): string => source.replace(/^import .*$/gm, '').replace(/^export /gm, '');

const all = [...bfsCases.visible, ...bfsCases.hidden];

describe('bfs-levels cases', () => {
  it('expected answers match the core BFS', () => {
    for (const c of all) {
      const built = fromLevelArray(c.args[0]);
      if (!('tree' in built)) throw new Error(c.name);
      expect(levelOrder(built.tree), c.name).toEqual(c.expected);
    }
  });

  it('the reference solution passes every case through prelude, invoke and judge', () => {
    const run = compile(asUserCode(referenceSource));
    for (const c of all) expect(bfsCases.judge(run(c.args), c.expected, c.args), c.name).toEqual({ pass: true });
  });

  it('the prelude builds the same trees as tree-node.ts', () => {
    const js = transform(`${BFS_PRELUDE}\nreturn __buildTree;`, { transforms: ['typescript'] }).code;
    const preludeBuild = new Function(js)() as typeof buildTree;
    for (let seed = 0; seed < 20; seed++) {
      const values = toLevelArray(randomTree(createRandom(seed), seed * 3));
      expect(JSON.stringify(preludeBuild(values))).toBe(JSON.stringify(buildTree(values)));
    }
  });

  it('the judge is strict about order and explains', () => {
    const expected = [[3], [9, 20], [15, 7]];
    const args: [(number | null)[]] = [[3, 9, 20, null, null, 15, 7]];
    expect(bfsCases.judge([[3], [20, 9], [15, 7]], expected, args)).toMatchObject({ pass: false, message: expect.stringContaining('第 2 层') });
    expect(bfsCases.judge([[3], [9, 20]], expected, args)).toMatchObject({ pass: false, message: expect.stringContaining('层数不对') });
    expect(bfsCases.judge(undefined, expected, args)).toMatchObject({ pass: false });
    expect(bfsCases.judge([3, 9, 20, 15, 7], expected, args)).toMatchObject({ pass: false });
  });
});
