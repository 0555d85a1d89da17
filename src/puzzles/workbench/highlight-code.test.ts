import { describe, expect, it } from 'vitest';
import { highlightTs } from './highlight-code.ts';

describe('highlightTs', () => {
  it('keeps every character and marks keywords and types', () => {
    const source = 'function f(n: number): number {\n  return n + 1; // one more\n}';
    const lines = highlightTs(source);
    expect(lines.map((l) => l.map((t) => t.text).join('')).join('\n')).toBe(source);
    const flat = lines.flat();
    expect(flat.find((t) => t.text === 'function')?.cls).toContain('tok-keyword');
    expect(flat.find((t) => t.text === 'number')?.cls).toContain('tok-typeName');
    expect(flat.find((t) => t.text.includes('one more'))?.cls).toContain('tok-comment');
  });
});
