import { describe, expect, it } from 'vitest';
import { ALPHABET, VALUE_OF, formatCode, normalizeCode } from './alphabet.ts';

describe('alphabet', () => {
  it('has 32 distinct symbols without look-alikes', () => {
    expect(ALPHABET).toHaveLength(32);
    expect(new Set(ALPHABET).size).toBe(32);
    for (const c of '01OI') expect(ALPHABET).not.toContain(c);
    [...ALPHABET].forEach((c, i) => expect(VALUE_OF[c.charCodeAt(0)]).toBe(i));
  });

  it('normalizes what people type', () => {
    expect(normalizeCode(' spr7-kq4m z9x ')).toEqual({ ok: true, code: 'SPR7KQ4MZ9X' });
    expect(normalizeCode('AB0C')).toEqual({ ok: false, at: 2, char: '0' });
    expect(normalizeCode('ABé')).toEqual({ ok: false, at: 2, char: 'É' });
  });

  it('groups by four', () => {
    expect(formatCode('SPR7KQ4MZ9X')).toBe('SPR7-KQ4M-Z9X');
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
