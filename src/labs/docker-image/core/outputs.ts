// What `docker commit`, `docker save` and `docker export` produce from the current image and
// container (docs: /reference/cli/docker/container/commit/, /image/save/, /container/export/):
// - commit: the image's layers + ONE new layer made from upperdir (whiteouts included), history
//   kept plus one entry, config (CMD, ENTRYPOINT, ENV, WORKDIR…) kept; `--change` can alter it;
// - save: the IMAGE (not the container's changes): every layer, config with history, tags; since
//   Docker 25 an OCI layout (index.json, blobs/sha256/…) plus the legacy manifest.json; `load` restores it;
// - export: the CONTAINER's merged filesystem as one flat tar: no layers, no history, no config;
//   `import` makes a 1-layer image with empty CMD/ENV/ENTRYPOINT unless `--change` sets them.
import type { ImageConfig } from './base-images.ts';
import type { StageImage } from './build.ts';
import { merged, tarNames, upperSize, type OverlayState } from './overlay.ts';

export interface OutputRow {
  readonly command: 'commit' | 'save' | 'export';
  /** Bytes written: a new layer (commit), a tar of the image (save), a tar of the merged fs (export). */
  readonly bytes: number;
  readonly layers: number;
  readonly historyEntries: number;
  readonly keepsConfig: boolean;
  readonly config: ImageConfig | null;
  readonly includesContainerChanges: boolean;
  /** File names in the produced archive or new layer that tell the story (whiteouts, manifest…). */
  readonly names: readonly string[];
}

function imageLayers(image: StageImage): number {
  return image.layers.reduce((n, l) => n + (l.baseLayers ?? 1), 0);
}

export function outputs(image: StageImage, container: OverlayState): OutputRow[] {
  const layers = imageLayers(image);
  const history = image.history.reduce((n, h) => n + (h.count ?? 1), 0);
  const mergedFiles = merged(container);
  return [
    {
      command: 'commit',
      bytes: upperSize(container),
      layers: layers + 1,
      historyEntries: history + 1,
      keepsConfig: true,
      config: image.config,
      includesContainerChanges: true,
      names: tarNames(container.upper),
    },
    {
      command: 'save',
      bytes: image.size,
      layers,
      historyEntries: history,
      keepsConfig: true,
      config: image.config,
      includesContainerChanges: false,
      names: ['index.json', 'oci-layout', 'manifest.json', 'repositories', `blobs/sha256/… (${layers} layers + config)`],
    },
    {
      command: 'export',
      bytes: mergedFiles.reduce((s, e) => s + e.size, 0),
      layers: 1,
      historyEntries: 1,
      keepsConfig: false,
      config: null,
      includesContainerChanges: true,
      names: mergedFiles
        .slice(0, 6)
        .map((e) => e.path.slice(1))
        .concat(mergedFiles.length > 6 ? [`… (${mergedFiles.length - 6})`] : []),
    },
  ];
}
