// The progress store: review records and study settings, in the app's RecordDb (IndexedDB).
// - Each grade is one record, added (never a rewrite of the whole log); grade() resolves once the
//   transaction committed, and only then does the page move on.
// - Settings are one keyed value changed by read-modify-write, so a stale tab's change is applied
//   on top of the newest settings instead of replacing them.
// - Card states are updated per review (card-index.ts); a cache of them makes a long log open fast.
// - Other tabs hear of every committed change (record-sync.ts) and apply it.
// - Undo removes exactly this tab's last review record, never another tab's.
import { create } from 'zustand';
import { appDb, useStorageStatus } from '../lib/app-storage.ts';
import type { RecordDb, StoredRecord, Versioned } from '../lib/record-db.ts';
import { appSync, type RecordSync } from '../lib/record-sync.ts';
import { LEGACY_PROGRESS_KEY, MIGRATED_KEY, REVIEW_KIND, SETTINGS_KEY, STATES_CACHE_KEY } from './progress-keys.ts';
import { createSlicer } from '../lib/yield-to-main.ts';
import { buildCardIndex, createCardIndex, type CachedCard, type CardIndex } from './card-index.ts';
import { defaultSettings, isStudySettings, type StudySettings } from './progress-schema.ts';
import { byTime, createEntry, type Grade, type ReviewEntry } from './review-log.ts';
import type { CardState, Scheduler } from './scheduler.ts';

type ReviewRecord = ReviewEntry & StoredRecord;

/** The derived view components read; a new object on every change (the maps inside are shared). */
export interface ProgressView {
  /** Empty until `complete`: the reviews themselves load after the counts are shown. */
  readonly byCard: ReadonlyMap<string, readonly ReviewEntry[]>;
  readonly states: ReadonlyMap<string, CardState>;
  readonly firstReviewAt: ReadonlyMap<string, number>;
  readonly size: number;
  /** False while the view comes from the states cache and the reviews are still loading. */
  readonly complete: boolean;
}

export interface ProgressState {
  /** True once card states are known (from the cache or from the reviews). */
  readonly ready: boolean;
  readonly view: ProgressView;
  readonly settings: StudySettings;
  /** Ids of the reviews this tab made, newest last: what undo may remove. */
  readonly ownReviews: readonly string[];
  /** While card states are being replayed from the reviews in slices (a first open, a new retention). */
  readonly rebuilding: { readonly done: number; readonly total: number } | null;
  grade(cardId: string, grade: Grade, durationMs: number, now?: number): Promise<ReviewEntry>;
  undo(): Promise<ReviewEntry | null>;
  /** Adds the entries not present yet; resolves with how many it added. */
  importEntries(entries: readonly ReviewEntry[]): Promise<number>;
  setSettings(patch: Partial<StudySettings>): Promise<void>;
  /** Every review in replay order. */
  entries(): ReviewEntry[];
  /** Resolves once every review is loaded; grades, undo and imports wait for it. */
  loaded: Promise<void>;
}

/** Valid while the reviews' revision (record-db.ts) is still `revision`. */
interface StatesCache {
  readonly retention: number;
  readonly revision: number;
  readonly size: number;
  readonly cards: Map<string, CachedCard>;
}

const CACHE_DELAY_MS = 2000;
const IMPORT_SLICE = 200;

/** Until ts-fsrs has loaded nothing may step a card; the index is empty and grades wait for `loaded`. */
const notLoaded: Scheduler = {
  derive() {
    throw new Error('scheduler not loaded');
  },
  step() {
    throw new Error('scheduler not loaded');
  },
  preview() {
    throw new Error('scheduler not loaded');
  },
};

export function createProgressStore(db: RecordDb, sync: RecordSync, { cacheDelayMs = CACHE_DELAY_MS } = {}) {
  // ts-fsrs loads with the saved data, not with the page: the home page's counts come from the
  // cached states when they are still valid.
  let createScheduler: ((retention: number) => Scheduler) | null = null;
  let index: CardIndex = createCardIndex(notLoaded);
  let settingsRev = 0;
  let cacheTimer: ReturnType<typeof setTimeout> | undefined;
  const viewOf = (): ProgressView => ({ byCard: index.byCard, states: index.states, firstReviewAt: index.firstReviewAt, size: index.size, complete: true });

  const writeCache = () => {
    clearTimeout(cacheTimer);
    cacheTimer = undefined;
    // Mid-rebuild the index still holds the old retention's states: cache them after.
    if (rebuilding) return;
    const { retention } = useStore.getState().settings;
    const cards = index.toCache();
    const size = index.size;
    // The revision is read after the states were taken: a write since then makes the cache look
    // stale (one slower open), never current with a review missing.
    void db
      .revision(REVIEW_KIND)
      .then((revision) => db.putCache(STATES_CACHE_KEY, { retention, revision, size, cards } satisfies StatesCache))
      .catch(() => undefined); // a cache: losing it costs a replay
  };
  const changed = () => {
    useStore.setState({ view: viewOf() });
    if (cacheTimer === undefined) cacheTimer = setTimeout(writeCache, cacheDelayMs);
  };
  const applySettings = (version: Versioned<StudySettings>) => {
    if (version.rev < settingsRev || !isStudySettings(version.value)) return;
    settingsRev = version.rev;
    const before = useStore.getState().settings;
    useStore.setState({ settings: version.value });
    if (before.retention !== version.value.retention && createScheduler) void rebuild(createScheduler(version.value.retention));
  };
  const onProgress = (done: number, total: number) => useStore.setState({ rebuilding: { done, total } });

  // A new retention changes every card's schedule: replay all reviews in slices, then take over
  // the grades and undos made meanwhile (they went to the old index).
  let rebuildRun = 0;
  let rebuilding = false;
  async function rebuild(scheduler: Scheduler) {
    const run = ++rebuildRun;
    const snapshot = index.entries();
    rebuilding = true;
    const next = await buildCardIndex(scheduler, snapshot, undefined, createSlicer(), onProgress);
    if (run !== rebuildRun) return;
    rebuilding = false;
    const now = index.entries();
    const present = new Set(now.map((e) => e.id));
    next.add(now.filter((e) => !next.has(e.id)));
    next.remove(snapshot.filter((e) => !present.has(e.id)).map((e) => e.id));
    index = next;
    useStore.setState({ rebuilding: null });
    changed();
  }

  async function load() {
    const migrated = await db.read(MIGRATED_KEY);
    if (!migrated && (await db.legacy(LEGACY_PROGRESS_KEY)) !== undefined) {
      // Only a profile from the first release has this: the migration loads on demand.
      await (await import('./legacy-progress.ts')).migrateLegacyProgress(db);
    }
    const [settings, revision, cache] = await Promise.all([
      db.read<StudySettings>(SETTINGS_KEY),
      db.revision(REVIEW_KIND),
      db.read<StatesCache>(STATES_CACHE_KEY),
    ]);
    if (settings) applySettings(settings);
    const retention = useStore.getState().settings.retention;
    const cached = cache?.value?.retention === retention && cache.value.cards instanceof Map ? cache.value : undefined;
    if (cached && cached.revision === revision) {
      // Nothing was added or removed since the cache was written: show its states now, and load
      // the reviews (a long log takes seconds) behind them.
      const firstReviewAt = new Map<string, number>();
      const states = new Map<string, CardState>();
      for (const [cardId, c] of cached.cards) {
        states.set(cardId, c.state);
        firstReviewAt.set(cardId, c.first);
      }
      useStore.setState({ ready: true, view: { byCard: new Map(), states, firstReviewAt, size: cached.size, complete: false } });
    }
    const [scheduler, records] = await Promise.all([import('./scheduler.ts'), db.list<ReviewRecord>(REVIEW_KIND)]);
    createScheduler = scheduler.createScheduler;
    // The reviews decide: a cached state is used only for a card whose reviews it was made from.
    index = await buildCardIndex(createScheduler(useStore.getState().settings.retention), records, cached?.cards, createSlicer(), onProgress);
    useStore.setState({ ready: true, rebuilding: null, view: viewOf() });
    // States that had to be replayed are cached for the next visit.
    if (index.replayedOnBuild > 0 || cached?.revision !== revision || cached.cards.size !== index.byCard.size)
      cacheTimer ??= setTimeout(writeCache, cacheDelayMs);
  }

  sync.subscribe((m) => {
    if (m.type === 'value' && m.key === SETTINGS_KEY) applySettings(m.version as Versioned<StudySettings>);
    if (m.type !== 'records' || m.kind !== REVIEW_KIND) return;
    void useStore.getState().loaded.then(() => {
      const added = index.add(m.added as ReviewRecord[]).length;
      const removed = index.remove(m.removed).length;
      if (added + removed > 0) changed();
    });
  });

  const useStore = create<ProgressState>()((set, get) => ({
    ready: false,
    view: viewOf(),
    settings: defaultSettings,
    ownReviews: [],
    rebuilding: null,
    loaded: Promise.resolve(),
    async grade(cardId, grade, durationMs, now = Date.now()) {
      await get().loaded;
      // Two grades of one card in the same millisecond (here or in another tab) would share an
      // id; the add then skips, and the grade is retried a millisecond later.
      for (let time = now; ; time++) {
        const entry = createEntry(cardId, grade, time, durationMs);
        if (index.has(entry.id)) continue;
        const record: ReviewRecord = { kind: REVIEW_KIND, ...entry };
        if ((await db.add([record])).length === 0) continue;
        index.add([record]);
        set({ ownReviews: [...get().ownReviews, entry.id] });
        changed();
        sync.post({ type: 'records', kind: REVIEW_KIND, added: [record], removed: [] });
        return entry;
      }
    },
    async undo() {
      const id = get().ownReviews.at(-1);
      if (id === undefined) return null;
      await db.remove(REVIEW_KIND, [id]);
      const [entry] = index.remove([id]);
      set({ ownReviews: get().ownReviews.slice(0, -1) });
      changed();
      sync.post({ type: 'records', kind: REVIEW_KIND, added: [], removed: [id] });
      return entry ?? null;
    },
    async importEntries(entries) {
      await get().loaded;
      const fresh = entries
        .filter((e) => !index.has(e.id))
        .map((e): ReviewRecord => ({ kind: REVIEW_KIND, ...createEntry(e.cardId, e.grade, e.time, e.durationMs), id: e.id }))
        .sort(byTime);
      if (fresh.length === 0) return 0;
      // The database skips records another tab added meanwhile; they are still new to this tab.
      await db.add(fresh);
      // A long import steps FSRS once per review: in slices, so the page keeps answering.
      const slicer = createSlicer();
      for (let i = 0; i < fresh.length; i += IMPORT_SLICE) {
        index.add(fresh.slice(i, i + IMPORT_SLICE));
        if (slicer.due() && i + IMPORT_SLICE < fresh.length) {
          onProgress(i + IMPORT_SLICE, fresh.length);
          await slicer.pause();
        }
      }
      useStore.setState({ rebuilding: null });
      changed();
      sync.post({ type: 'records', kind: REVIEW_KIND, added: fresh, removed: [] });
      return fresh.length;
    },
    async setSettings(patch) {
      await get().loaded;
      const local = get().settings;
      const version = await db.update<StudySettings>(SETTINGS_KEY, (current) => ({
        ...(current && isStudySettings(current.value) ? current.value : local),
        ...patch,
      }));
      applySettings(version);
      sync.post({ type: 'value', key: SETTINGS_KEY, version });
    },
    entries: () => index.entries(),
  }));
  const loaded = load().catch((e: unknown) => {
    // Storage failures are handled below (memory mode); anything else is said, never a blank page.
    console.error('progress could not be loaded', e);
    if (!useStorageStatus.getState().failure) useStorageStatus.setState({ failure: 'read-failed' });
    useStore.setState({ ready: true });
  });
  useStore.setState({ loaded });
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => {
      if (cacheTimer !== undefined) writeCache();
    });
  }
  return useStore;
}

export const useProgressStore = createProgressStore(appDb, appSync);
