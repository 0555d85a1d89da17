import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BFS_PRELUDE } from '../bfs-levels/core/cases.ts';
import { createChecker, signatureType } from './check-program.ts';

const dir = join(process.cwd(), 'node_modules/typescript-6/lib');
const libs = new Map(
  readdirSync(dir)
    .filter((f) => /^lib\.(es5|es20(1[5-9]|2[0-2])|decorators)/.test(f))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
);
const check = createChecker(libs);
const stairs = (source: string) => check({ source, prelude: '', signature: 'function climbStairs(n: number): number' });

describe('signatureType', () => {
  it('turns a declared signature into a function type', () => {
    expect(signatureType('function topIps(lines: string[], n: number): [string, number][]')).toEqual({
      name: 'topIps',
      type: '(lines: string[], n: number) => [string, number][]',
    });
    expect(signatureType('not a signature')).toBeNull();
  });
});

describe('type check of a solution', () => {
  it('finds nothing wrong in a correct solution that uses ES2022 and console', () => {
    expect(
      stairs('function climbStairs(n: number): number {\n  const a = [1, 2].at(-1) ?? 0;\n  console.log(Object.hasOwn({}, "x"));\n  return a + n;\n}'),
    ).toEqual([]);
  }, 30_000);

  it('reports a type error with its line and column in the user’s code', () => {
    const d = stairs('function climbStairs(n: number): number {\n  const s: string = n;\n  return 1;\n}');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 2, column: 9, kind: 'type' });
    expect(d[0]?.message).toContain("Type 'number' is not assignable to type 'string'");
  });

  it('checks the function against the puzzle’s signature, at the function’s line', () => {
    const d = stairs('// comment\nfunction climbStairs(n: string): string {\n  return n;\n}');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ line: 2, kind: 'signature' });
    const missing = stairs('function climb(n: number): number {\n  return n;\n}');
    expect(missing[0]?.kind).toBe('signature');
    expect(missing[0]?.message).toContain("Cannot find name 'climbStairs'");
  });

  it('knows the prelude’s helper classes', () => {
    const ok = check({
      source: 'function levelOrder(root: TreeNode | null): number[][] {\n  return root ? [[root.val]] : [];\n}',
      prelude: BFS_PRELUDE,
      signature: 'function levelOrder(root: TreeNode | null): number[][]',
    });
    expect(ok).toEqual([]);
    const bad = check({
      source: 'function levelOrder(root: TreeNode | null): number[][] {\n  return [[root.value]];\n}',
      prelude: BFS_PRELUDE,
      signature: 'function levelOrder(root: TreeNode | null): number[][]',
    });
    expect(bad.map((x) => x.line)).toEqual([2, 2]);
  });
});
