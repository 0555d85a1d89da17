import { describe, expect, it } from 'vitest';
import { ALPHABET } from './core/alphabet.ts';
import { createCodeBatch } from './core/codes.ts';
import { verifyCode } from './core/verify.ts';
import { swapOf, typoOf, verifySteps } from './verify-steps.ts';

describe('verify helpers', () => {
  const batch = createCodeBatch({ count: 1000, secret: 'x', prefix: 'SPR' });

  it('makes typos and swaps the check character catches', () => {
    for (let k = 0; k < 100; k++) {
      const code = batch.codeAt(k);
      expect(verifyCode(batch, typoOf(code, batch, ALPHABET)).status).toBe('mistyped');
      const swapped = swapOf(code, batch);
      if (swapped !== code) expect(verifyCode(batch, swapped).status).toBe('mistyped');
    }
  });

  it('lists which checks ran', () => {
    expect(verifySteps(verifyCode(batch, batch.codeAt(1)))).toEqual({ shape: 'pass', check: 'pass', prefix: 'pass', counter: 'pass' });
    expect(verifySteps(verifyCode(batch, 'SPR0'))).toMatchObject({ shape: 'fail', check: 'skip' });
  });
});
