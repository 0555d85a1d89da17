// Reference solution shown after the user submits: readable first, exact always.
//
// Idea: an expression over n numbers is built by repeatedly taking two of them and replacing them
// by a+b, a−b, b−a, a×b, a÷b or b÷a. Try every pair and every operation, recurse on the n−1
// numbers left, succeed when one number is left and it equals the target.
// Fractions (BigInt numerator/denominator) keep it exact: 8 ÷ (3 − 8 ÷ 3) is exactly 24, and no
// floating-point 23.999999999999996 has to be forgiven with an epsilon.
//
// Time: for n numbers, C(n,2)·6 choices at each of n−1 levels: ∏_{k=2..n} 6·k(k−1)/2
//       = 3^(n−1)·n!·(n−1)! — 3,888 leaves for n = 4, constant for the fixed-size game.
// Space: O(n) recursion depth, O(n) numbers per level.

type Fraction = { n: bigint; d: bigint }; // d > 0, lowest terms

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function frac(n: bigint, d: bigint): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

function results(a: Fraction, b: Fraction): Fraction[] {
  const out = [
    frac(a.n * b.d + b.n * a.d, a.d * b.d), // a + b
    frac(a.n * b.d - b.n * a.d, a.d * b.d), // a − b
    frac(b.n * a.d - a.n * b.d, a.d * b.d), // b − a
    frac(a.n * b.n, a.d * b.d), //             a × b
  ];
  if (b.n !== 0n) out.push(frac(a.n * b.d, a.d * b.n)); // a ÷ b
  if (a.n !== 0n) out.push(frac(b.n * a.d, b.d * a.n)); // b ÷ a
  return out;
}

function reach(values: Fraction[], target: Fraction): boolean {
  if (values.length === 1) {
    const [v] = values as [Fraction];
    return v.n === target.n && v.d === target.d;
  }
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const rest = values.filter((_, k) => k !== i && k !== j);
      for (const r of results(values[i] as Fraction, values[j] as Fraction)) {
        if (reach([...rest, r], target)) return true;
      }
    }
  }
  return false;
}

export function solve24(nums: number[], target: number): boolean {
  return reach(
    nums.map((x) => frac(BigInt(x), 1n)),
    frac(BigInt(target), 1n),
  );
}
