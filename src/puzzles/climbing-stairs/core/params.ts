// URL parameters of the stairs page: ?n=10&steps=1,2&method=dp. Invalid fields get a message in
// the caller's language and fall back to the default, so a bad link still opens a working page.
import { CLASSIC_STEPS, MAX_N, MAX_STEP, type StepSet } from './steps.ts';
import { METHOD_LIMIT, STAIRS_METHODS, type StairsMethod } from './ways.ts';

export interface StairsParams {
  readonly n: number;
  readonly steps: StepSet;
  readonly method: StairsMethod;
}

export const DEFAULT_STAIRS: StairsParams = { n: 10, steps: CLASSIC_STEPS, method: 'memo' };

const MESSAGES = {
  zh: {
    methods: { memo: '记忆化递归', dp: '自底向上 DP', matrix: '矩阵快速幂' } as Record<StairsMethod, string>,
    steps: (max: number) => `steps 必须是 1–${max} 之间的整数，用逗号分隔，例如 1,2`,
    method: (all: string) => `method 必须是 ${all} 之一`,
    n: (max: number) => `n 必须是 0–${max} 之间的整数`,
    limit: (name: string, max: number) => `${name}最多算到 n = ${max}（它要记住每一个中间结果）`,
  },
  en: {
    methods: { memo: 'Memoized recursion', dp: 'Bottom-up DP', matrix: 'Matrix exponentiation' } as Record<StairsMethod, string>,
    steps: (max: number) => `steps must be whole numbers from 1 to ${max}, comma-separated, e.g. 1,2`,
    method: (all: string) => `method must be one of ${all}`,
    n: (max: number) => `n must be a whole number from 0 to ${max}`,
    limit: (name: string, max: number) => `${name} goes up to n = ${max} only (it remembers every intermediate result)`,
  },
};

export function parseStairsParams(search: URLSearchParams, language: 'zh' | 'en' = 'zh'): { values: StairsParams; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const m = MESSAGES[language];
  let { n, steps, method } = DEFAULT_STAIRS;

  const rawSteps = search.get('steps');
  if (rawSteps !== null) {
    const parts = rawSteps.split(/[\s,，]+/).filter((p) => p !== '');
    const nums = parts.map(Number);
    if (parts.length === 0 || nums.some((x) => !Number.isInteger(x) || x < 1 || x > MAX_STEP) || !parts.every((p) => /^\d+$/.test(p))) {
      errors['steps'] = m.steps(MAX_STEP);
    } else {
      steps = [...new Set(nums)].sort((a, b) => a - b);
    }
  }

  const rawMethod = search.get('method');
  if (rawMethod !== null) {
    const found = STAIRS_METHODS.find((x) => x === rawMethod);
    if (found) method = found;
    else errors['method'] = m.method(STAIRS_METHODS.join(' / '));
  }

  const rawN = search.get('n');
  if (rawN !== null) {
    const v = Number(rawN);
    if (!/^\d+$/.test(rawN.trim()) || v > MAX_N) errors['n'] = m.n(MAX_N);
    else if (v > METHOD_LIMIT[method]) errors['n'] = m.limit(m.methods[method], METHOD_LIMIT[method]);
    else n = v;
  }
  return { values: { n, steps, method }, errors };
}

export function toStairsSearch(values: StairsParams): URLSearchParams {
  return new URLSearchParams({ n: String(values.n), steps: values.steps.join(','), method: values.method });
}
