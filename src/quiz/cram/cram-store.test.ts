// Cram never moves the schedule: card states come from review records only, so a store over a log
// with cram reviews mixed in derives exactly the states of the same log without them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryDb } from '../../lib/record-db.ts';
import type { RecordSync } from '../../lib/record-sync.ts';
import { createProgressStore } from '../../study/progress-store.ts';
import { createCramStore, CRAM_KIND } from './cram-store.ts';

const quiet: RecordSync = { post: () => undefined, subscribe: () => () => undefined };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('cram reviews', () => {
  it('do not change any card state (property: any interleaving of reviews and cram)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            card: fc.constantFrom('a', 'b', 'c'),
            grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
            cram: fc.boolean(),
            gapMin: fc.integer({ min: 1, max: 5000 }),
          }),
          { maxLength: 25 },
        ),
        async (steps) => {
          const withCram = createMemoryDb();
          const without = createMemoryDb();
          const a = createProgressStore(withCram, quiet);
          const b = createProgressStore(without, quiet);
          const cram = createCramStore(withCram, quiet);
          await Promise.all([a.getState().loaded, b.getState().loaded]);
          let t = Date.UTC(2026, 11, 1);
          for (const s of steps) {
            t += s.gapMin * 60_000;
            if (s.cram) await cram.getState().logCram(s.card, s.grade, t);
            else {
              await a.getState().grade(s.card, s.grade, 1000, t);
              await b.getState().grade(s.card, s.grade, 1000, t);
            }
          }
          expect(JSON.stringify([...a.getState().view.states])).toBe(JSON.stringify([...b.getState().view.states]));
          // A fresh store replaying the saved data agrees too.
          const replay = createProgressStore(withCram, quiet);
          await replay.getState().loaded;
          expect(JSON.stringify([...replay.getState().view.states])).toBe(JSON.stringify([...b.getState().view.states]));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('are saved as their own records, and interview dates by read-modify-write', async () => {
    const db = createMemoryDb();
    const one = createCramStore(db, quiet);
    const two = createCramStore(db, quiet);
    await settle();
    await one.getState().logCram('a', 2, 1000);
    expect((await db.list(CRAM_KIND)).map((r) => (r as unknown as { cardId: string }).cardId)).toEqual(['a']);
    // Two tabs, each behind the other: both dates survive.
    await one.getState().setDate(null, '2026-12-20');
    await two.getState().setDate('kubernetes', '2026-12-10');
    expect(two.getState().dates).toEqual({ overall: '2026-12-20', decks: { kubernetes: '2026-12-10' } });
    await one.getState().setDate('kubernetes', null);
    expect(one.getState().dates).toEqual({ overall: '2026-12-20', decks: {} });
  });
});
