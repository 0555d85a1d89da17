// The simulated build context (what `docker build .` sends to BuildKit): a few files with sizes.
// An "edited" file keeps its size but gets new contents; BuildKit's checksum for COPY/ADD covers
// contents and metadata such as mode and owner but not the modification time, so only a real
// edit (not `touch`) changes it. Docs: https://docs.docker.com/build/cache/invalidation/
import { KB } from './base-images.ts';
import type { FsEntry } from './fs.ts';

export const CONTEXT_IDS = ['node', 'go', 'python'] as const;
export type ContextId = (typeof CONTEXT_IDS)[number];

export interface ContextFile {
  readonly path: string;
  readonly size: number;
}

export const CONTEXTS: Readonly<Record<ContextId, readonly ContextFile[]>> = {
  node: [
    { path: 'package.json', size: 1_200 },
    { path: 'package-lock.json', size: 310 * KB },
    { path: 'server.js', size: 3_100 },
    { path: 'src/routes.js', size: 6_400 },
    { path: 'src/db.js', size: 2_200 },
    { path: 'public/index.html', size: 4_000 },
    { path: 'README.md', size: 2_000 },
  ],
  go: [
    { path: 'go.mod', size: 400 },
    { path: 'go.sum', size: 12 * KB },
    { path: 'main.go', size: 5_200 },
    { path: 'internal/handler/handler.go', size: 8_100 },
    { path: 'README.md', size: 1_800 },
  ],
  python: [
    { path: 'requirements.txt', size: 300 },
    { path: 'app.py', size: 4_100 },
    { path: 'app/models.py', size: 6_300 },
    { path: 'README.md', size: 1_500 },
  ],
};

/** The context's files as entries: an edited file gets a second version of its contents. */
export function contextEntries(id: ContextId, edited: ReadonlySet<string>): FsEntry[] {
  return CONTEXTS[id].map((f) => ({ path: f.path, size: f.size, kind: 'file', content: edited.has(f.path) ? `${f.path}@v2` : `${f.path}@v1` }));
}

/** Matches a COPY source against a path: `.`, a directory, a file, or a pattern with `*` and `?`. */
export function matchSource(pattern: string, path: string): { matched: boolean; rel: string } {
  const p = pattern.replace(/^\.\/?/, '').replace(/\/$/, '');
  if (p === '') return { matched: true, rel: path };
  if (p.includes('*') || p.includes('?')) {
    const re = new RegExp(
      `^${p
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}$`,
    );
    return { matched: re.test(path), rel: path.split('/').pop() ?? path };
  }
  if (path === p) return { matched: true, rel: path.split('/').pop() ?? path };
  if (path.startsWith(`${p}/`)) return { matched: true, rel: path.slice(p.length + 1) };
  return { matched: false, rel: '' };
}
