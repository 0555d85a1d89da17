import { describe, expect, it } from 'vitest';
import { findLab } from '../../catalogue.ts';
import { PRESET_IDS, PRESETS } from './presets.ts';
import { runLab } from './scenario.ts';

describe('the presets', () => {
  it("are the catalogue's, and each one builds without errors", () => {
    expect(findLab('docker-image')?.presets).toEqual([...PRESET_IDS]);
    for (const id of PRESET_IDS) {
      const p = PRESETS[id];
      const run = runLab({ baseline: p.dockerfile, dockerfile: p.dockerfile, context: p.context, edited: p.edited, ops: p.ops });
      expect(run.second.errors).toEqual([]);
      expect(run.overlay?.events.every((e) => e.code !== 'no-such-file')).toBe(true);
    }
  });
});
