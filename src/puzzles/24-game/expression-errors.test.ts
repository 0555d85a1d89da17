import { describe, expect, it } from 'vitest';
import { parseExpression } from './core/parse-expression.ts';
import { en, zh } from './strings.ts';

describe('expression errors carry a code the view words', () => {
  it('returns the code, the character and the position, and the Chinese wording', () => {
    expect(parseExpression('8 / (3 - 8 / 3')).toMatchObject({ ok: false, code: 'missing-paren', error: '缺少右括号 )' });
    expect(parseExpression('8 * 3 $')).toMatchObject({ ok: false, code: 'extra-char', char: '$', at: 6 });
  });

  it('words every code in both languages, the Chinese as the parser does', () => {
    const r = parseExpression('8 * 3 $');
    if (r.ok) throw new Error('should fail');
    expect(zh.T.exprErrors[r.code](r.char)).toBe(r.error);
    expect(en.T.exprErrors[r.code](r.char)).toBe('unexpected character "$"');
    expect(en.T.exprErrors['divide-by-zero']('')).toBe('division by 0');
  });
});
