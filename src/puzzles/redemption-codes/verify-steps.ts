// The four checks of verifyCode as a checklist: which passed, which failed, which were never
// reached (each check runs only if the cheaper one before it passed).
import type { CodeBatch } from './core/codes.ts';
import type { VerifyResult } from './core/verify.ts';

export type StepOutcome = 'pass' | 'fail' | 'skip';

export interface VerifySteps {
  readonly shape: StepOutcome;
  readonly check: StepOutcome;
  readonly prefix: StepOutcome;
  readonly counter: StepOutcome;
}

export function verifySteps(r: VerifyResult): VerifySteps {
  switch (r.status) {
    case 'malformed':
      return { shape: 'fail', check: 'skip', prefix: 'skip', counter: 'skip' };
    case 'mistyped':
      return { shape: 'pass', check: 'fail', prefix: 'skip', counter: 'skip' };
    case 'not-issued':
      return r.reason === 'wrong-batch'
        ? { shape: 'pass', check: 'pass', prefix: 'fail', counter: 'skip' }
        : { shape: 'pass', check: 'pass', prefix: 'pass', counter: 'fail' };
    case 'valid':
      return { shape: 'pass', check: 'pass', prefix: 'pass', counter: 'pass' };
  }
}

/** A code with one character replaced (always caught by the check character). */
export function typoOf(code: string, batch: CodeBatch, alphabet: string): string {
  const i = batch.prefix.length + Math.floor(batch.bodyLength / 2);
  const c = code[i] ?? '2';
  const sub = alphabet[(alphabet.indexOf(c) + 7) % alphabet.length] as string;
  return code.slice(0, i) + sub + code.slice(i + 1);
}

/** A code with two neighbouring, different characters swapped. */
export function swapOf(code: string, batch: CodeBatch): string {
  for (let i = batch.prefix.length; i < code.length - 1; i++) {
    if (code[i] !== code[i + 1]) return code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
  }
  return code;
}
