// Plays a precomputed run: a virtual clock that advances with real time × speed, and the index of
// the last row at or before it. Step, step back and seek move the clock to a row's time, so the
// picture, chart and trace table always show one consistent moment of the run.
import { useCallback, useEffect, useRef, useState } from 'react';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

export interface PlayerState {
  readonly timeMs: number;
  /** Index of the last row with time ≤ timeMs, or -1 before the first row. */
  readonly index: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly durationMs: number;
}

export interface Player extends PlayerState {
  play(): void;
  pause(): void;
  toggle(): void;
  step(): void;
  stepBack(): void;
  seek(timeMs: number): void;
  /** Jump to the end of the run at once (fast-forward). */
  toEnd(): void;
  setSpeed(speed: number): void;
  faster(): void;
  slower(): void;
}

/** Index of the last time ≤ t in a sorted array (binary search), -1 if none. */
export function lastIndexAtOrBefore(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? Infinity) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function usePlayer(times: readonly number[], durationMs: number, initialSpeed = 1): Player {
  const [timeMs, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeedState] = useState(initialSpeed);
  const last = useRef<number | null>(null);

  // A new run starts from the beginning, paused.
  useEffect(() => {
    setTime(0);
    setPlaying(false);
  }, [times, durationMs]);

  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    const tick = (now: number) => {
      const prev = last.current ?? now;
      last.current = now;
      // Clamp a long gap (background tab) so the run does not jump ahead unseen.
      const dt = Math.min(now - prev, 100) * speed;
      setTime((t) => {
        const next = Math.min(durationMs, t + dt);
        if (next >= durationMs) setPlaying(false);
        return next;
      });
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      last.current = null;
    };
  }, [playing, speed, durationMs]);

  const index = lastIndexAtOrBefore(times, timeMs);
  const seek = useCallback((t: number) => setTime(Math.max(0, Math.min(durationMs, t))), [durationMs]);
  const step = useCallback(() => {
    setPlaying(false);
    setTime((t) => {
      const i = lastIndexAtOrBefore(times, t);
      return times[i + 1] ?? durationMs;
    });
  }, [times, durationMs]);
  const stepBack = useCallback(() => {
    setPlaying(false);
    setTime((t) => {
      const i = lastIndexAtOrBefore(times, t);
      // At a row: go to the previous row; between rows: go back to the row shown.
      const target = times[i] === t ? i - 1 : i;
      return target >= 0 ? (times[target] ?? 0) : 0;
    });
  }, [times]);
  const setSpeed = useCallback((s: number) => setSpeedState(s), []);
  const shift = (dir: 1 | -1) =>
    setSpeedState((s) => {
      const i = SPEEDS.indexOf(s as (typeof SPEEDS)[number]);
      return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? 2 : i) + dir))] ?? s;
    });

  return {
    timeMs,
    index,
    playing,
    speed,
    durationMs,
    play: () => {
      if (timeMs >= durationMs) setTime(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    toggle: () => (playing ? setPlaying(false) : (timeMs >= durationMs && setTime(0), setPlaying(true))),
    step,
    stepBack,
    seek,
    toEnd: () => {
      setPlaying(false);
      setTime(durationMs);
    },
    setSpeed,
    faster: () => shift(1),
    slower: () => shift(-1),
  };
}
