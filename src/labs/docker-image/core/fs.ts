// A coarse filesystem: named files plus "trees" (a directory's whole contents as one entry, e.g.
// node_modules), which is enough to count layer sizes and to show overlay copy-up and whiteouts.
export interface FsEntry {
  readonly path: string;
  readonly size: number;
  readonly kind: 'file' | 'tree';
  /** Identifies the bytes: a context file's version, or the build step that produced it. */
  readonly content: string;
}

export type Fs = ReadonlyMap<string, FsEntry>;

/** `/a/./b/../c/` → `/a/c`, relative paths resolved against `cwd`. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const p of joined.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}

export function entriesUnder(fs: Fs, dir: string): FsEntry[] {
  return [...fs.values()].filter((e) => isUnder(e.path, dir));
}

export function totalSize(entries: Iterable<FsEntry>): number {
  let sum = 0;
  for (const e of entries) sum += e.size;
  return sum;
}

/** Is there anything at or below `dir` (so it exists as a directory or file)? */
export function exists(fs: Fs, dir: string, dirs: ReadonlySet<string>): boolean {
  if (dirs.has(dir)) return true;
  for (const e of fs.values()) if (isUnder(e.path, dir) || isUnder(dir, e.path)) return true;
  return false;
}

/** A tiny deterministic hash (FNV-1a, two 32-bit lanes → 16 hex digits). A model of a digest, not sha256. */
export function modelHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
