// Interview dates and cram reviews, saved the way reviews are (lib/record-db.ts): the dates are one
// value changed by read-modify-write (a stale tab re-applies its change to the newest dates), each
// cram review is a record of its own kind, added and never rewritten. Other tabs hear of both.
import { create } from 'zustand';
import { appDb } from '../../lib/app-storage.ts';
import type { RecordDb, StoredRecord } from '../../lib/record-db.ts';
import { appSync, type RecordSync } from '../../lib/record-sync.ts';
import { isInterviewDates, NO_DATES, type InterviewDates } from './core/cram.ts';

export const INTERVIEW_DATES_KEY = 'interview-dates';
export const CRAM_KIND = 'cram-review';

export interface CramReview extends StoredRecord {
  readonly kind: typeof CRAM_KIND;
  readonly cardId: string;
  readonly grade: 1 | 2 | 3 | 4;
  readonly time: number;
}

export interface CramState {
  readonly ready: boolean;
  readonly dates: InterviewDates;
  readonly reviews: readonly CramReview[];
  /** A storage failure, shown to the user (the change is not kept). */
  readonly error: string | null;
  setDate(deckId: string | null, date: string | null): Promise<void>;
  logCram(cardId: string, grade: 1 | 2 | 3 | 4, time?: number): Promise<void>;
}

export function createCramStore(db: RecordDb, sync: RecordSync) {
  const store = create<CramState>()((set, get) => ({
    ready: false,
    dates: NO_DATES,
    reviews: [],
    error: null,
    async setDate(deckId, date) {
      try {
        const next = await db.update<InterviewDates>(INTERVIEW_DATES_KEY, (current) => {
          const base = current && isInterviewDates(current.value) ? current.value : NO_DATES;
          if (deckId === null) return { ...base, overall: date };
          const decks = { ...base.decks };
          if (date === null) delete decks[deckId];
          else decks[deckId] = date;
          return { ...base, decks };
        });
        set({ dates: next.value, error: null });
        sync.post({ type: 'value', key: INTERVIEW_DATES_KEY, version: next });
      } catch (e) {
        set({ error: String(e) });
      }
    },
    async logCram(cardId, grade, time = Date.now()) {
      const record: CramReview = { kind: CRAM_KIND, id: `${time.toString(36)}-${Math.random().toString(36).slice(2, 10)}`, cardId, grade, time };
      try {
        await db.add([record]);
        set({ reviews: [...get().reviews, record], error: null });
        sync.post({ type: 'records', kind: CRAM_KIND, added: [record], removed: [] });
      } catch (e) {
        set({ error: String(e) });
      }
    },
  }));

  void Promise.all([db.read<InterviewDates>(INTERVIEW_DATES_KEY), db.list<CramReview>(CRAM_KIND)]).then(
    ([dates, reviews]) => store.setState({ ready: true, dates: dates && isInterviewDates(dates.value) ? dates.value : NO_DATES, reviews }),
    (e) => store.setState({ ready: true, error: String(e) }),
  );
  sync.subscribe((m) => {
    if (m.type === 'value' && m.key === INTERVIEW_DATES_KEY && isInterviewDates(m.version.value)) store.setState({ dates: m.version.value });
    if (m.type === 'records' && m.kind === CRAM_KIND) {
      const have = new Set(store.getState().reviews.map((r) => r.id));
      const added = (m.added as CramReview[]).filter((r) => !have.has(r.id));
      if (added.length > 0) store.setState({ reviews: [...store.getState().reviews, ...added] });
    }
  });
  return store;
}

export const useCramStore = createCramStore(appDb, appSync);
