// Predict mode: the lab pauses before request `index` and asks whether it will be admitted, delayed
// or rejected. The answer comes from the precomputed run, so it is exactly what the engine did.
import { getAlgorithm } from './algorithms.ts';
import { describeDecision, formatMs, outcomeLabelsIn, type Language } from './explain.ts';
import type { Outcome } from './limiter.ts';
import type { RateLimitRun } from './simulate.ts';

export interface PredictAnswer {
  readonly outcome: Outcome;
  readonly delayMs: number;
  /** e.g. "延迟 2 秒" / "Delayed 2 s" or "拒绝（503）" / "Rejected (503)". */
  readonly headline: string;
  /** Why, in the asked language, with the numbers the algorithm compared. */
  readonly explanation: string;
}

/** The choices to offer: only algorithms that can delay get the "delay" button. */
export function predictChoices(run: RateLimitRun): Outcome[] {
  return getAlgorithm(run.entry.algorithm).canDelay ? ['admit', 'delay', 'reject'] : ['admit', 'reject'];
}

/** The correct answer for request `index`, or undefined when the run has no such request. */
export function predictAnswer(run: RateLimitRun, index: number, language: Language = 'zh'): PredictAnswer | undefined {
  const row = run.rows[index];
  if (!row) return undefined;
  const labels = outcomeLabelsIn(language);
  const status = language === 'en' ? ` (${row.status})` : `（${row.status}）`;
  const headline =
    row.outcome === 'delay' ? `${labels.delay} ${formatMs(row.delayMs, language)}` : row.outcome === 'reject' ? `${labels.reject}${status}` : labels.admit;
  return { outcome: row.outcome, delayMs: row.delayMs, headline, explanation: describeDecision(row, run.entry, language) };
}

/** Grades a guess. */
export function checkPrediction(
  run: RateLimitRun,
  index: number,
  guess: Outcome,
  language: Language = 'zh',
): { correct: boolean; answer: PredictAnswer } | undefined {
  const answer = predictAnswer(run, index, language);
  return answer && { correct: answer.outcome === guess, answer };
}
