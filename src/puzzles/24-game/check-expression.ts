// "Check my expression": reads what the user typed, evaluates it exactly, and says whether it
// uses exactly the given numbers and reaches the target. Pure, so every verdict is tested.
import { parseExpression } from './core/parse-expression.ts';
import { T } from './strings.ts';
import { type Rational, equals, formatRational } from './core/rational.ts';

export type ExpressionCheck =
  | { readonly kind: 'empty' }
  | { readonly kind: 'syntax'; readonly message: string; readonly at: number }
  | {
      readonly kind: 'wrong-numbers';
      readonly value: string;
      readonly used: readonly string[];
      readonly missing: readonly string[];
      readonly extra: readonly string[];
    }
  | { readonly kind: 'wrong-value'; readonly value: string }
  | { readonly kind: 'ok'; readonly value: string };

/** Multiset difference a − b of canonical number texts. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}

export function checkExpression(input: string, nums: readonly Rational[], target: Rational): ExpressionCheck {
  if (input.trim() === '') return { kind: 'empty' };
  const parsed = parseExpression(input);
  if (!parsed.ok) return { kind: 'syntax', message: T.exprErrors[parsed.code](parsed.char), at: parsed.at };
  const value = formatRational(parsed.value);
  const used = parsed.numbers.map(formatRational);
  const given = nums.map(formatRational);
  const missing = minus(given, used);
  const extra = minus(used, given);
  if (missing.length > 0 || extra.length > 0) return { kind: 'wrong-numbers', value, used, missing, extra };
  return equals(parsed.value, target) ? { kind: 'ok', value } : { kind: 'wrong-value', value };
}
