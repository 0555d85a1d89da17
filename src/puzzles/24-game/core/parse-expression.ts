// Reads an arithmetic expression typed by a person ("8/(3-8/3)", "8 ÷ (3 − 8 ÷ 3)") and evaluates
// it exactly, returning the numbers it used so a caller can check "same four cards". Used by the
// view's "check my answer" box and by the property test that re-reads every printed solution.
// Grammar (recursive descent, standard precedence, left-associative):
//   expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
//   unary := '-' unary | atom ; atom := number | '(' expr ')'
import { type Rational, add, div, mul, parseRational, rational, sub } from './rational.ts';

export type ParsedExpression =
  | { readonly ok: true; readonly value: Rational; readonly numbers: readonly Rational[] }
  | { readonly ok: false; readonly error: string; readonly code: ExpressionErrorCode; readonly char: string; readonly at: number };

/** What went wrong, for a view to word in its language; `error` is the Chinese wording. */
export type ExpressionErrorCode = 'missing-paren' | 'incomplete' | 'not-a-number' | 'divide-by-zero' | 'empty' | 'extra-char';

const ZH: Readonly<Record<ExpressionErrorCode, (char: string) => string>> = {
  'missing-paren': () => '缺少右括号 )',
  incomplete: () => '表达式不完整：这里应该是一个数',
  'not-a-number': (c) => `这里应该是一个数，而不是“${c}”`,
  'divide-by-zero': () => '除数为 0',
  empty: () => '表达式是空的',
  'extra-char': (c) => `多余的字符“${c}”`,
};

const ALIASES: Record<string, string> = { '×': '*', x: '*', X: '*', '÷': '/', '−': '-', '–': '-', '（': '(', '）': ')' };

class Fail extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    readonly at: number,
    readonly char = '',
  ) {
    super(code);
  }
}

export function parseExpression(input: string): ParsedExpression {
  const src = [...input].map((c) => ALIASES[c] ?? c).join('');
  let pos = 0;
  const numbers: Rational[] = [];
  const skip = (): void => {
    while (pos < src.length && /\s/.test(src[pos] ?? '')) pos++;
  };
  const peek = (): string => {
    skip();
    return src[pos] ?? '';
  };

  const atom = (): Rational => {
    const c = peek();
    if (c === '(') {
      pos++;
      const v = expr();
      if (peek() !== ')') throw new Fail('missing-paren', pos);
      pos++;
      return v;
    }
    const m = /^\d+(?:\.\d+)?/.exec(src.slice(pos));
    if (!m) throw new Fail(c === '' ? 'incomplete' : 'not-a-number', pos, c);
    pos += m[0].length;
    const v = parseRational(m[0]) ?? rational(0n);
    numbers.push(v);
    return v;
  };
  const unary = (): Rational => {
    if (peek() === '-') {
      pos++;
      const literal = /\d/.test(peek());
      const v = sub(rational(0n), unary());
      // A negated literal is one number (−3), not "0 − 3": record it that way for the card check.
      if (literal && numbers.length > 0) numbers[numbers.length - 1] = v;
      return v;
    }
    return atom();
  };
  const term = (): Rational => {
    let v = unary();
    for (;;) {
      const c = peek();
      if (c !== '*' && c !== '/') return v;
      const at = pos++;
      const r = unary();
      if (c === '*') v = mul(v, r);
      else {
        const q = div(v, r);
        if (!q) throw new Fail('divide-by-zero', at);
        v = q;
      }
    }
  };
  const expr = (): Rational => {
    let v = term();
    for (;;) {
      const c = peek();
      if (c !== '+' && c !== '-') return v;
      pos++;
      const r = term();
      v = c === '+' ? add(v, r) : sub(v, r);
    }
  };

  try {
    if (peek() === '') throw new Fail('empty', 0);
    const value = expr();
    if (peek() !== '') throw new Fail('extra-char', pos, src[pos] ?? '');
    return { ok: true, value, numbers };
  } catch (error) {
    if (error instanceof Fail) return { ok: false, error: ZH[error.code](error.char), code: error.code, char: error.char, at: error.at };
    throw error;
  }
}
