// The lab's URL: a preset plus what differs from it. The Dockerfile text can be long, so it
// travels as base64url of its UTF-8 bytes (`df=`), at most MAX_TEXT characters; the edited context
// files as `edit=a,b`; the container's writes/deletes as `ops=w:/path:bytes;d:/path;m:/path`; the
// context as `ctx=`; dockerd's live-restore as `live=1|0`. Bad values are reported as problems
// (key + code) and fall back to the preset's value; the view words them in the UI language.
import { CONTEXTS, CONTEXT_IDS, type ContextId } from './context.ts';
import type { OverlayOp } from './overlay.ts';
import { DEFAULT_PRESET, isPresetId, PRESETS, type PresetId } from './presets.ts';

export const MAX_TEXT = 6000;
export const MAX_OPS = 24;
export const MAX_OP_BYTES = 1_000_000_000;

export interface LabParams {
  readonly preset: PresetId;
  readonly dockerfile: string;
  readonly context: ContextId;
  readonly edited: readonly string[];
  readonly ops: readonly OverlayOp[];
  readonly liveRestore: boolean;
}

export type ProblemCode = 'preset' | 'df-encoding' | 'df-long' | 'ctx' | 'edit' | 'ops' | 'live';
export interface Problem {
  readonly key: string;
  readonly code: ProblemCode;
  readonly detail: string;
}

export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeText(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  try {
    const bin = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeOps(ops: readonly OverlayOp[]): string {
  return ops.map((o) => (o.op === 'write' ? `w:${o.path}:${o.bytes}` : `${o.op === 'delete' ? 'd' : 'm'}:${o.path}`)).join(';');
}

const PATH = /^\/[A-Za-z0-9._\-/]{0,200}$/;

export function decodeOps(text: string): OverlayOp[] | null {
  if (text === '') return [];
  const ops: OverlayOp[] = [];
  for (const part of text.split(';')) {
    const m = /^([wdm]):([^:]+)(?::(\d+))?$/.exec(part);
    const path = m?.[2];
    if (!m || path === undefined || !PATH.test(path) || path === '/') return null;
    if (m[1] === 'w') {
      const bytes = Number(m[3]);
      if (!Number.isInteger(bytes) || bytes < 1 || bytes > MAX_OP_BYTES) return null;
      ops.push({ op: 'write', path, bytes });
    } else if (m[3] !== undefined) return null;
    else ops.push({ op: m[1] === 'd' ? 'delete' : 'mkdir', path });
  }
  return ops.length > MAX_OPS ? null : ops;
}

export function parseParams(search: URLSearchParams): { values: LabParams; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = search.get('preset');
  let preset: PresetId = DEFAULT_PRESET;
  if (raw !== null) {
    if (isPresetId(raw)) preset = raw;
    else problems.push({ key: 'preset', code: 'preset', detail: raw.slice(0, 40) });
  }
  const p = PRESETS[preset];
  let dockerfile = p.dockerfile;
  const df = search.get('df');
  if (df !== null) {
    const text = decodeText(df);
    if (text === null) problems.push({ key: 'df', code: 'df-encoding', detail: '' });
    else if (text.length > MAX_TEXT) problems.push({ key: 'df', code: 'df-long', detail: String(text.length) });
    else dockerfile = text;
  }
  let context = p.context;
  const ctx = search.get('ctx');
  if (ctx !== null) {
    const found = CONTEXT_IDS.find((c) => c === ctx);
    if (found) context = found;
    else problems.push({ key: 'ctx', code: 'ctx', detail: ctx.slice(0, 20) });
  }
  let edited = p.edited;
  const edit = search.get('edit');
  if (edit !== null) {
    const names = edit === '' ? [] : edit.split(',');
    const known = new Set(CONTEXTS[context].map((f) => f.path));
    const bad = names.filter((n) => !known.has(n));
    if (bad.length > 0) problems.push({ key: 'edit', code: 'edit', detail: bad.join(', ').slice(0, 60) });
    else edited = [...new Set(names)];
  } else if (context !== p.context) edited = [];
  let ops = p.ops;
  const opsRaw = search.get('ops');
  if (opsRaw !== null) {
    const decoded = decodeOps(opsRaw);
    if (decoded) ops = decoded;
    else problems.push({ key: 'ops', code: 'ops', detail: opsRaw.slice(0, 40) });
  }
  let liveRestore = p.liveRestore;
  const live = search.get('live');
  if (live !== null) {
    if (live === '1' || live === '0') liveRestore = live === '1';
    else problems.push({ key: 'live', code: 'live', detail: live.slice(0, 20) });
  }
  return { values: { preset, dockerfile, context, edited, ops, liveRestore }, problems };
}

export function toSearch(v: LabParams): URLSearchParams {
  const s = new URLSearchParams();
  const p = PRESETS[v.preset];
  s.set('preset', v.preset);
  if (v.dockerfile !== p.dockerfile) s.set('df', encodeText(v.dockerfile));
  if (v.context !== p.context) s.set('ctx', v.context);
  const defaultEdited = v.context === p.context ? p.edited : [];
  if ([...v.edited].sort().join(',') !== [...defaultEdited].sort().join(',')) s.set('edit', v.edited.join(','));
  if (encodeOps(v.ops) !== encodeOps(p.ops)) s.set('ops', encodeOps(v.ops));
  if (v.liveRestore !== p.liveRestore) s.set('live', v.liveRestore ? '1' : '0');
  return s;
}

export function presetParams(id: PresetId): LabParams {
  const p = PRESETS[id];
  return { preset: id, dockerfile: p.dockerfile, context: p.context, edited: p.edited, ops: p.ops, liveRestore: p.liveRestore };
}
