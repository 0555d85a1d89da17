// A running container's filesystem as overlay2 builds it (kernel docs:
// https://docs.kernel.org/filesystems/overlayfs.html; Docker: /engine/storage/drivers/overlayfs-driver/):
// lowerdir = the image's read-only layers, upperdir = the container's writable layer, merged = the
// union the process sees. Invariants of the model:
// - the first write to a file that exists only in a lower layer copies the WHOLE file up, then
//   writes (appending 1 byte to a 118 MB binary puts 118 MB + 1 B in upperdir);
// - deleting a lower file leaves a whiteout in upperdir: a character device 0/0 with the same name
//   (written as `.wh.<name>` when the layer is stored as a tar: the OCI image-spec whiteout);
// - a directory removed and created again is "opaque" (xattr trusted.overlay.opaque=y, `.wh..wh..opq`
//   in a tar): nothing below it in the lower layers shows through;
// - lower layers never change.
import type { Layer } from './build.ts';
import { isUnder, type FsEntry } from './fs.ts';

export type OverlayOp =
  | { readonly op: 'write'; readonly path: string; readonly bytes: number }
  | { readonly op: 'delete'; readonly path: string }
  | { readonly op: 'mkdir'; readonly path: string };

export type UpperEntry =
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly copiedUp: number }
  | { readonly kind: 'whiteout'; readonly path: string }
  | { readonly kind: 'opaque-dir' | 'dir'; readonly path: string };

export type OverlayEvent =
  | { readonly op: OverlayOp; readonly code: 'created' | 'appended'; readonly size: number }
  | { readonly op: OverlayOp; readonly code: 'copied-up'; readonly copied: number; readonly size: number }
  | { readonly op: OverlayOp; readonly code: 'whiteout' | 'removed-upper' | 'removed-and-whiteout'; readonly hidden: number }
  | { readonly op: OverlayOp; readonly code: 'opaque' | 'mkdir' | 'no-such-file' | 'exists' | 'is-a-directory' };

export interface OverlayState {
  /** The lower layers' union (top layer wins), before the container changed anything. */
  readonly lower: ReadonlyMap<string, FsEntry>;
  readonly upper: ReadonlyMap<string, UpperEntry>;
  readonly events: readonly OverlayEvent[];
}

/** The union of image layers, top down: a whiteout hides everything at or under its path below it. */
export function lowerUnion(layers: readonly Layer[]): Map<string, FsEntry> {
  const out = new Map<string, FsEntry>();
  for (const layer of layers) {
    for (const e of layer.entries) {
      if (e.kind === 'whiteout') {
        for (const p of [...out.keys()]) if (isUnder(p, e.path)) out.delete(p);
      } else if (e.kind === 'file' || e.kind === 'tree') out.set(e.path, e);
    }
  }
  return out;
}

/** Is `path` visible from the lower layers, given what upperdir hides? */
function hiddenByUpper(upper: ReadonlyMap<string, UpperEntry>, path: string): boolean {
  for (const u of upper.values())
    if ((u.kind === 'whiteout' || u.kind === 'opaque-dir') && isUnder(path, u.path) && !(u.kind === 'opaque-dir' && u.path === path)) return true;
  return false;
}

export function lowerVisible(state: Pick<OverlayState, 'lower' | 'upper'>, path: string): FsEntry[] {
  return [...state.lower.values()].filter((e) => isUnder(e.path, path) && !hiddenByUpper(state.upper, e.path));
}

export function applyOp(state: OverlayState, op: OverlayOp): OverlayState {
  const upper = new Map(state.upper);
  const event = (e: OverlayEvent) => ({ ...state, upper, events: [...state.events, e] });
  const inUpper = upper.get(op.path);
  const below = lowerVisible(state, op.path);
  const lowerFile = below.find((e) => e.path === op.path);
  if (op.op === 'write') {
    // A file below a deleted directory has no parent to be created in (ENOENT).
    if ([...upper.values()].some((u) => u.kind === 'whiteout' && u.path !== op.path && isUnder(op.path, u.path))) return event({ op, code: 'no-such-file' });
    if (inUpper?.kind === 'file') {
      upper.set(op.path, { ...inUpper, size: inUpper.size + op.bytes });
      return event({ op, code: 'appended', size: inUpper.size + op.bytes });
    }
    // A tree entry is a directory's contents (node_modules…): writing to it as a file is EISDIR.
    if (lowerFile?.kind === 'tree' || inUpper?.kind === 'dir' || inUpper?.kind === 'opaque-dir') return event({ op, code: 'is-a-directory' });
    if (lowerFile && lowerFile.kind === 'file') {
      upper.set(op.path, { kind: 'file', path: op.path, size: lowerFile.size + op.bytes, copiedUp: lowerFile.size });
      return event({ op, code: 'copied-up', copied: lowerFile.size, size: lowerFile.size + op.bytes });
    }
    if (inUpper?.kind === 'whiteout') upper.delete(op.path);
    upper.set(op.path, { kind: 'file', path: op.path, size: op.bytes, copiedUp: 0 });
    return event({ op, code: 'created', size: op.bytes });
  }
  if (op.op === 'delete') {
    const upperBelow = [...upper.values()].filter((u) => u.kind !== 'whiteout' && isUnder(u.path, op.path));
    if (below.length === 0 && upperBelow.length === 0) return event({ op, code: 'no-such-file' });
    for (const p of [...upper.keys()]) if (isUnder(p, op.path)) upper.delete(p);
    const hidden = below.reduce((s, e) => s + e.size, 0);
    // Anything of this path in a lower layer (even under an opaque dir) must stay hidden.
    if (![...state.lower.keys()].some((p) => isUnder(p, op.path))) return event({ op, code: 'removed-upper', hidden: 0 });
    upper.set(op.path, { kind: 'whiteout', path: op.path });
    return event({ op, code: upperBelow.length > 0 ? 'removed-and-whiteout' : 'whiteout', hidden });
  }
  if (inUpper?.kind === 'whiteout') {
    upper.set(op.path, { kind: 'opaque-dir', path: op.path });
    return event({ op, code: 'opaque' });
  }
  if (inUpper || below.length > 0) return event({ op, code: 'exists' });
  upper.set(op.path, { kind: 'dir', path: op.path });
  return event({ op, code: 'mkdir' });
}

export function runOverlay(layers: readonly Layer[], ops: readonly OverlayOp[]): OverlayState {
  return ops.reduce(applyOp, { lower: lowerUnion(layers), upper: new Map(), events: [] } as OverlayState);
}

/** What the container's process sees: visible lower entries plus upperdir's files. */
export function merged(state: OverlayState): FsEntry[] {
  const out = new Map<string, FsEntry>();
  for (const e of state.lower.values()) if (!hiddenByUpper(state.upper, e.path)) out.set(e.path, e);
  for (const u of state.upper.values()) if (u.kind === 'file') out.set(u.path, { path: u.path, size: u.size, kind: 'file', content: 'upper' });
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function upperSize(state: OverlayState): number {
  let sum = 0;
  for (const u of state.upper.values()) if (u.kind === 'file') sum += u.size;
  return sum;
}

/** The upperdir as a layer tar would store it: whiteouts become `.wh.<name>`, opaque dirs get `.wh..wh..opq`. */
export function tarNames(upper: ReadonlyMap<string, UpperEntry>): string[] {
  return [...upper.values()]
    .map((u) => {
      const slash = u.path.lastIndexOf('/');
      if (u.kind === 'whiteout') return `${u.path.slice(0, slash + 1)}.wh.${u.path.slice(slash + 1)}`;
      if (u.kind === 'opaque-dir') return `${u.path}/.wh..wh..opq`;
      return u.kind === 'dir' ? `${u.path}/` : u.path;
    })
    .sort();
}
