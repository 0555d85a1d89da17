import { describe, expect, it } from 'vitest';
import { transpileTs } from './transpile.ts';

describe('transpileTs', () => {
  it('strips types and keeps the code', () => {
    const result = transpileTs('function add(a: number, b: number): number { return a + b; }\ninterface X { y: string }');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.code).toContain('function add(a, b) { return a + b; }');
      expect(result.code).not.toContain('interface');
      expect(new Function(`${result.code}; return add(2, 3);`)()).toBe(5);
    }
  });

  it('reports a syntax error with line and column (1-based)', () => {
    const result = transpileTs('function f() {\n  return 1 +;\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBe(2);
      expect(result.column).toBeGreaterThan(1);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });
});
