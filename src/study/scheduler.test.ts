import { State } from 'ts-fsrs';
import { STATE_REVIEW } from './study-constants.ts';
import { describe, expect, it } from 'vitest';
import { createEntry } from './review-log.ts';
import { createScheduler, formatInterval } from './scheduler.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 10, 20, 9);

describe('scheduler (ts-fsrs defaults)', () => {
  const scheduler = createScheduler();

  it('derives nothing from an empty log', () => {
    expect(scheduler.derive([]).size).toBe(0);
  });

  it('a new card graded Again stays in learning and is due within minutes', () => {
    const state = scheduler.derive([createEntry('a', 1, t0, 0)]).get('a');
    expect(state?.state).toBe(State.Learning);
    expect(state!.due.getTime() - t0).toBeLessThanOrEqual(10 * 60_000);
  });

  it('a new card graded Easy goes to review with a due date days away', () => {
    const state = scheduler.derive([createEntry('a', 4, t0, 0)]).get('a');
    expect(state?.state).toBe(State.Review);
    expect(state!.due.getTime() - t0).toBeGreaterThanOrEqual(DAY);
  });

  it('orders grades: Again < Hard < Good < Easy intervals for every state', () => {
    const learned = scheduler.derive([createEntry('a', 3, t0, 0), createEntry('a', 3, t0 + 10 * 60_000, 0), createEntry('a', 3, t0 + 3 * DAY, 0)]).get('a');
    for (const state of [undefined, learned]) {
      const p = scheduler.preview(state, t0 + 10 * DAY);
      expect(p[1]).toBeLessThan(p[2]);
      expect(p[2]).toBeLessThanOrEqual(p[3]);
      expect(p[3]).toBeLessThan(p[4]);
    }
  });

  it('replays in time order whatever order the log is stored in', () => {
    const log = [createEntry('a', 3, t0, 0), createEntry('a', 1, t0 + DAY, 0), createEntry('a', 3, t0 + 2 * DAY, 0)];
    expect(scheduler.derive([...log].reverse()).get('a')).toEqual(scheduler.derive(log).get('a'));
  });

  it('a higher desired retention schedules sooner', () => {
    const log = [createEntry('a', 3, t0, 0), createEntry('a', 3, t0 + 10 * 60_000, 0)];
    const strict = createScheduler(0.97).derive(log).get('a')!;
    const relaxed = createScheduler(0.8).derive(log).get('a')!;
    expect(strict.due.getTime()).toBeLessThan(relaxed.due.getTime());
  });

  it('formats intervals like Anki buttons', () => {
    expect(formatInterval(30_000)).toBe('1m');
    expect(formatInterval(10 * 60_000)).toBe('10m');
    expect(formatInterval(3 * 3_600_000)).toBe('3h');
    expect(formatInterval(4 * DAY)).toBe('4d');
    expect(formatInterval(65 * DAY)).toBe('2mo');
    expect(formatInterval(400 * DAY)).toBe('1.1y');
    // Chinese UI, Chinese units.
    expect(formatInterval(10 * 60_000, 'zh')).toBe('10分钟');
    expect(formatInterval(4 * DAY, 'zh')).toBe('4天');
    expect(formatInterval(65 * DAY, 'zh')).toBe('2个月');
  });
});

describe('constants kept outside ts-fsrs', () => {
  it('STATE_REVIEW is ts-fsrs State.Review', () => {
    expect(STATE_REVIEW).toBe(State.Review);
  });
});
