import { describe, expect, it } from 'vitest';
import { MB } from './base-images.ts';
import { runLab } from './scenario.ts';
import { PRESETS } from './presets.ts';

describe('commit, save and export', () => {
  const p = PRESETS['commit-save-export'];
  const run = runLab({ baseline: p.dockerfile, dockerfile: p.dockerfile, context: p.context, edited: [], ops: p.ops });
  const [commit, save, exported] = run.outputs;

  it('commit adds one layer made of upperdir, keeps history and config', () => {
    // node:22-slim (5 layers) + WORKDIR, COPY, RUN, COPY = 9 layers; + 1.
    expect(commit?.layers).toBe(10);
    expect(commit?.bytes).toBe(3_100 + 120 + 5 * MB);
    expect(commit?.historyEntries).toBe(save ? save.historyEntries + 1 : -1);
    expect(commit?.config?.cmd).toEqual(['node', 'server.js']);
    expect(commit?.names).toEqual(['/app/.wh.README.md', '/app/.wh.public', '/app/server.js', '/tmp/sessions.db']);
  });

  it('save writes the image, not the container: every layer, history, tags', () => {
    expect(save?.layers).toBe(9);
    expect(save?.includesContainerChanges).toBe(false);
    expect(save?.bytes).toBe(run.second.final?.size);
    expect(save?.names).toContain('manifest.json');
  });

  it('export flattens the merged filesystem: one layer, no history, no CMD/ENV', () => {
    expect(exported?.layers).toBe(1);
    expect(exported?.keepsConfig).toBe(false);
    expect(exported?.config).toBeNull();
    const image = run.second.final?.size ?? 0;
    // package*.json sit in two layers (COPY them, then COPY .) but once in the flat tar (311.2 kB);
    // deleted: README.md (2 kB) and public/ (4 kB); added: 5 MB + 120 B (server.js counted once).
    expect(exported?.bytes).toBe(image - 311_200 - 2_000 - 4_000 + 5 * MB + 120);
  });
});
