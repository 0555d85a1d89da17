// A BuildKit-style build of a parsed Dockerfile, with its cache. The model follows
// https://docs.docker.com/build/cache/ and /build/cache/invalidation/:
// - each instruction is a step whose cache key = hash(parent step's key + the instruction text),
//   and for COPY/ADD also the checksum of the copied files (contents and metadata, not mtime);
// - a step is a hit when the previous build has a step with the same key. Because a key contains
//   its parent's, one miss makes every later step of the same stage miss (the chain is broken);
// - FROM starts a fresh chain per stage (keyed by the image reference); `FROM <stage>` continues
//   that stage's chain; `COPY --from=<stage>` checksums the files it takes from that stage.
// RUN, COPY, ADD and a WORKDIR that creates its directory write a layer; every other instruction
// changes only the image config and shows in `docker history` as 0 B.
// Invariants (property-tested): steps before the first changed step hit; after a miss every later
// step of that stage misses; the final image holds only its own stage's layers.
// Every step charges the file entries it copies or looks through to a budget (budget.ts): stages
// that copy each other whole double the file count per stage, so the build stops, with `overLimit`
// naming the line, once a build would do more than MAX_FILE_ENTRIES of that work.
import type { ImageConfig } from './base-images.ts';
import { applyConfig, applyRun, copySources, startStage, type Applied, type Working } from './build-apply.ts';
import { charge, createBudget, MAX_FILE_ENTRIES, OverBudget, type Budget } from './budget.ts';
import { contextEntries, type ContextId } from './context.ts';
import { exists, modelHash, resolvePath, type FsEntry } from './fs.ts';
import type { Instruction, Parsed, Stage } from './parse.ts';
import type { RunNote } from './run-effects.ts';

export type LayerEntry = FsEntry | { readonly path: string; readonly kind: 'whiteout' | 'dir'; readonly size: 0; readonly content: '' };

export interface Layer {
  readonly id: string;
  readonly line: number;
  readonly createdBy: string;
  readonly size: number;
  readonly entries: readonly LayerEntry[];
  /** The base image's layers, shown as one block. */
  readonly baseLayers?: number;
}

export type Reason =
  | { readonly code: 'base-cached' | 'base-pulled' | 'global-arg' | 'hit' | 'miss-text' }
  | { readonly code: 'base-stage'; readonly from: string }
  | { readonly code: 'miss-parent'; readonly line: number }
  | { readonly code: 'miss-files'; readonly files: readonly string[] };

export interface Step {
  readonly instruction: Instruction;
  readonly key: string;
  readonly parentKey: string;
  readonly cached: boolean;
  readonly kind: 'base' | 'layer' | 'metadata' | 'global-arg';
  readonly size: number;
  readonly reason: Reason;
  readonly notes: readonly RunNote[];
  /** COPY/ADD: the source files and their content ids (what the checksum covers). */
  readonly files: ReadonlyMap<string, string>;
}

/** One `docker history` row; the base image's rows are folded into one with their `count`. */
export interface HistoryEntry {
  readonly createdBy: string;
  readonly size: number;
  readonly empty: boolean;
  readonly count?: number;
}

export interface StageImage {
  readonly stage: Stage;
  readonly layers: readonly Layer[];
  readonly fs: ReadonlyMap<string, FsEntry>;
  readonly dirs: ReadonlySet<string>;
  readonly config: ImageConfig;
  readonly history: readonly HistoryEntry[];
  readonly size: number;
}

/** Where a build ran out of its budget of file entries: the step's line and the limit. */
export interface OverLimit {
  readonly line: number;
  readonly max: number;
}

export interface Build {
  readonly steps: readonly Step[];
  readonly stages: readonly StageImage[];
  readonly final: StageImage | null;
  readonly errors: readonly string[];
  /** Set when the build stopped at the budget (then there are no steps, stages or errors). */
  readonly overLimit: OverLimit | null;
}

function failed(errors: readonly string[], overLimit: OverLimit | null = null): Build {
  return { steps: [], stages: [], final: null, errors, overLimit };
}

/** What a later build can reuse: step keys, and the files a COPY with a given parent and text saw. */
export interface BuildCache {
  readonly keys: ReadonlySet<string>;
  readonly copies: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export const EMPTY_CACHE: BuildCache = { keys: new Set(), copies: new Map() };

export function cacheOf(build: Build): BuildCache {
  const keys = new Set(build.steps.map((s) => s.key));
  const copies = new Map<string, ReadonlyMap<string, string>>();
  for (const s of build.steps) if (s.files.size > 0) copies.set(`${s.parentKey}\n${textOf(s.instruction)}`, s.files);
  return { keys, copies };
}

export function textOf(i: Instruction): string {
  return `${i.keyword} ${i.args}`;
}

/** The model of BuildKit's checksum of the files a COPY/ADD takes: its `path=content` lines in a fixed order. */
function checksumOf(files: ReadonlyMap<string, string>): string {
  if (files.size === 0) return '';
  // Ordered as `path,content` strings (the order a plain sort() gives the pairs), with the strings built once.
  const rows = [...files].map(([p, c]) => ({ order: `${p},${c}`, line: `${p}=${c}` }));
  rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return modelHash(rows.map((r) => r.line).join('\n'));
}

/**
 * Builds `parsed` with the context `contextId` (files in `edited` have new contents) against `cache`,
 * stopping with `overLimit` once it would copy or look through more than `maxEntries` file entries.
 */
export function build(parsed: Parsed, contextId: ContextId, edited: ReadonlySet<string>, cache: BuildCache, maxEntries = MAX_FILE_ENTRIES): Build {
  if (parsed.errors.length > 0) return failed(parsed.errors);
  try {
    return buildSteps(parsed, contextId, edited, cache, createBudget(maxEntries));
  } catch (e) {
    if (e instanceof OverBudget) return failed([], { line: e.line, max: e.max });
    throw e;
  }
}

function buildSteps(parsed: Parsed, contextId: ContextId, edited: ReadonlySet<string>, cache: BuildCache, budget: Budget): Build {
  const ctx = contextEntries(contextId, edited);
  const steps: Step[] = [];
  const done: Working[] = [];
  let w: Working | null = null;
  let firstMissLine = 0;
  for (const instr of parsed.instructions) {
    if (instr.stage < 0) {
      steps.push({
        instruction: instr,
        key: '',
        parentKey: '',
        cached: true,
        kind: 'global-arg',
        size: 0,
        reason: { code: 'global-arg' },
        notes: [],
        files: new Map(),
      });
      continue;
    }
    if (instr.keyword === 'FROM') {
      if (w) done.push(w);
      const stage = parsed.stages[instr.stage];
      if (!stage) continue;
      const started = startStage(stage, instr, done, budget);
      if (typeof started === 'string') return failed([started]);
      w = started;
      const fromStage = done.some((d) => d.stage.name === stage.base.toLowerCase());
      const cached = cache.keys.has(w.key);
      firstMissLine = cached ? 0 : instr.line;
      steps.push({
        instruction: instr,
        key: w.key,
        parentKey: '',
        cached,
        kind: 'base',
        size: w.layers.reduce((s, l) => s + l.size, 0),
        reason: fromStage ? { code: 'base-stage', from: stage.base } : { code: cached ? 'base-cached' : 'base-pulled' },
        notes: [],
        files: new Map(),
      });
      continue;
    }
    if (!w) continue;
    const parentKey = w.key;
    const text = textOf(instr);
    let files = new Map<string, string>();
    let placed: FsEntry[] = [];
    if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
      const found = copySources(instr, w, done, ctx, budget);
      // BuildKit fails the build: `failed to compute cache key: "/x" not found`.
      if (found.missing.length > 0) {
        const where = instr.flags['from'] === undefined ? 'the build context' : `stage ${instr.flags['from']}`;
        return failed([`line ${instr.line}: ${instr.keyword} failed: ${found.missing.join(', ')} not found in ${where}`]);
      }
      ({ files, placed } = found);
    }
    const key = modelHash(`${parentKey}|${text}|${checksumOf(files)}`);
    const cached = cache.keys.has(key);
    let reason: Reason = { code: 'hit' };
    if (!cached) {
      const seen = cache.copies.get(`${parentKey}\n${text}`);
      if (!cache.keys.has(parentKey)) reason = { code: 'miss-parent', line: firstMissLine || instr.line };
      else if (seen)
        reason = {
          code: 'miss-files',
          files: [...files.keys()].filter((p) => seen.get(p) !== files.get(p)).concat([...seen.keys()].filter((p) => !files.has(p))),
        };
      else reason = { code: 'miss-text' };
      if (firstMissLine === 0) firstMissLine = instr.line;
    }
    let applied: Applied = { size: 0, entries: [], notes: [] };
    let kind: Step['kind'] = 'metadata';
    if (instr.keyword === 'RUN') {
      applied = applyRun(instr, w, key, budget);
      kind = 'layer';
    } else if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
      for (const p of placed) w.fs.set(p.path, p);
      applied = { size: placed.reduce((s, p) => s + p.size, 0), entries: placed, notes: [] };
      kind = 'layer';
    } else if (instr.keyword === 'WORKDIR') {
      const dir = resolvePath(w.config.workdir, instr.words[0] ?? '/');
      charge(budget, w.fs.size, instr.line);
      if (!exists(w.fs, dir, w.dirs)) {
        applied = { size: 0, entries: [{ path: dir, kind: 'dir', size: 0, content: '' }], notes: [] };
        kind = 'layer';
      }
      w.dirs.add(dir);
      w.config = { ...w.config, workdir: dir };
    } else applyConfig(instr, w);
    if (kind === 'layer') w.layers.push({ id: key, line: instr.line, createdBy: text, size: applied.size, entries: applied.entries });
    w.history.push({ createdBy: text, size: applied.size, empty: kind !== 'layer' });
    w.key = key;
    steps.push({ instruction: instr, key, parentKey, cached, kind, size: applied.size, reason, notes: applied.notes, files });
  }
  if (w) done.push(w);
  const stages = done.map((d): StageImage => ({
    stage: d.stage,
    layers: d.layers,
    fs: d.fs,
    dirs: d.dirs,
    config: d.config,
    history: d.history,
    size: d.layers.reduce((s, l) => s + l.size, 0),
  }));
  return { steps, stages, final: stages[stages.length - 1] ?? null, errors: [], overLimit: null };
}
