// Docker image lab: what one keystroke in the Dockerfile editor costs. A 500-line Dockerfile
// (two stages, RUN/COPY/ENV/WORKDIR mixed, continuations and comments) is parsed, built with cache
// keys, and built a second time against the first build's cache with line 400 edited — the view
// does that on every edit, so it should fit in a frame (16 ms). Then a container with 24 overlay ops.
import { build, cacheOf, EMPTY_CACHE } from '../src/labs/docker-image/core/build.ts';
import { parseDockerfile } from '../src/labs/docker-image/core/parse.ts';
import { PRESETS } from '../src/labs/docker-image/core/presets.ts';
import { runOverlay, type OverlayOp } from '../src/labs/docker-image/core/overlay.ts';
import { runLab } from '../src/labs/docker-image/core/scenario.ts';
import { bestRate, bestTimeMs, report } from './measure.ts';

const POOL = [
  'RUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*',
  'COPY package.json package-lock.json ./',
  'RUN npm ci --omit=dev',
  'COPY . .',
  'ENV NODE_ENV=production',
  '# a comment line',
  'RUN echo hi > /tmp/x \\\n  && echo done',
  'WORKDIR /srv/app',
  'LABEL org.opencontainers.image.source=https://example.com/app',
  'RUN rm -rf /root/.npm',
];

function bigDockerfile(lines: number): string {
  const out = ['FROM node:22 AS builder', 'WORKDIR /app'];
  for (let i = 0; out.length < lines / 2; i++) out.push(POOL[i % POOL.length] ?? '');
  out.push('FROM node:22-slim', 'WORKDIR /app', 'COPY --from=builder /app /app');
  for (let i = 3; out.length < lines; i++) out.push(POOL[i % POOL.length] ?? '');
  return `${out.join('\n')}\n`;
}

export default function dockerImageBench(): void {
  const text = bigDockerfile(500);
  const edited = text
    .split('\n')
    .map((l, i) => (i === 399 && l.startsWith('ENV') ? 'ENV NODE_ENV=staging' : i === 399 ? `${l} # edited` : l))
    .join('\n');
  const parsed = parseDockerfile(text);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.join('\n'));
  console.log(`${text.split('\n').length} source lines, ${parsed.instructions.length} instructions, ${parsed.stages.length} stages`);

  const N = 200;
  report(
    'parse a 500-line Dockerfile',
    bestRate(N, () => {
      for (let i = 0; i < N; i++) parseDockerfile(text);
    }),
    'parses/s',
    { min: 1000 },
  );
  report(
    'parse + build (cache keys, layers) with an empty cache',
    bestRate(N, () => {
      for (let i = 0; i < N; i++) build(parseDockerfile(text), 'node', new Set(), EMPTY_CACHE);
    }),
    'builds/s',
    { min: 200 },
  );
  const first = build(parsed, 'node', new Set(), EMPTY_CACHE);
  const second = build(parseDockerfile(edited), 'node', new Set(), cacheOf(first));
  console.log(`second build: ${second.steps.filter((s) => s.cached).length} hits, ${second.steps.filter((s) => !s.cached).length} misses`);
  report(
    'one keystroke: runLab (two builds + overlay), 500 lines',
    bestTimeMs(() => {
      runLab({ baseline: text, dockerfile: edited, context: 'node', edited: [], ops: [] });
    }, 5),
    'ms',
    { max: 16 },
  );

  const preset = PRESETS['overlay-write-delete'];
  const image = build(parseDockerfile(preset.dockerfile), 'node', new Set(), EMPTY_CACHE).final;
  const ops: OverlayOp[] = Array.from({ length: 24 }, (_, i) =>
    i % 3 === 0 ? { op: 'delete', path: `/app/src/f${i}` } : { op: 'write', path: i % 2 ? '/app/server.js' : `/tmp/f${i}`, bytes: 100 },
  );
  if (image)
    report(
      'overlay: 24 ops on the node image',
      bestRate(N, () => {
        for (let i = 0; i < N; i++) runOverlay(image.layers, ops);
      }),
      'containers/s',
      { min: 2000 },
    );
}
