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
import { findBaseImage, type ImageConfig } from './base-images.ts';
import { contextEntries, matchSource, type ContextId } from './context.ts';
import { entriesUnder, exists, isUnder, modelHash, resolvePath, type FsEntry } from './fs.ts';
import type { Instruction, Parsed, Stage } from './parse.ts';
import { runEffect, type RunNote } from './run-effects.ts';

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
export interface HistoryEntry { readonly createdBy: string; readonly size: number; readonly empty: boolean; readonly count?: number }

export interface StageImage {
  readonly stage: Stage;
  readonly layers: readonly Layer[];
  readonly fs: ReadonlyMap<string, FsEntry>;
  readonly dirs: ReadonlySet<string>;
  readonly config: ImageConfig;
  readonly history: readonly HistoryEntry[];
  readonly size: number;
}

export interface Build {
  readonly steps: readonly Step[];
  readonly stages: readonly StageImage[];
  readonly final: StageImage | null;
  readonly errors: readonly string[];
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

interface Working {
  stage: Stage; layers: Layer[]; fs: Map<string, FsEntry>; dirs: Set<string>; config: ImageConfig; history: HistoryEntry[]; env: Map<string, string>; key: string;
}

function envPairs(words: readonly string[]): [string, string][] {
  const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1');
  if (words[0]?.includes('=')) return words.map((w) => { const i = w.indexOf('='); return [w.slice(0, i), unquote(w.slice(i + 1))]; });
  return [[words[0] ?? '', unquote(words.slice(1).join(' '))]];
}

function startStage(stage: Stage, instr: Instruction, done: readonly Working[]): Working | string {
  const from = done.find((w) => w.stage.name === stage.base.toLowerCase());
  if (from) return { ...from, stage, layers: [...from.layers], fs: new Map(from.fs), dirs: new Set(from.dirs), history: [...from.history], env: new Map(from.env) };
  const base = findBaseImage(stage.base);
  if (!base) return `line ${instr.line}: FROM ${stage.base}: not in the lab's image table (node:22, node:22-slim, node:22-alpine, golang:1.23, python:3.12-slim, alpine:3.20, scratch…)`;
  const layers: Layer[] = base.size === 0 ? [] : [{ id: `base:${base.name}`, line: instr.line, createdBy: base.name, size: base.size, entries: base.files, baseLayers: base.layers }];
  const env = new Map(base.config.env.map((e) => { const i = e.indexOf('='); return [e.slice(0, i), e.slice(i + 1)] as [string, string]; }));
  return {
    stage, layers, fs: new Map(base.files.map((f) => [f.path, f])), dirs: new Set(['/', '/etc', '/usr', '/root', '/tmp', '/var', '/go']),
    config: base.config, history: base.size === 0 ? [] : [{ createdBy: base.name, size: base.size, empty: false, count: base.layers }], env, key: modelHash(`FROM|${base.name}`),
  };
}

/** The files a COPY/ADD takes and where they land. */
function copySources(instr: Instruction, w: Working, done: readonly Working[], ctx: readonly FsEntry[]): { files: Map<string, string>; placed: FsEntry[]; missing: string[] } {
  const from = instr.flags['from'];
  const source = from === undefined ? null : done.find((d) => d.stage.name === from || String(d.stage.index) === from) ?? null;
  const srcs = instr.words.slice(0, -1);
  const destWord = instr.words[instr.words.length - 1] ?? '.';
  const dest = resolvePath(w.config.workdir, destWord);
  const toDir = destWord.endsWith('/') || destWord === '.' || srcs.length > 1;
  const files = new Map<string, string>();
  const placed: FsEntry[] = [];
  const missing: string[] = [];
  for (const src of srcs) {
    const before = placed.length;
    if (source) {
      const abs = resolvePath(source.config.workdir, src);
      for (const e of entriesUnder(source.fs, abs)) {
        const rel = e.path === abs ? (toDir ? (abs.split('/').pop() ?? '') : '') : e.path.slice(abs === '/' ? 1 : abs.length + 1);
        files.set(e.path, e.content);
        placed.push({ ...e, path: rel === '' ? dest : resolvePath(dest, rel) });
      }
    } else {
      for (const e of ctx) {
        const m = matchSource(src, e.path);
        if (!m.matched) continue;
        const single = srcs.length === 1 && !src.includes('*') && e.path === src.replace(/^\.\//, '');
        files.set(e.path, e.content);
        placed.push({ ...e, path: single && !toDir ? dest : resolvePath(dest, m.rel) });
      }
    }
    // An existing but empty directory copies fine; nothing at all is an error.
    if (placed.length === before && !(source && source.dirs.has(resolvePath(source.config.workdir, src)))) missing.push(src);
  }
  return { files, placed, missing };
}

interface Applied { readonly size: number; readonly entries: LayerEntry[]; readonly notes: RunNote[] }

function applyRun(instr: Instruction, w: Working, key: string): Applied {
  const effect = runEffect(instr.args, w.config.workdir, w.env, key);
  const notes = [...effect.notes];
  let adds = [...effect.adds];
  const entries: LayerEntry[] = [];
  for (const r of effect.removes) {
    const sameRun = adds.filter((a) => isUnder(a.path, r));
    if (sameRun.length > 0) { adds = adds.filter((a) => !isUnder(a.path, r)); notes.push({ code: 'removed-same-run', detail: r }); }
    const earlier = entriesUnder(w.fs, r);
    if (earlier.length > 0) {
      for (const e of earlier) w.fs.delete(e.path);
      entries.push({ path: r, kind: 'whiteout', size: 0, content: '' });
      notes.push({ code: 'removed-earlier', detail: r });
    }
  }
  for (const r of effect.rewrites) {
    const again = entriesUnder(w.fs, r).map((e) => ({ ...e, content: `${key}:${e.path}` }));
    if (again.length > 0) { adds.push(...again); notes.push({ code: 'copied-up', detail: r }); }
  }
  for (const a of adds) w.fs.set(a.path, a);
  entries.push(...adds);
  return { size: adds.reduce((s, a) => s + a.size, 0), entries, notes };
}

function applyConfig(instr: Instruction, w: Working): void {
  const c = w.config;
  const shellOrExec = instr.args.startsWith('[') ? instr.words : ['/bin/sh', '-c', instr.args];
  switch (instr.keyword) {
    case 'ENV':
      for (const [k, v] of envPairs(instr.words)) { w.env.set(k, v); }
      w.config = { ...c, env: [...w.env].map(([k, v]) => `${k}=${v}`) };
      break;
    case 'CMD': w.config = { ...c, cmd: shellOrExec }; break;
    case 'ENTRYPOINT': w.config = { ...c, entrypoint: shellOrExec, cmd: null }; break;
    case 'USER': w.config = { ...c, user: instr.words[0] ?? '' }; break;
    case 'EXPOSE': w.config = { ...c, exposed: [...c.exposed, ...instr.words.map((p) => (p.includes('/') ? p : `${p}/tcp`))] }; break;
    case 'LABEL': w.config = { ...c, labels: [...c.labels, instr.args] }; break;
    case 'HEALTHCHECK': w.config = { ...c, healthcheck: instr.args }; break;
    default: break;
  }
}

/** Builds `parsed` with the context `contextId` (files in `edited` have new contents) against `cache`. */
export function build(parsed: Parsed, contextId: ContextId, edited: ReadonlySet<string>, cache: BuildCache): Build {
  if (parsed.errors.length > 0) return { steps: [], stages: [], final: null, errors: parsed.errors };
  const ctx = contextEntries(contextId, edited);
  const steps: Step[] = [];
  const done: Working[] = [];
  let w: Working | null = null;
  let firstMissLine = 0;
  for (const instr of parsed.instructions) {
    if (instr.stage < 0) {
      steps.push({ instruction: instr, key: '', parentKey: '', cached: true, kind: 'global-arg', size: 0, reason: { code: 'global-arg' }, notes: [], files: new Map() });
      continue;
    }
    if (instr.keyword === 'FROM') {
      if (w) done.push(w);
      const stage = parsed.stages[instr.stage];
      if (!stage) continue;
      const started = startStage(stage, instr, done);
      if (typeof started === 'string') return { steps: [], stages: [], final: null, errors: [started] };
      w = started;
      const fromStage = done.some((d) => d.stage.name === stage.base.toLowerCase());
      const cached = cache.keys.has(w.key);
      firstMissLine = cached ? 0 : instr.line;
      steps.push({
        instruction: instr, key: w.key, parentKey: '', cached, kind: 'base', size: w.layers.reduce((s, l) => s + l.size, 0),
        reason: fromStage ? { code: 'base-stage', from: stage.base } : { code: cached ? 'base-cached' : 'base-pulled' }, notes: [], files: new Map(),
      });
      continue;
    }
    if (!w) continue;
    const parentKey = w.key;
    const text = textOf(instr);
    let files = new Map<string, string>();
    let placed: FsEntry[] = [];
    if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
      const found = copySources(instr, w, done, ctx);
      // BuildKit fails the build: `failed to compute cache key: "/x" not found`.
      if (found.missing.length > 0) {
        const where = instr.flags['from'] === undefined ? 'the build context' : `stage ${instr.flags['from']}`;
        return { steps: [], stages: [], final: null, errors: [`line ${instr.line}: ${instr.keyword} failed: ${found.missing.join(', ')} not found in ${where}`] };
      }
      ({ files, placed } = found);
    }
    const checksum = files.size > 0 ? modelHash([...files].sort().map(([p, c]) => `${p}=${c}`).join('\n')) : '';
    const key = modelHash(`${parentKey}|${text}|${checksum}`);
    const cached = cache.keys.has(key);
    let reason: Reason = { code: 'hit' };
    if (!cached) {
      const seen = cache.copies.get(`${parentKey}\n${text}`);
      if (!cache.keys.has(parentKey)) reason = { code: 'miss-parent', line: firstMissLine || instr.line };
      else if (seen) reason = { code: 'miss-files', files: [...files.keys()].filter((p) => seen.get(p) !== files.get(p)).concat([...seen.keys()].filter((p) => !files.has(p))) };
      else reason = { code: 'miss-text' };
      if (firstMissLine === 0) firstMissLine = instr.line;
    }
    let applied: Applied = { size: 0, entries: [], notes: [] };
    let kind: Step['kind'] = 'metadata';
    if (instr.keyword === 'RUN') { applied = applyRun(instr, w, key); kind = 'layer'; }
    else if (instr.keyword === 'COPY' || instr.keyword === 'ADD') {
      for (const p of placed) w.fs.set(p.path, p);
      applied = { size: placed.reduce((s, p) => s + p.size, 0), entries: placed, notes: [] };
      kind = 'layer';
    } else if (instr.keyword === 'WORKDIR') {
      const dir = resolvePath(w.config.workdir, instr.words[0] ?? '/');
      if (!exists(w.fs, dir, w.dirs)) { applied = { size: 0, entries: [{ path: dir, kind: 'dir', size: 0, content: '' }], notes: [] }; kind = 'layer'; }
      w.dirs.add(dir);
      w.config = { ...w.config, workdir: dir };
    } else applyConfig(instr, w);
    if (kind === 'layer') w.layers.push({ id: key, line: instr.line, createdBy: text, size: applied.size, entries: applied.entries });
    w.history.push({ createdBy: text, size: applied.size, empty: kind !== 'layer' });
    w.key = key;
    steps.push({ instruction: instr, key, parentKey, cached, kind, size: applied.size, reason, notes: applied.notes, files });
  }
  if (w) done.push(w);
  const stages = done.map((d): StageImage => ({ stage: d.stage, layers: d.layers, fs: d.fs, dirs: d.dirs, config: d.config, history: d.history, size: d.layers.reduce((s, l) => s + l.size, 0) }));
  return { steps, stages, final: stages[stages.length - 1] ?? null, errors: [] };
}
