// Incremental derivation must equal a full replay of the log, whatever order reviews arrive in
// (other tabs, imports) and whatever is undone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCardIndex, createCardIndex, fingerprint } from './card-index.ts';
import { createEntry, type Grade } from './review-log.ts';
import { createScheduler } from './scheduler.ts';
import { firstReviewTimes } from './session.ts';

const scheduler = createScheduler();
const entry = fc
  .record({
    card: fc.constantFrom('a', 'b', 'c', 'd'),
    grade: fc.constantFrom<Grade>(1, 2, 3, 4),
    time: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_000 + 90 * 86_400_000 }),
  })
  .map(({ card, grade, time }) => createEntry(card, grade, time, 0));

describe('card index', () => {
  it('incremental adds and removes give the same states as a full replay', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 8 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 5 }), (batches, removals) => {
        const index = createCardIndex(scheduler);
        for (const batch of batches) index.add(batch);
        const all = index.entries();
        const removed = removals.map((n) => all[n % Math.max(1, all.length)]?.id).filter((id): id is string => id !== undefined);
        index.remove(removed);
        const rest = all.filter((e) => !removed.includes(e.id));
        expect(new Map(index.states)).toEqual(scheduler.derive(rest));
        expect(new Map(index.firstReviewAt)).toEqual(firstReviewTimes(rest));
        expect(index.size).toBe(rest.length);
        expect(new Map(createCardIndex(scheduler, rest).states)).toEqual(scheduler.derive(rest));
      }),
    );
  });

  it('built in slices, it equals the index built at once', async () => {
    const log = Array.from({ length: 400 }, (_, i) => createEntry(`k${i % 37}`, ((i % 4) + 1) as Grade, 1_700_000_000_000 + i * 3_600_000, 0));
    let pauses = 0;
    const progress: number[] = [];
    const sliced = await buildCardIndex(
      scheduler,
      log,
      undefined,
      {
        due: () => true,
        pause: async () => {
          pauses++;
        },
      },
      (done) => progress.push(done),
    );
    const whole = createCardIndex(scheduler, log);
    expect(new Map(sliced.states)).toEqual(new Map(whole.states));
    expect(new Map(sliced.firstReviewAt)).toEqual(new Map(whole.firstReviewAt));
    expect(pauses).toBe(36); // after every card but the last
    expect(progress.at(-1)).toBe(36);
    // With a valid cache nothing is replayed, so nothing pauses.
    const cached = await buildCardIndex(scheduler, log, whole.toCache(), {
      due: () => true,
      pause: async () => {
        pauses++;
      },
    });
    expect(cached.replayedOnBuild).toBe(0);
    expect(pauses).toBe(36);
  });

  it('adding an entry it has changes nothing', () => {
    const e = createEntry('a', 3, 1000, 0);
    const index = createCardIndex(scheduler, [e]);
    expect(index.add([e])).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('uses a cached state only while the card still has the same entries', () => {
    const log = [createEntry('a', 3, 1000, 0), createEntry('b', 1, 2000, 0)];
    const cache = createCardIndex(scheduler, log).toCache();
    const fake = { ...cache.get('a')!, state: { ...cache.get('a')!.state, reps: 99 } };
    const trusted = createCardIndex(scheduler, log, new Map([['a', fake]]));
    expect(trusted.states.get('a')?.reps).toBe(99); // taken from the cache, not replayed
    const changed = [...log, createEntry('a', 1, 3000, 0)];
    const replayed = createCardIndex(scheduler, changed, new Map([['a', fake]]));
    expect(replayed.states.get('a')).toEqual(scheduler.derive(changed).get('a'));
    expect(fingerprint(log.slice(0, 1))).not.toBe(fingerprint(changed.filter((e) => e.cardId === 'a')));
  });
});
