// Canonical expressions, so that solutions differing only by commutativity or associativity are
// listed once. Model: + and − flatten into one sum node (terms with a sign), × and ÷ into one
// product node (factors over divisors); the children of each node are sorted. Then a+b and b+a,
// (a+b)+c and a+(b+c), a−(b−c) and a−b+c, a/(b/c) and a·c/b all get the same `key`.
// Invariants: a sum's terms are never sums, a product's factors are never products, and both
// have at least one positive term / numerator factor (true of any tree built from binary ops).
// x×1 and x÷1 stay distinct: they are different expressions, not reorderings of one.
import { type Rational, formatRational, toNumber } from './rational.ts';

export type Op = '+' | '-' | '*' | '/';

export type Expr =
  | { readonly kind: 'num'; readonly value: Rational; readonly key: string; readonly approx: number }
  | { readonly kind: 'sum'; readonly plus: readonly Expr[]; readonly minus: readonly Expr[]; readonly key: string; readonly approx: number }
  | { readonly kind: 'product'; readonly num: readonly Expr[]; readonly den: readonly Expr[]; readonly key: string; readonly approx: number };

export function leaf(value: Rational): Expr {
  return { kind: 'num', value, key: formatRational(value), approx: toNumber(value) };
}

// Display order: bigger numbers first (8 + 1, 13 − 11), compound terms after plain numbers; the
// key breaks ties so the order is total and the canonical key deterministic.
function byDisplay(a: Expr, b: Expr): number {
  if (a.kind === 'num' && b.kind !== 'num') return -1;
  if (b.kind === 'num' && a.kind !== 'num') return 1;
  if (a.kind === 'num' && b.kind === 'num' && a.approx !== b.approx) return b.approx - a.approx;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function sum(plus: Expr[], minus: Expr[], approx: number): Expr {
  plus.sort(byDisplay);
  minus.sort(byDisplay);
  const key = `(${plus.map((e) => e.key).join('+')}${minus.map((e) => `-${e.key}`).join('')})`;
  return { kind: 'sum', plus, minus, key, approx };
}

function product(num: Expr[], den: Expr[], approx: number): Expr {
  num.sort(byDisplay);
  den.sort(byDisplay);
  const key = `[${num.map((e) => e.key).join('*')}${den.map((e) => `/${e.key}`).join('')}]`;
  return { kind: 'product', num, den, key, approx };
}

const termsOf = (e: Expr): [readonly Expr[], readonly Expr[]] => (e.kind === 'sum' ? [e.plus, e.minus] : [[e], []]);
const factorsOf = (e: Expr): [readonly Expr[], readonly Expr[]] => (e.kind === 'product' ? [e.num, e.den] : [[e], []]);

/** The canonical form of `a op b`. */
export function combine(op: Op, a: Expr, b: Expr): Expr {
  switch (op) {
    case '+': {
      const [ap, am] = termsOf(a);
      const [bp, bm] = termsOf(b);
      return sum([...ap, ...bp], [...am, ...bm], a.approx + b.approx);
    }
    case '-': {
      const [ap, am] = termsOf(a);
      const [bp, bm] = termsOf(b);
      return sum([...ap, ...bm], [...am, ...bp], a.approx - b.approx);
    }
    case '*': {
      const [an, ad] = factorsOf(a);
      const [bn, bd] = factorsOf(b);
      return product([...an, ...bn], [...ad, ...bd], a.approx * b.approx);
    }
    case '/': {
      const [an, ad] = factorsOf(a);
      const [bn, bd] = factorsOf(b);
      return product([...an, ...bd], [...ad, ...bn], a.approx / b.approx);
    }
  }
}

export type ExprStyle = 'unicode' | 'ascii';

const SYMBOLS = {
  unicode: { plus: ' + ', minus: ' − ', times: ' × ', divide: ' ÷ ', neg: '−' },
  ascii: { plus: '+', minus: '-', times: '*', divide: '/', neg: '-' },
} as const;

/** Prints with the fewest parentheses: "8 ÷ (3 − 8 ÷ 3)" (unicode) or "8/(3-8/3)" (ascii). */
export function formatExpr(e: Expr, style: ExprStyle = 'unicode'): string {
  return print(e, style, true);
}

function print(e: Expr, style: ExprStyle, top: boolean): string {
  const s = SYMBOLS[style];
  switch (e.kind) {
    case 'num': {
      const text = e.value.num < 0n ? `${s.neg}${formatRational({ num: -e.value.num, den: e.value.den })}` : formatRational(e.value);
      // A negative or fractional literal is wrapped so "8 − (−3)" and "2 × (1/2)" read right.
      return !top && (e.value.num < 0n || e.value.den !== 1n) ? `(${text})` : text;
    }
    case 'sum': {
      const body = e.plus.map((t) => print(t, style, false)).join(s.plus) + e.minus.map((t) => s.minus + print(t, style, false)).join('');
      return top ? body : `(${body})`;
    }
    case 'product':
      // A product inside a sum needs no parentheses, so it prints as if at the top.
      return e.num.map((f) => print(f, style, false)).join(s.times) + e.den.map((f) => s.divide + print(f, style, false)).join('');
  }
}

/** The numbers an expression uses, as canonical keys (a multiset, sorted). */
export function leavesOf(e: Expr): string[] {
  const out: string[] = [];
  const stack: Expr[] = [e];
  while (stack.length > 0) {
    const x = stack.pop();
    if (!x) break;
    if (x.kind === 'num') out.push(x.key);
    else if (x.kind === 'sum') stack.push(...x.plus, ...x.minus);
    else stack.push(...x.num, ...x.den);
  }
  return out.sort();
}
