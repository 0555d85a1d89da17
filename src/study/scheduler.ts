// FSRS scheduling, by ts-fsrs with its default parameters; only the desired retention is a user
// setting. Card states are replayed from the review log (a cache of them is only a cache). This
// module carries ts-fsrs, so the first page loads it lazily (progress-store.ts).
import { createEmptyCard, fsrs, generatorParameters, type Card as FsrsCard, type FSRS } from 'ts-fsrs';
import { byTime, type Grade, type ReviewEntry } from './review-log.ts';
import { DEFAULT_RETENTION } from './study-constants.ts';

export type CardState = FsrsCard;

export interface Scheduler {
  /** State of every card that has at least one review, replayed in time order. */
  derive(log: readonly ReviewEntry[]): Map<string, CardState>;
  /** One card's state after one more review (`before` undefined: its first). */
  step(before: CardState | undefined, entry: ReviewEntry): CardState;
  /** When each grade would schedule the card next, as ms from `now`. */
  preview(state: CardState | undefined, now: number): Record<Grade, number>;
}

export { DEFAULT_RETENTION };

export function createScheduler(retention = DEFAULT_RETENTION): Scheduler {
  const engine: FSRS = fsrs(generatorParameters({ request_retention: retention }));
  return {
    derive(log) {
      const states = new Map<string, CardState>();
      for (const entry of [...log].sort(byTime)) states.set(entry.cardId, this.step(states.get(entry.cardId), entry));
      return states;
    },
    step(before, entry) {
      return engine.next(before ?? createEmptyCard<CardState>(new Date(entry.time)), new Date(entry.time), entry.grade).card;
    },
    preview(state, now) {
      const card = state ?? createEmptyCard<CardState>(new Date(now));
      const preview = engine.repeat(card, new Date(now));
      const at = (g: Grade) => preview[g].card.due.getTime() - now;
      return { 1: at(1), 2: at(2), 3: at(3), 4: at(4) };
    },
  };
}

const UNITS = {
  en: { m: 'm', h: 'h', d: 'd', mo: 'mo', y: 'y' },
  zh: { m: '分钟', h: '小时', d: '天', mo: '个月', y: '年' },
} as const;

/** `1m`, `10m`, `3h`, `4d`, `2mo`, `1.2y` (`10分钟`, `4天` in Chinese): the label Anki shows on a grade button. */
export function formatInterval(ms: number, language: 'zh' | 'en' = 'en'): string {
  const u = UNITS[language];
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}${u.m}`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}${u.h}`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}${u.d}`;
  if (days < 365) return `${Math.round(days / 30)}${u.mo}`;
  return `${(days / 365).toFixed(1)}${u.y}`;
}
