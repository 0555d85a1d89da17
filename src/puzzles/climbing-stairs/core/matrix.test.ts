import { describe, expect, it } from 'vitest';
import { waysDp } from './dp.ts';
import { type DoublingStep, type PowerStep, companionMatrix, fibPair, waysFibonacci, waysMatrix } from './matrix.ts';
import { zeroOps } from './steps.ts';

describe('matrix power', () => {
  it('builds the companion matrix', () => {
    expect(companionMatrix([1, 2])).toEqual([
      [1n, 1n],
      [1n, 0n],
    ]);
    expect(companionMatrix([2, 5])).toEqual([
      [0n, 1n, 0n, 0n, 1n],
      [1n, 0n, 0n, 0n, 0n],
      [0n, 1n, 0n, 0n, 0n],
      [0n, 0n, 1n, 0n, 0n],
      [0n, 0n, 0n, 1n, 0n],
    ]);
  });

  it('squares once per bit after the leading one, and multiplies on 1 bits', () => {
    const trace: PowerStep[] = [];
    expect(waysMatrix(10, [1, 2], zeroOps(), trace)).toBe(89n);
    expect(trace.map((s) => `${s.kind}:${s.exponent}`)).toEqual(['start:1', 'square:2', 'square:4', 'multiply:5', 'square:10']);
    expect(trace.at(-1)?.matrix).toEqual([
      ['89', '55'],
      ['55', '34'],
    ]);
  });

  it('fast doubling gives Fibonacci pairs', () => {
    expect(fibPair(0)).toEqual([0n, 1n]);
    expect(fibPair(10)).toEqual([55n, 89n]);
    const trace: DoublingStep[] = [];
    expect(waysFibonacci(10, zeroOps(), trace)).toBe(89n); // F(11)
    expect(trace.map((s) => s.m)).toEqual([0, 1, 2, 5, 11]);
  });

  it('agrees with DP, including n = 100,000', () => {
    for (const steps of [
      [1, 2],
      [1, 2, 3],
      [2, 5],
      [3, 7, 10],
    ]) {
      for (const n of [0, 1, 2, 3, 17, 64, 99, 1000]) expect(waysMatrix(n, steps), `${steps} ${n}`).toBe(waysDp(n, steps));
    }
    const ops = zeroOps();
    expect(waysFibonacci(100_000, ops)).toBe(waysDp(100_000, [1, 2]));
    expect(ops.multiplications).toBeLessThan(100);
  });
});
