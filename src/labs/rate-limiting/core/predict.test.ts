import { describe, expect, it } from 'vitest';
import { checkPrediction, predictAnswer, predictChoices } from './predict.ts';
import { simulate } from './simulate.ts';

describe('predict mode', () => {
  const run = simulate({ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }, [0, 0, 0, 0, 0, 0, 0]);

  it('answers with the outcome, a headline and the why', () => {
    expect(predictAnswer(run, 0)).toMatchObject({ outcome: 'admit', delayMs: 0, headline: '放行' });
    expect(predictAnswer(run, 3)).toMatchObject({ outcome: 'delay', delayMs: 3000, headline: '延迟 3 秒' });
    const last = predictAnswer(run, 6);
    expect(last).toMatchObject({ outcome: 'reject', headline: '拒绝（503）' });
    expect(last?.explanation).toContain('excess 会变成 6 > burst 5');
    expect(predictAnswer(run, 7)).toBeUndefined();
  });

  it('grades a guess and offers "delay" only where the algorithm can delay', () => {
    expect(checkPrediction(run, 6, 'delay')?.correct).toBe(false);
    expect(checkPrediction(run, 6, 'reject')?.correct).toBe(true);
    expect(predictChoices(run)).toEqual(['admit', 'delay', 'reject']);
    expect(predictChoices(simulate({ algorithm: 'fixed-window', params: { limit: 1, window: 1 } }, [0]))).toEqual(['admit', 'reject']);
  });
});
