// The effect of each kind of step on a stage being built: starting it (FROM), the files a COPY/ADD
// takes and where they land, what a RUN writes or hides, and what the config-only instructions
// change. build.ts chains them and keys the cache; see its opening note for the model. Each charges
// the file entries it copies or looks through to the build's budget (budget.ts).
import { findBaseImage, type ImageConfig } from './base-images.ts';
import { charge, type Budget } from './budget.ts';
import type { HistoryEntry, Layer, LayerEntry } from './build.ts';
import { matchSource } from './context.ts';
import { entriesUnder, isUnder, modelHash, resolvePath, type FsEntry } from './fs.ts';
import type { Instruction, Stage } from './parse.ts';
import { runEffect, type RunNote } from './run-effects.ts';

export interface Working {
  stage: Stage;
  layers: Layer[];
  fs: Map<string, FsEntry>;
  dirs: Set<string>;
  config: ImageConfig;
  history: HistoryEntry[];
  env: Map<string, string>;
  key: string;
}

function envPairs(words: readonly string[]): [string, string][] {
  const unquote = (v: string) => v.replace(/^"(.*)"$/, '$1');
  if (words[0]?.includes('='))
    return words.map((w) => {
      const i = w.indexOf('=');
      return [w.slice(0, i), unquote(w.slice(i + 1))];
    });
  return [[words[0] ?? '', unquote(words.slice(1).join(' '))]];
}

export function startStage(stage: Stage, instr: Instruction, done: readonly Working[], budget: Budget): Working | string {
  const from = done.find((w) => w.stage.name === stage.base.toLowerCase());
  if (from) {
    charge(budget, from.fs.size, instr.line);
    return { ...from, stage, layers: [...from.layers], fs: new Map(from.fs), dirs: new Set(from.dirs), history: [...from.history], env: new Map(from.env) };
  }
  const base = findBaseImage(stage.base);
  if (!base)
    return `line ${instr.line}: FROM ${stage.base}: not in the lab's image table (node:22, node:22-slim, node:22-alpine, golang:1.23, python:3.12-slim, alpine:3.20, scratch…)`;
  charge(budget, base.files.length, instr.line);
  const layers: Layer[] =
    base.size === 0 ? [] : [{ id: `base:${base.name}`, line: instr.line, createdBy: base.name, size: base.size, entries: base.files, baseLayers: base.layers }];
  const env = new Map(
    base.config.env.map((e) => {
      const i = e.indexOf('=');
      return [e.slice(0, i), e.slice(i + 1)] as [string, string];
    }),
  );
  return {
    stage,
    layers,
    fs: new Map(base.files.map((f) => [f.path, f])),
    dirs: new Set(['/', '/etc', '/usr', '/root', '/tmp', '/var', '/go']),
    config: base.config,
    history: base.size === 0 ? [] : [{ createdBy: base.name, size: base.size, empty: false, count: base.layers }],
    env,
    key: modelHash(`FROM|${base.name}`),
  };
}

/**
 * The files a COPY/ADD takes and where they land. With `--from`, each source path is resolved from
 * the root of that stage's final filesystem, never from its WORKDIR (Dockerfile reference, COPY
 * --from: "The source path of COPY --from is always resolved from filesystem root of the image or
 * stage that you specify"), and only what is at or under that path is taken.
 */
export function copySources(
  instr: Instruction,
  w: Working,
  done: readonly Working[],
  ctx: readonly FsEntry[],
  budget: Budget,
): { files: Map<string, string>; placed: FsEntry[]; missing: string[] } {
  const from = instr.flags['from'];
  const source = from === undefined ? null : (done.find((d) => d.stage.name === from || String(d.stage.index) === from) ?? null);
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
      const abs = resolvePath('/', src);
      charge(budget, source.fs.size, instr.line);
      for (const e of entriesUnder(source.fs, abs)) {
        const rel = e.path === abs ? (toDir ? (abs.split('/').pop() ?? '') : '') : e.path.slice(abs === '/' ? 1 : abs.length + 1);
        files.set(e.path, e.content);
        placed.push({ ...e, path: rel === '' ? dest : resolvePath(dest, rel) });
      }
    } else {
      charge(budget, ctx.length, instr.line);
      for (const e of ctx) {
        const m = matchSource(src, e.path);
        if (!m.matched) continue;
        const single = srcs.length === 1 && !src.includes('*') && e.path === src.replace(/^\.\//, '');
        files.set(e.path, e.content);
        placed.push({ ...e, path: single && !toDir ? dest : resolvePath(dest, m.rel) });
      }
    }
    charge(budget, placed.length - before, instr.line);
    // An existing but empty directory copies fine; nothing at all is an error.
    if (placed.length === before && !(source && source.dirs.has(resolvePath('/', src)))) missing.push(src);
  }
  return { files, placed, missing };
}

export interface Applied {
  readonly size: number;
  readonly entries: LayerEntry[];
  readonly notes: RunNote[];
}

export function applyRun(instr: Instruction, w: Working, key: string, budget: Budget): Applied {
  const effect = runEffect(instr.args, w.config.workdir, w.env, key);
  charge(budget, effect.adds.length + (effect.removes.length + effect.rewrites.length) * w.fs.size, instr.line);
  const notes = [...effect.notes];
  let adds = [...effect.adds];
  const entries: LayerEntry[] = [];
  for (const r of effect.removes) {
    const sameRun = adds.filter((a) => isUnder(a.path, r));
    if (sameRun.length > 0) {
      adds = adds.filter((a) => !isUnder(a.path, r));
      notes.push({ code: 'removed-same-run', detail: r });
    }
    const earlier = entriesUnder(w.fs, r);
    if (earlier.length > 0) {
      for (const e of earlier) w.fs.delete(e.path);
      entries.push({ path: r, kind: 'whiteout', size: 0, content: '' });
      notes.push({ code: 'removed-earlier', detail: r });
    }
  }
  for (const r of effect.rewrites) {
    const again = entriesUnder(w.fs, r).map((e) => ({ ...e, content: `${key}:${e.path}` }));
    if (again.length > 0) {
      adds.push(...again);
      notes.push({ code: 'copied-up', detail: r });
    }
  }
  for (const a of adds) w.fs.set(a.path, a);
  entries.push(...adds);
  return { size: adds.reduce((s, a) => s + a.size, 0), entries, notes };
}

export function applyConfig(instr: Instruction, w: Working): void {
  const c = w.config;
  const shellOrExec = instr.args.startsWith('[') ? instr.words : ['/bin/sh', '-c', instr.args];
  switch (instr.keyword) {
    case 'ENV':
      for (const [k, v] of envPairs(instr.words)) {
        w.env.set(k, v);
      }
      w.config = { ...c, env: [...w.env].map(([k, v]) => `${k}=${v}`) };
      break;
    case 'CMD':
      w.config = { ...c, cmd: shellOrExec };
      break;
    case 'ENTRYPOINT':
      w.config = { ...c, entrypoint: shellOrExec, cmd: null };
      break;
    case 'USER':
      w.config = { ...c, user: instr.words[0] ?? '' };
      break;
    case 'EXPOSE':
      w.config = { ...c, exposed: [...c.exposed, ...instr.words.map((p) => (p.includes('/') ? p : `${p}/tcp`))] };
      break;
    case 'LABEL':
      w.config = { ...c, labels: [...c.labels, instr.args] };
      break;
    case 'HEALTHCHECK':
      w.config = { ...c, healthcheck: instr.args };
      break;
    default:
      break;
  }
}
