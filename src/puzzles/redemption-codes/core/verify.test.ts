import { describe, expect, it } from 'vitest';
import { ALPHABET, formatCode } from './alphabet.ts';
import { checkChar } from './check-char.ts';
import { createCodeBatch } from './codes.ts';
import { describeVerify, verifyCode } from './verify.ts';

describe('verifyCode', () => {
  const batch = createCodeBatch({ count: 1000, secret: 'verify', prefix: 'VXP' });

  it('accepts issued codes in any typing (case, dashes) and returns the counter', () => {
    const code = batch.codeAt(42);
    expect(verifyCode(batch, code)).toEqual({ status: 'valid', code, counter: 42 });
    expect(verifyCode(batch, formatCode(code).toLowerCase())).toMatchObject({ status: 'valid', counter: 42 });
    expect(describeVerify(verifyCode(batch, code))).toBe('有效：第 43 个发放的兑换码');
  });

  it('reports any single-character change as mistyped (every position, every substitution)', () => {
    for (let counter = 0; counter < 50; counter++) {
      const code = batch.codeAt(counter);
      for (let i = 0; i < code.length; i++) {
        for (const sub of ALPHABET) {
          if (sub === code[i]) continue;
          expect(verifyCode(batch, code.slice(0, i) + sub + code.slice(i + 1)).status).toBe('mistyped');
        }
      }
    }
  });

  it('tells a valid-looking code of another batch or beyond the count: not issued', () => {
    const other = createCodeBatch({ count: 1000, secret: 'verify', prefix: 'ABC' });
    expect(verifyCode(batch, other.codeAt(1))).toMatchObject({ status: 'not-issued', reason: 'wrong-batch' });
    // A bigger batch with the same key issues the same codes first, then ones this batch never did.
    const bigger = createCodeBatch({ count: 100_000, secret: 'verify', prefix: 'VXP', bodyLength: batch.bodyLength });
    expect(bigger.codeAt(7)).toBe(batch.codeAt(7));
    const beyond = verifyCode(batch, bigger.codeAt(50_000));
    expect(beyond).toMatchObject({ status: 'not-issued', reason: 'counter-out-of-range', counter: 50_000 });
    // A forged body with a correct check character is almost surely not issued.
    const forged = `VXP${'Z'.repeat(batch.bodyLength)}`;
    expect(verifyCode(batch, forged + checkChar(forged)).status).toBe('not-issued');
    expect(describeVerify(beyond)).toContain('未发放');
  });

  it('reports malformed input', () => {
    expect(verifyCode(batch, 'VXP0ABC')).toMatchObject({ status: 'malformed', reason: 'bad-char', at: 3, char: '0' });
    expect(verifyCode(batch, 'VXPABC')).toMatchObject({ status: 'malformed', reason: 'length' });
    expect(describeVerify(verifyCode(batch, 'VXPO'))).toContain('“O”');
  });
});
