import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOutputs, lineDiff, toLines } from './line-diff.ts';

describe('lineDiff', () => {
  it('marks a missing and an extra line around the kept ones', () => {
    expect(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'extra', text: 'x' },
      { kind: 'missing', text: 'b' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('keeps the longest common subsequence and rebuilds both sides', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (expected, actual) => {
        const diff = lineDiff(expected, actual);
        expect(diff.filter((d) => d.kind !== 'extra').map((d) => d.text)).toEqual(expected);
        expect(diff.filter((d) => d.kind !== 'missing').map((d) => d.text)).toEqual(actual);
        if (expected.join() === actual.join()) expect(diff.every((d) => d.kind === 'same')).toBe(true);
      }),
    );
  });
});

describe('compareOutputs', () => {
  it('is byte for byte: a missing final newline is a mismatch with no differing line', () => {
    expect(compareOutputs('a\nb\n', 'a\nb\n').matches).toBe(true);
    const verdict = compareOutputs('a\nb\n', 'a\nb');
    expect(verdict.matches).toBe(false);
    expect(verdict.trailingNewlineOnly).toBe(true);
  });

  it('splits lines as a shell prints them', () => {
    expect(toLines('')).toEqual([]);
    expect(toLines('a\n\nb\n')).toEqual(['a', '', 'b']);
  });
});
