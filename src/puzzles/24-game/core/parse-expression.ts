// Reads an arithmetic expression typed by a person ("8/(3-8/3)", "8 ÷ (3 − 8 ÷ 3)") and evaluates
// it exactly, returning the numbers it used so a caller can check "same four cards". Used by the
// view's "check my answer" box and by the property test that re-reads every printed solution.
// Grammar (recursive descent, standard precedence, left-associative):
//   expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
//   unary := '-' unary | atom ; atom := number | '(' expr ')'
import { type Rational, add, div, mul, parseRational, rational, sub } from './rational.ts';

export type ParsedExpression =
  | { readonly ok: true; readonly value: Rational; readonly numbers: readonly Rational[] }
  | { readonly ok: false; readonly error: string; readonly at: number };

const ALIASES: Record<string, string> = { '×': '*', 'x': '*', 'X': '*', '÷': '/', '−': '-', '–': '-', '（': '(', '）': ')' };

class Fail extends Error {
  constructor(
    readonly messageZh: string,
    readonly at: number,
  ) {
    super(messageZh);
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
      if (peek() !== ')') throw new Fail('缺少右括号 )', pos);
      pos++;
      return v;
    }
    const m = /^\d+(?:\.\d+)?/.exec(src.slice(pos));
    if (!m) throw new Fail(c === '' ? '表达式不完整：这里应该是一个数' : `这里应该是一个数，而不是“${c}”`, pos);
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
        if (!q) throw new Fail('除数为 0', at);
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
    if (peek() === '') throw new Fail('表达式是空的', 0);
    const value = expr();
    if (peek() !== '') throw new Fail(`多余的字符“${src[pos]}”`, pos);
    return { ok: true, value, numbers };
  } catch (error) {
    if (error instanceof Fail) return { ok: false, error: error.messageZh, at: error.at };
    throw error;
  }
}
