// Card states kept up to date one review at a time. The log, grouped by card and sorted (byTime),
// is the source; a card's state is the replay of its own entries, so a new review that is the
// card's latest costs one FSRS step, and one that lands earlier (an import, another tab's clock)
// replays only that card. `rebuild` replays everything; card-index.test.ts checks the two agree.
// A cache of states (written by the store) is used on load only for cards whose entries still
// have the fingerprint the cache recorded.
import type { Slicer } from '../lib/yield-to-main.ts';
import { byTime, type ReviewEntry } from './review-log.ts';
import type { CardState, Scheduler } from './scheduler.ts';

export interface CachedCard {
  readonly fingerprint: string;
  readonly state: CardState;
  /** Time of the card's first review (for the new-cards-per-day count). */
  readonly first: number;
}

export interface CardIndex {
  readonly byCard: ReadonlyMap<string, readonly ReviewEntry[]>;
  readonly states: ReadonlyMap<string, CardState>;
  /** Each reviewed card's first review time. */
  readonly firstReviewAt: ReadonlyMap<string, number>;
  /** Number of entries. */
  readonly size: number;
  /** Cards whose state was replayed when the index was built (not taken from the cache). */
  readonly replayedOnBuild: number;
  /** Replays one card's state from its entries. */
  replay(cardId: string): void;
  has(entryId: string): boolean;
  /** Adds the entries it does not have yet; returns those it added. */
  add(entries: readonly ReviewEntry[]): ReviewEntry[];
  /** Removes entries by id; returns those it removed. */
  remove(ids: readonly string[]): ReviewEntry[];
  /** Every entry in replay order. */
  entries(): ReviewEntry[];
  /** Each card's state with the fingerprint of the entries it came from. */
  toCache(): Map<string, CachedCard>;
}

/**
 * Count, and hashes of the card's entries (time and grade; the id is made of card and time), in
 * replay order. Records are never rewritten, so equal fingerprints mean equal entries: numbers
 * only, since hashing 400,000 id strings on every open costs more than the rest of the check.
 */
export function fingerprint(entries: readonly ReviewEntry[]): string {
  let a = 0x811c9dc5;
  let b = 0;
  for (const e of entries) {
    const low = e.time % 0x100000000;
    const high = Math.floor(e.time / 0x100000000);
    a = Math.imul(a ^ low, 0x01000193) ^ Math.imul(high + e.grade, 0x5bd1e995);
    b = (b + low + e.grade * 0x9e3779b1) % 0x7fffffff;
  }
  const last = entries.at(-1)?.id ?? '';
  return `${entries.length}:${(a >>> 0).toString(36)}:${b.toString(36)}:${last}`;
}

/**
 * createCardIndex for a long log without a valid cache: the same build, paused between slices
 * (`slicer`), so a first open with 400,000 reviews keeps the page painting and answering.
 */
export async function buildCardIndex(
  scheduler: Scheduler,
  initial: readonly ReviewEntry[],
  cache: ReadonlyMap<string, CachedCard> | undefined,
  slicer: Slicer,
  onProgress?: (done: number, total: number) => void,
): Promise<CardIndex> {
  const steps = indexSteps(scheduler, initial, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slicer.due()) {
      if (step.value) onProgress?.(step.value.done, step.value.total);
      await slicer.pause();
    }
  }
}

/** The index of `initial`, with cached states where their fingerprints still match. */
export function createCardIndex(scheduler: Scheduler, initial: readonly ReviewEntry[] = [], cache?: ReadonlyMap<string, CachedCard>): CardIndex {
  const steps = indexSteps(scheduler, initial, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Replays between two possible pauses; a replay costs one FSRS step per review. */
const GROUP_STEP = 8192;
const CHECK_STEP = 256;

/**
 * The build, as a generator that yields where it may pause: every few thousand entries grouped,
 * every few hundred cards checked against the cache, and after each card replayed (with how many
 * of the cards to replay are done).
 */
function* indexSteps(
  scheduler: Scheduler,
  initial: readonly ReviewEntry[],
  cache: ReadonlyMap<string, CachedCard> | undefined,
): Generator<{ done: number; total: number } | undefined, CardIndex> {
  const byCard = new Map<string, ReviewEntry[]>();
  const states = new Map<string, CardState>();
  const firstReviewAt = new Map<string, number>();
  const ids = new Map<string, ReviewEntry>();
  const replay = (cardId: string) => {
    const list = byCard.get(cardId);
    if (!list || list.length === 0) {
      byCard.delete(cardId);
      states.delete(cardId);
      firstReviewAt.delete(cardId);
      return;
    }
    let state: CardState | undefined;
    for (const e of list) state = scheduler.step(state, e);
    states.set(cardId, state!);
    firstReviewAt.set(cardId, list[0]!.time);
  };

  for (let i = 0; i < initial.length; i++) {
    const e = initial[i] as ReviewEntry;
    if (i % GROUP_STEP === GROUP_STEP - 1) yield undefined;
    if (ids.has(e.id)) continue;
    ids.set(e.id, e);
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  const toReplay: string[] = [];
  let checked = 0;
  for (const [cardId, list] of byCard) {
    if (++checked % CHECK_STEP === 0) yield undefined;
    list.sort(byTime);
    const cached = cache?.get(cardId);
    if (cached && cached.fingerprint === fingerprint(list)) {
      states.set(cardId, cached.state);
      firstReviewAt.set(cardId, list[0]!.time);
    } else {
      toReplay.push(cardId);
    }
  }
  for (let i = 0; i < toReplay.length; i++) {
    replay(toReplay[i] as string);
    if (i + 1 < toReplay.length) yield { done: i + 1, total: toReplay.length };
  }
  const replayedOnBuild = toReplay.length;

  return {
    byCard,
    states,
    firstReviewAt,
    get size() {
      return ids.size;
    },
    replayedOnBuild,
    replay,
    has: (id) => ids.has(id),
    add(entries) {
      const added: ReviewEntry[] = [];
      const stale = new Set<string>();
      for (const e of entries) {
        if (ids.has(e.id)) continue;
        ids.set(e.id, e);
        added.push(e);
        const list = byCard.get(e.cardId);
        const last = list?.at(-1);
        if (!list) {
          byCard.set(e.cardId, [e]);
          firstReviewAt.set(e.cardId, e.time);
        } else if (last && byTime(last, e) < 0) list.push(e);
        else {
          list.push(e);
          list.sort(byTime);
          stale.add(e.cardId);
          continue;
        }
        if (!stale.has(e.cardId)) states.set(e.cardId, scheduler.step(states.get(e.cardId), e));
      }
      for (const cardId of stale) replay(cardId);
      return added;
    },
    remove(removeIds) {
      const removed: ReviewEntry[] = [];
      const touched = new Set<string>();
      for (const id of removeIds) {
        const e = ids.get(id);
        if (!e) continue;
        ids.delete(id);
        removed.push(e);
        const list = byCard.get(e.cardId) ?? [];
        list.splice(list.indexOf(e), 1);
        touched.add(e.cardId);
      }
      for (const cardId of touched) replay(cardId);
      return removed;
    },
    entries: () => [...ids.values()].sort(byTime),
    toCache() {
      const out = new Map<string, CachedCard>();
      for (const [cardId, list] of byCard) {
        const state = states.get(cardId);
        if (state) out.set(cardId, { fingerprint: fingerprint(list), state, first: list[0]!.time });
      }
      return out;
    },
  };
}
