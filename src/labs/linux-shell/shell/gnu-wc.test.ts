import { describe, expect, it } from 'vitest';
import { gnuWcWidth, padWcOutput, parseWcArgs } from './gnu-wc.ts';

describe('GNU wc widths', () => {
  it('leaves one count of one file unpadded', () => {
    expect(gnuWcWidth(parseWcArgs(['-l', 'access.log']), [540_000])).toBe(1);
    expect(gnuWcWidth(parseWcArgs(['-l']), [])).toBe(1);
  });

  it('pads to the digits of the total size, at least 7 for standard input', () => {
    expect(gnuWcWidth(parseWcArgs(['-l', 'a', 'b']), [900_000, 100_000])).toBe(7);
    expect(gnuWcWidth(parseWcArgs(['-l', 'a', 'b']), [300, 20])).toBe(3);
    expect(gnuWcWidth(parseWcArgs([]), [])).toBe(7);
    expect(gnuWcWidth(parseWcArgs(['-lc', 'a']), [28])).toBe(2);
  });

  it('re-pads counts and keeps the name', () => {
    expect(padWcOutput('3374 total\n  12 a b.log\n', 1, 6)).toBe('  3374 total\n    12 a b.log\n');
    expect(padWcOutput('1 2 3\n', 3, 7)).toBe('      1       2       3\n');
  });
});
