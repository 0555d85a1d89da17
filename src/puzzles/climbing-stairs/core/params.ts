// URL parameters of the stairs page: ?n=10&steps=1,2&method=dp. Invalid fields get a Chinese
// message and fall back to the default, so a bad link still opens a working page.
import { CLASSIC_STEPS, MAX_N, MAX_STEP, type StepSet } from './steps.ts';
import { METHOD_LIMIT, STAIRS_METHODS, type StairsMethod } from './ways.ts';

export interface StairsParams {
  readonly n: number;
  readonly steps: StepSet;
  readonly method: StairsMethod;
}

export const DEFAULT_STAIRS: StairsParams = { n: 10, steps: CLASSIC_STEPS, method: 'memo' };

const METHOD_NAMES: Record<StairsMethod, string> = { memo: '记忆化递归', dp: '自底向上 DP', matrix: '矩阵快速幂' };

export function parseStairsParams(search: URLSearchParams): { values: StairsParams; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let { n, steps, method } = DEFAULT_STAIRS;

  const rawSteps = search.get('steps');
  if (rawSteps !== null) {
    const parts = rawSteps.split(/[\s,，]+/).filter((p) => p !== '');
    const nums = parts.map(Number);
    if (parts.length === 0 || nums.some((x) => !Number.isInteger(x) || x < 1 || x > MAX_STEP) || !parts.every((p) => /^\d+$/.test(p))) {
      errors['steps'] = `steps 必须是 1–${MAX_STEP} 之间的整数，用逗号分隔，例如 1,2`;
    } else {
      steps = [...new Set(nums)].sort((a, b) => a - b);
    }
  }

  const rawMethod = search.get('method');
  if (rawMethod !== null) {
    const found = STAIRS_METHODS.find((m) => m === rawMethod);
    if (found) method = found;
    else errors['method'] = `method 必须是 ${STAIRS_METHODS.join(' / ')} 之一`;
  }

  const rawN = search.get('n');
  if (rawN !== null) {
    const v = Number(rawN);
    if (!/^\d+$/.test(rawN.trim()) || v > MAX_N) errors['n'] = `n 必须是 0–${MAX_N} 之间的整数`;
    else if (v > METHOD_LIMIT[method]) errors['n'] = `${METHOD_NAMES[method]}最多算到 n = ${METHOD_LIMIT[method]}（它要记住每一个中间结果）`;
    else n = v;
  }
  return { values: { n, steps, method }, errors };
}

export function toStairsSearch(values: StairsParams): URLSearchParams {
  return new URLSearchParams({ n: String(values.n), steps: values.steps.join(','), method: values.method });
}
