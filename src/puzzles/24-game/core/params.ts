// URL parameters of the 24-game page: ?nums=8,3,8,3&target=24. Invalid fields get a Chinese
// message and fall back to the default, so a bad link still opens a working page.
import { MAX_NUMBERS } from './can-reach.ts';
import { type Rational, compare, formatRational, parseRational, rational } from './rational.ts';

export interface Game24Params {
  readonly nums: readonly Rational[];
  readonly target: Rational;
}

export const DEFAULT_24: Game24Params = {
  nums: [4n, 1n, 8n, 7n].map((n) => rational(n)),
  target: rational(24n),
};

// Numbers past a million make the animation unreadable and the listing slow; the solver itself
// has no limit (it switches to BigInt).
const LIMIT = rational(1_000_000n);
const inRange = (r: Rational): boolean => compare(r, LIMIT) <= 0 && compare(r, rational(-1_000_000n)) >= 0 && r.den <= 1_000_000n;

export function parse24Params(search: URLSearchParams, language: 'zh' | 'en' = 'zh'): { values: Game24Params; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const en = language === 'en';
  let nums = DEFAULT_24.nums;
  let target = DEFAULT_24.target;

  const rawNums = search.get('nums');
  if (rawNums !== null) {
    const parts = rawNums.split(/[\s,，]+/).filter((p) => p !== '');
    const parsed = parts.map(parseRational);
    if (parts.length < 1 || parts.length > MAX_NUMBERS)
      errors['nums'] = en ? `nums must be 1–${MAX_NUMBERS} comma-separated numbers` : `nums 必须是 1–${MAX_NUMBERS} 个数，用逗号分隔`;
    else if (parsed.some((r) => r === null))
      errors['nums'] = en
        ? 'nums may only hold whole numbers, decimals or fractions (like 8/3), comma-separated'
        : 'nums 只能包含整数、小数或分数（如 8/3），用逗号分隔';
    else if (parsed.some((r) => r !== null && !inRange(r)))
      errors['nums'] = en ? 'every number in nums must be between −1000000 and 1000000' : 'nums 中每个数必须在 −1000000 到 1000000 之间';
    else nums = parsed.filter((r): r is Rational => r !== null);
  }

  const rawTarget = search.get('target');
  if (rawTarget !== null) {
    const t = parseRational(rawTarget);
    if (t === null) errors['target'] = en ? 'target must be a whole number, a decimal or a fraction' : 'target 必须是一个整数、小数或分数';
    else if (!inRange(t)) errors['target'] = en ? 'target must be between −1000000 and 1000000' : 'target 必须在 −1000000 到 1000000 之间';
    else target = t;
  }
  return { values: { nums, target }, errors };
}

export function to24Search(values: Game24Params): URLSearchParams {
  return new URLSearchParams({ nums: values.nums.map(formatRational).join(','), target: formatRational(values.target) });
}
