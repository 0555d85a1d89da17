import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MB } from './base-images.ts';
import type { Layer } from './build.ts';
import { applyOp, merged, runOverlay, tarNames, upperSize, type OverlayOp } from './overlay.ts';

const layers: Layer[] = [
  {
    id: 'base',
    line: 1,
    createdBy: 'FROM node:22-slim',
    size: 118 * MB,
    entries: [{ path: '/usr/local/bin/node', size: 118 * MB, kind: 'file', content: 'base' }],
  },
  {
    id: 'copy',
    line: 2,
    createdBy: 'COPY . .',
    size: 9_100,
    entries: [
      { path: '/app/server.js', size: 3_100, kind: 'file', content: 'v1' },
      { path: '/app/README.md', size: 2_000, kind: 'file', content: 'v1' },
      { path: '/app/public/index.html', size: 4_000, kind: 'file', content: 'v1' },
    ],
  },
];

describe('overlay2', () => {
  it('copies the whole file up on its first write, and not again', () => {
    const s = runOverlay(layers, [
      { op: 'write', path: '/usr/local/bin/node', bytes: 1 },
      { op: 'write', path: '/usr/local/bin/node', bytes: 1 },
    ]);
    expect(s.events.map((e) => e.code)).toEqual(['copied-up', 'appended']);
    expect(upperSize(s)).toBe(118 * MB + 2);
    expect(s.lower.get('/usr/local/bin/node')?.size).toBe(118 * MB);
  });

  it('a new file goes straight into upperdir', () => {
    const s = runOverlay(layers, [{ op: 'write', path: '/tmp/x', bytes: 10 }]);
    expect([...s.upper.values()]).toEqual([{ kind: 'file', path: '/tmp/x', size: 10, copiedUp: 0 }]);
  });

  it('deleting a lower file leaves a whiteout (.wh.<name> in a tar) and hides it from merged', () => {
    const s = runOverlay(layers, [{ op: 'delete', path: '/app/README.md' }]);
    expect(s.upper.get('/app/README.md')).toEqual({ kind: 'whiteout', path: '/app/README.md' });
    expect(tarNames(s.upper)).toEqual(['/app/.wh.README.md']);
    expect(merged(s).map((e) => e.path)).not.toContain('/app/README.md');
    expect(upperSize(s)).toBe(0);
  });

  it('deleting a file created in the container leaves nothing behind', () => {
    const s = runOverlay(layers, [
      { op: 'write', path: '/tmp/x', bytes: 10 },
      { op: 'delete', path: '/tmp/x' },
    ]);
    expect(s.events.map((e) => e.code)).toEqual(['created', 'removed-upper']);
    expect(s.upper.size).toBe(0);
  });

  it('a copied-up file deleted again becomes a whiteout', () => {
    const s = runOverlay(layers, [
      { op: 'write', path: '/app/server.js', bytes: 5 },
      { op: 'delete', path: '/app/server.js' },
    ]);
    expect(s.events.map((e) => e.code)).toEqual(['copied-up', 'removed-and-whiteout']);
    expect([...s.upper.values()]).toEqual([{ kind: 'whiteout', path: '/app/server.js' }]);
  });

  it('a directory removed and made again is opaque: the lower files stay hidden', () => {
    const s = runOverlay(layers, [
      { op: 'delete', path: '/app/public' },
      { op: 'mkdir', path: '/app/public' },
      { op: 'write', path: '/app/public/new.html', bytes: 7 },
    ]);
    expect(s.events.map((e) => e.code)).toEqual(['whiteout', 'opaque', 'created']);
    expect(tarNames(s.upper)).toEqual(['/app/public/.wh..wh..opq', '/app/public/new.html']);
    expect(merged(s).map((e) => e.path)).toEqual(['/app/README.md', '/app/public/new.html', '/app/server.js', '/usr/local/bin/node'].sort());
  });

  it('refuses to delete what is not there, or to write below a deleted directory', () => {
    const s = runOverlay(layers, [
      { op: 'delete', path: '/nope' },
      { op: 'delete', path: '/app/public' },
      { op: 'write', path: '/app/public/a', bytes: 1 },
    ]);
    expect(s.events.map((e) => e.code)).toEqual(['no-such-file', 'whiteout', 'no-such-file']);
  });

  it('never changes a lower layer, whatever the ops (fast-check)', () => {
    const path = fc.constantFrom('/app/server.js', '/app/README.md', '/app/public', '/app/public/index.html', '/tmp/x', '/usr/local/bin/node');
    const op: fc.Arbitrary<OverlayOp> = fc.oneof(
      fc.record({ op: fc.constant('write' as const), path, bytes: fc.integer({ min: 1, max: 100 }) }),
      fc.record({ op: fc.constant('delete' as const), path }),
      fc.record({ op: fc.constant('mkdir' as const), path }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const start = runOverlay(layers, []);
        const end = ops.reduce(applyOp, start);
        expect(end.lower).toEqual(start.lower);
        // Copied-up bytes never exceed what the lower files hold.
        for (const u of end.upper.values()) if (u.kind === 'file') expect(u.copiedUp).toBeLessThanOrEqual(start.lower.get(u.path)?.size ?? 0);
      }),
    );
  });
});

describe('overlay2 directories', () => {
  it('refuses to write to a directory (EISDIR)', () => {
    const withTree: Layer[] = [
      { id: 'npm', line: 1, createdBy: 'RUN npm ci', size: 10, entries: [{ path: '/app/node_modules', size: 10, kind: 'tree', content: 'x' }] },
    ];
    expect(runOverlay(withTree, [{ op: 'write', path: '/app/node_modules', bytes: 1 }]).events[0]?.code).toBe('is-a-directory');
  });
});
