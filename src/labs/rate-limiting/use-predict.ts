// Predict mode: the player stops just before each request; the user guesses admit / delay / reject,
// the engine's row answers (core/predict.ts) and a score is kept. Playing on runs to the next request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Player } from '../../ui/player/use-player.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import type { Outcome } from './core/limiter.ts';
import { checkPrediction, type PredictAnswer } from './core/predict.ts';
import type { RateLimitRun } from './core/simulate.ts';
import { justBefore } from './run-model.ts';

export interface Reveal {
  readonly index: number;
  readonly guess: Outcome;
  readonly correct: boolean;
  readonly answer: PredictAnswer;
}

export interface Predict {
  readonly enabled: boolean;
  readonly score: { readonly answered: number; readonly correct: number };
  /** The answer shown for the request the player stands on, if the user just guessed it. */
  readonly reveal: Reveal | null;
  /** The request being asked about (the next one), or null at the end of the run. */
  readonly question: number | null;
  setEnabled(on: boolean): void;
  guess(outcome: Outcome): void;
  next(): void;
  resetScore(): void;
}

export function usePredict(player: Player, run: RateLimitRun | undefined, times: readonly number[]): Predict {
  const [enabled, setEnabledState] = useState(false);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [score, setScore] = useState({ answered: 0, correct: 0 });
  const stopAt = useRef<number | null>(null);
  const { playing, index, pause, seek } = player;

  // A new run (other values, or another lane) starts a fresh game.
  useEffect(() => {
    setReveal(null);
    setScore({ answered: 0, correct: 0 });
  }, [run]);

  // Playing in predict mode runs to just before the next request, then stops to ask. The seek back
  // waits until the player has stopped: a frame still in flight would otherwise move the clock on.
  const pendingStop = useRef<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    if (playing) {
      if (stopAt.current === null) {
        stopAt.current = index + 1;
        setReveal(null);
      } else if (index >= stopAt.current) {
        pendingStop.current = stopAt.current;
        pause();
      }
      return;
    }
    stopAt.current = null;
    const target = pendingStop.current;
    pendingStop.current = null;
    if (target !== null) seek(justBefore(times, target));
  }, [enabled, playing, index, pause, seek, times]);

  const setEnabled = useCallback(
    (on: boolean) => {
      setEnabledState(on);
      setReveal(null);
      if (on) {
        pause();
        seek(justBefore(times, index + 1));
      }
    },
    [pause, seek, times, index],
  );

  const shown = reveal && reveal.index === index ? reveal : null;
  const question = run && index + 1 < run.rows.length ? index + 1 : null;

  return {
    enabled,
    score,
    reveal: shown,
    question: shown ? null : question,
    setEnabled,
    guess: (outcome) => {
      if (!run || question === null) return;
      const result = checkPrediction(run, question, outcome, currentLanguage());
      if (!result) return;
      setReveal({ index: question, guess: outcome, correct: result.correct, answer: result.answer });
      setScore((sc) => ({ answered: sc.answered + 1, correct: sc.correct + (result.correct ? 1 : 0) }));
      seek(times[question] ?? 0);
    },
    next: () => {
      setReveal(null);
      seek(justBefore(times, index + 1));
    },
    resetScore: () => setScore({ answered: 0, correct: 0 }),
  };
}
