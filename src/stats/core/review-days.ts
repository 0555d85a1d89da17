// Reviews per study day (the day starts at 04:00, as in Anki and study/study-day.ts) over the last
// year, and the streak of days with at least one review. Pure: the log and "now" come in.
import { startOfStudyDay } from '../../study/study-day.ts';
import type { ReviewEntry } from '../../study/review-log.ts';

export interface DayCount {
  /** Start of the study day, local time (ms). */
  readonly start: number;
  readonly count: number;
}

/** One entry per study day, oldest first, ending with today; days without reviews count 0. */
export function reviewsPerDay(log: readonly Pick<ReviewEntry, 'time'>[], now: number, days = 365): DayCount[] {
  const today = startOfStudyDay(now);
  const starts: number[] = [];
  for (let d = new Date(today), i = 0; i < days; i++, d.setDate(d.getDate() - 1)) starts.push(d.getTime());
  starts.reverse();
  const counts = new Map(starts.map((s) => [s, 0]));
  const first = starts[0] ?? today;
  for (const entry of log) {
    if (entry.time < first || entry.time > now) continue;
    const day = startOfStudyDay(entry.time);
    const n = counts.get(day);
    if (n !== undefined) counts.set(day, n + 1);
  }
  return starts.map((start) => ({ start, count: counts.get(start) ?? 0 }));
}

/**
 * Days in a row with reviews, ending today; a day not yet studied does not break the streak until
 * it is over (Anki counts the same way), so before the first review of the day it ends yesterday.
 */
export function currentStreak(days: readonly DayCount[]): number {
  let i = days.length - 1;
  if ((days[i]?.count ?? 0) === 0) i--;
  let streak = 0;
  for (; i >= 0 && (days[i]?.count ?? 0) > 0; i--) streak++;
  return streak;
}
