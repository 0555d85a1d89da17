// Questions from the circuit-breaker lab's Resilience4j engine: after this sequence of outcomes
// with these settings, which state is the breaker in?
import { createCircuitBreaker } from '../../../labs/circuit-breaker/core/breaker.ts';
import { RESILIENCE4J_DEFAULTS } from '../../../labs/circuit-breaker/core/resilience4j-config.ts';
import { between, pick, singleItem, type Generator } from './generated.ts';

export function breakerStateAfter(windowSize: number, minimumCalls: number, threshold: number, outcomes: readonly boolean[]): string {
  const breaker = createCircuitBreaker({
    ...RESILIENCE4J_DEFAULTS,
    slidingWindowSize: windowSize,
    minimumNumberOfCalls: minimumCalls,
    failureRateThreshold: threshold,
  });
  let t = 0;
  for (const ok of outcomes) {
    t += 10;
    if (breaker.tryAcquire(t).permitted) breaker.onResult(t + 1, 1, ok);
  }
  return breaker.state();
}

export const breakerState: Generator = {
  id: 'breaker-state',
  deckId: 'rate-limiting-circuit-breaking',
  generate(random, n) {
    const windowSize = pick(random, [5, 10, 20]);
    const minimumCalls = pick(random, [Math.ceil(windowSize / 2), windowSize]);
    const threshold = pick(random, [30, 50, 60]);
    const calls = between(random, minimumCalls - 2, windowSize + 4);
    const outcomes = Array.from({ length: calls }, () => random() > 0.45);
    const state = breakerStateAfter(windowSize, minimumCalls, threshold, outcomes);
    const seq = outcomes.map((ok) => (ok ? '✓' : '✗')).join('');
    const others = ['CLOSED', 'OPEN', 'HALF_OPEN'].filter((s) => s !== state);
    const failures = outcomes.filter((ok) => !ok).length;
    return {
      cardId: 'rl-resilience4j',
      link: 'lab:circuit-breaker?preset=resilience4j-default',
      item: singleItem(
        `gen:breaker-state:${n}`,
        {
          zh: `Resilience4j，COUNT_BASED 窗口 ${windowSize}、minimumNumberOfCalls=${minimumCalls}、failureRateThreshold=${threshold}%，从 CLOSED 开始依次收到 ${seq}（✓ 成功，✗ 失败，OPEN 时的调用被拒、不记录）。最后是什么状态？`,
          en: `Resilience4j, COUNT_BASED window ${windowSize}, minimumNumberOfCalls=${minimumCalls}, failureRateThreshold=${threshold}%, starting CLOSED, gets ${seq} (✓ success, ✗ failure; calls while OPEN are rejected and not recorded). Which state is it in at the end?`,
        },
        { zh: [state, ...others], en: [state, ...others] },
        {
          zh: `每次记录后检查：窗口里不少于 ${minimumCalls} 个调用、失败率 ≥ ${threshold}% 就打开；OPEN 要等 waitDurationInOpenState（默认 60 秒）才进 HALF_OPEN，这里时间只过了几十毫秒。这串里共 ${failures} 次失败。`,
          en: `After each record it checks: at least ${minimumCalls} calls in the window and a failure rate ≥ ${threshold}% opens it; OPEN waits waitDurationInOpenState (60 s by default) before HALF_OPEN, and only milliseconds pass here. The sequence has ${failures} failures.`,
        },
      ),
    };
  },
};
