import { describe, expect, it } from 'vitest';
import { describeDecision, formatMs, formatNumber, reasonLabels, reasonTemplates } from './explain.ts';
import { simulate, type RunEntry } from './simulate.ts';

const explainAll = (entry: RunEntry, arrivals: number[]): string[] => {
  const run = simulate(entry, arrivals);
  return run.rows.map((r) => describeDecision(r, entry));
};

describe('explain', () => {
  it('every reason code has a label and a template', () => {
    expect(Object.keys(reasonLabels).sort()).toEqual(Object.keys(reasonTemplates).sort());
  });

  it('formats numbers and times', () => {
    expect(formatNumber(1.0040000001)).toBe('1.004');
    expect(formatMs(250)).toBe('250 ms');
    expect(formatMs(2000)).toBe('2 秒');
    expect(formatMs(1500.5)).toBe('1.501 秒');
  });

  it('nginx batch of 7: the numbers nginx compares', () => {
    const s = explainAll({ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: false } }, [0, 0, 0, 0, 0, 0, 0]);
    expect(s[0]).toBe('excess = 0：这是该 key 的第一个请求（新建节点时 excess 为 0），立即处理。');
    expect(s[2]).toBe(
      'excess = 2（上次的 excess 按 rate 流走一部分再加 1）≤ burst 5，但超过延迟阈值 0（既没有 nodelay 也没有 delay=），延迟 (2 − 0) ÷ 1 r/s = 2 秒 后处理。',
    );
    expect(s[6]).toBe('excess 会变成 6 > burst 5，nginx 返回 503，excess 和 last 都不更新。');
    const d3 = explainAll({ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 3, nodelay: false } }, [0, 0, 0, 0, 0]);
    expect(d3[3]).toBe('excess = 3 ≤ burst 5，且不超过 delay=3，立即处理（不排队）。');
    expect(d3[4]).toBe('excess = 4（上次的 excess 按 rate 流走一部分再加 1）≤ burst 5，但超过 delay=3 的阈值，延迟 (4 − 3) ÷ 1 r/s = 1 秒 后处理。');
    const nd = explainAll({ algorithm: 'nginx', params: { rate: 1, unit: 'r/s', burst: 5, delay: 0, nodelay: true } }, [0, 0]);
    expect(nd[1]).toBe('excess = 1 ≤ burst 5，配置了 nodelay，burst 内一律不延迟，立即处理（不排队）。');
  });

  it('fixed window, token bucket and GCRA sentences carry their numbers', () => {
    const fw = explainAll({ algorithm: 'fixed-window', params: { limit: 1, window: 1 } }, [0, 500]);
    expect(fw[1]).toBe('窗口 [0 ms, 1 秒) 内已放行 1 个，加上本次就是 2 > limit 1，拒绝（429）；到 1 秒 窗口重置计数才清零。');
    const tb = explainAll({ algorithm: 'token-bucket', params: { rate: 2, capacity: 1, initial: 1, cost: 1 } }, [0, 100]);
    expect(tb[1]).toBe('桶里只有 0.2 个令牌 < 本次消耗 1，拒绝（429）；按 rate 2/秒 还要再等 400 ms 才够。');
    const g = explainAll({ algorithm: 'gcra', params: { max_burst: 15, count: 30, period: 60, quantity: 1 } }, [0]);
    expect(g[0]).toBe('TAT 推进后距现在 2 秒，不超过容忍度 τ = (max_burst + 1) × T = 32 秒，放行；CL.THROTTLE 返回 [0, 16, 15, -1, 2]。');
  });

  it('sliding counter shows the weighted formula', () => {
    const s = explainAll({ algorithm: 'sliding-counter', params: { limit: 4, window: 1 } }, [900, 900, 900, 900, 1250]);
    expect(s[4]).toBe('估算值 = 上一窗口 4 × 剩余比例 0.75 + 当前窗口 0 = 3，小于 limit 4，放行。');
  });
});
