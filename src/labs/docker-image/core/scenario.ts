// One run of the lab: the first build (the preset's Dockerfile, the context untouched) fills the
// cache; the second build (the current text, the edited files) is checked against it; the final
// image of the second build runs as a container whose writable layer takes the overlay ops.
import { build, cacheOf, EMPTY_CACHE, type Build } from './build.ts';
import type { ContextId } from './context.ts';
import { outputs, type OutputRow } from './outputs.ts';
import { runOverlay, type OverlayOp, type OverlayState } from './overlay.ts';
import { parseDockerfile, type Parsed } from './parse.ts';

export interface LabInput {
  readonly baseline: string;
  readonly dockerfile: string;
  readonly context: ContextId;
  readonly edited: readonly string[];
  readonly ops: readonly OverlayOp[];
}

export interface LabRun {
  readonly parsed: Parsed;
  readonly first: Build;
  readonly second: Build;
  readonly overlay: OverlayState | null;
  readonly outputs: readonly OutputRow[];
}

export function runLab(input: LabInput): LabRun {
  const first = build(parseDockerfile(input.baseline), input.context, new Set(), EMPTY_CACHE);
  const parsed = parseDockerfile(input.dockerfile);
  const second = build(parsed, input.context, new Set(input.edited), cacheOf(first));
  const final = second.final;
  const overlay = final ? runOverlay(final.layers, input.ops) : null;
  return { parsed, first, second, overlay, outputs: final && overlay ? outputs(final, overlay) : [] };
}
