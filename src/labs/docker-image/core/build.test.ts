import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MB } from './base-images.ts';
import { build, cacheOf, EMPTY_CACHE, type Build } from './build.ts';
import type { ContextId } from './context.ts';
import { parseDockerfile } from './parse.ts';
import { PRESETS } from './presets.ts';

function twice(before: string, after: string, edited: readonly string[] = [], context: ContextId = 'node'): Build {
  const first = build(parseDockerfile(before), context, new Set(), EMPTY_CACHE);
  return build(parseDockerfile(after), context, new Set(edited), cacheOf(first));
}
const verdicts = (b: Build) => b.steps.map((s) => `${s.instruction.line}:${s.cached ? 'HIT' : 'MISS'}`);

describe('the build cache', () => {
  const deps = PRESETS['node-app-deps-first'].dockerfile;
  const all = PRESETS['node-app-copy-all-first'].dockerfile;

  it('rebuilds nothing when nothing changed', () => {
    expect(twice(deps, deps).steps.every((s) => s.cached)).toBe(true);
  });

  it('rebuilds from the edited line on, and only from there', () => {
    const after = deps.replace('EXPOSE 3000', 'EXPOSE 8080');
    expect(verdicts(twice(deps, after))).toEqual(['2:HIT', '3:HIT', '5:HIT', '6:HIT', '7:HIT', '8:MISS', '9:MISS', '10:MISS']);
    const reasons = twice(deps, after).steps.map((s) => s.reason.code);
    expect(reasons.slice(5)).toEqual(['miss-text', 'miss-parent', 'miss-parent']);
  });

  it('does not bust the cache for a changed comment or blank lines', () => {
    const after = deps.replace('# Dependencies first', '# Install the dependencies first').replace('WORKDIR /app', 'WORKDIR /app\n\n# more words');
    expect(twice(deps, after).steps.every((s) => s.cached)).toBe(true);
  });

  it('an edited source file misses from the COPY that takes it on (deps-first keeps npm ci)', () => {
    const b = twice(deps, deps, ['server.js']);
    expect(verdicts(b)).toEqual(['2:HIT', '3:HIT', '5:HIT', '6:HIT', '7:MISS', '8:MISS', '9:MISS', '10:MISS']);
    expect(b.steps[4]?.reason).toEqual({ code: 'miss-files', files: ['server.js'] });
  });

  it('COPY . before npm ci reinstalls the dependencies for any source edit', () => {
    const b = twice(all, all, ['server.js']);
    expect(verdicts(b)).toEqual(['2:HIT', '3:HIT', '4:MISS', '5:MISS', '6:MISS', '7:MISS', '8:MISS']);
    expect(b.steps[3]?.reason).toEqual({ code: 'miss-parent', line: 4 });
  });

  it('an edited package.json misses the deps COPY and everything after it', () => {
    expect(verdicts(twice(deps, deps, ['package.json']))[2]).toBe('5:MISS');
  });

  it('counts layers: WORKDIR creating /app is a layer, EXPOSE/USER/CMD are 0 B history entries', () => {
    const b = twice(deps, deps);
    expect(b.steps.map((s) => s.kind)).toEqual(['base', 'layer', 'layer', 'layer', 'layer', 'metadata', 'metadata', 'metadata']);
    expect(b.final?.history.filter((h) => h.empty)).toHaveLength(3);
    // node:22-slim 220 MB + package*.json 311.2 kB + node_modules 62 MB + npm cache 45 MB + sources.
    expect(b.steps[3]?.size).toBe(62 * MB + 45 * MB);
    expect(b.final?.config.cmd).toEqual(['node', 'server.js']);
    expect(b.final?.config.user).toBe('node');
  });

  it('a later RUN rm hides files but does not shrink the image; the same RUN does', () => {
    const apart = build(parseDockerfile('FROM debian:bookworm-slim\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*'), 'node', new Set(), EMPTY_CACHE);
    const together = build(parseDockerfile('FROM debian:bookworm-slim\nRUN apt-get update && rm -rf /var/lib/apt/lists/*'), 'node', new Set(), EMPTY_CACHE);
    expect(apart.final?.size).toBe(75 * MB + 48 * MB);
    expect(apart.final?.layers[2]?.entries).toEqual([{ path: '/var/lib/apt/lists', kind: 'whiteout', size: 0, content: '' }]);
    expect(together.final?.size).toBe(75 * MB);
  });

  it('multi-stage: the final image is the distroless base plus the binary', () => {
    const go = PRESETS['go-multi-stage'].dockerfile;
    const b = twice(go, go, ['main.go'], 'go');
    const [builder, final] = b.stages;
    expect(final?.size).toBe(2 * MB + 15 * MB);
    expect(builder?.size).toBeGreaterThan(1000 * MB);
    expect(final?.config.entrypoint).toEqual(['/server']);
    // main.go changed: go mod download is still cached, go build reruns, the binary differs.
    expect(verdicts(b)).toEqual(['2:HIT', '3:HIT', '4:HIT', '5:HIT', '6:MISS', '7:MISS', '9:HIT', '10:MISS', '11:MISS', '12:MISS']);
  });

  it('refuses an image the lab does not know', () => {
    expect(build(parseDockerfile('FROM nginx:latest'), 'node', new Set(), EMPTY_CACHE).errors[0]).toMatch(
      /^line 1: FROM nginx:latest: not in the lab's image table/,
    );
  });
});

// A random single-stage or two-stage Dockerfile from a pool of instructions the model knows.
const pool = [
  'RUN apt-get update',
  'RUN npm ci',
  'COPY . .',
  'COPY package.json ./',
  'ENV A=1',
  'EXPOSE 3000',
  'WORKDIR /srv',
  'RUN npm run build',
  'USER node',
  'LABEL a=b',
  'CMD ["node","x"]',
];
const lines = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 10 });
const dockerfile = fc
  .record({ a: lines, b: fc.option(lines, { nil: null }) })
  .map(({ a, b }) => ['FROM node:22-slim AS builder', 'WORKDIR /app', ...a, ...(b ? ['FROM node:22-alpine', 'COPY --from=builder /app /app', ...b] : [])]);

describe('cache invariants (fast-check)', () => {
  it('steps before the first changed step hit; after a miss every later step of the stage misses', () => {
    fc.assert(
      fc.property(dockerfile, fc.nat(), fc.constantFrom(...pool), fc.boolean(), (ls, at, replacement, editFile) => {
        const k = 1 + (at % (ls.length - 1));
        const changed = [...ls];
        if (!changed[k]?.startsWith('FROM')) changed[k] = replacement;
        const b = twice(ls.join('\n'), changed.join('\n'), editFile ? ['server.js'] : []);
        const firstChange = changed.findIndex((l, i) => l !== ls[i]);
        const missStage = new Set<number>();
        b.steps.forEach((s, i) => {
          if (!editFile && (firstChange < 0 || i < firstChange)) expect(s.cached).toBe(true);
          if (missStage.has(s.instruction.stage)) expect(s.cached).toBe(false);
          if (!s.cached) missStage.add(s.instruction.stage);
        });
      }),
    );
  });

  it('the final image of a multi-stage build holds no builder-only layer', () => {
    fc.assert(
      fc.property(dockerfile, (ls) => {
        const b = build(parseDockerfile(ls.join('\n')), 'node', new Set(), EMPTY_CACHE);
        if (b.stages.length < 2) return;
        const finalIds = new Set(b.final?.layers.map((l) => l.id));
        for (const l of b.stages[0]?.layers ?? []) expect(finalIds.has(l.id)).toBe(false);
        const finalStageKeys = new Set(b.steps.filter((s) => s.instruction.stage === 1).map((s) => s.key));
        for (const l of b.final?.layers ?? []) expect(l.id.startsWith('base:') || finalStageKeys.has(l.id)).toBe(true);
      }),
    );
  });
});

describe('COPY sources', () => {
  it('fails the build when a source is not in the context, as BuildKit does', () => {
    const b = build(parseDockerfile('FROM node:22-slim\nWORKDIR /app\nCOPY go.mod ./'), 'node', new Set(), EMPTY_CACHE);
    expect(b.errors).toEqual(['line 3: COPY failed: go.mod not found in the build context']);
  });

  // Dockerfile reference, COPY --from (https://docs.docker.com/reference/dockerfile/#copy---from):
  // "The source path of COPY --from is always resolved from filesystem root of the image or stage
  // that you specify." What is copied is that path in the stage's final filesystem, nothing else.
  it('COPY --from takes the named path from the root of the stage, not from its WORKDIR', () => {
    const stage = 'FROM alpine:3.20 AS build\nWORKDIR /work\nRUN echo hi > note\nFROM alpine:3.20\n';
    expect(build(parseDockerfile(`${stage}COPY --from=build note /note`), 'node', new Set(), EMPTY_CACHE).errors).toEqual([
      'line 5: COPY failed: note not found in stage build',
    ]);
    const b = build(parseDockerfile(`${stage}COPY --from=build /work/note /note`), 'node', new Set(), EMPTY_CACHE);
    expect(b.final?.fs.get('/note')?.size).toBe(100);
  });

  it('COPY --from takes only what is at or under the named path, from the stage as it ended', () => {
    const text = 'FROM alpine:3.20 AS build\nRUN echo hi > /out/a\nRUN echo hi > /tmp/junk\nRUN echo hi > /out/b\nFROM scratch\nCOPY --from=build /out /out';
    const b = build(parseDockerfile(text), 'node', new Set(), EMPTY_CACHE);
    expect([...(b.final?.fs.keys() ?? [])]).toEqual(['/out/a', '/out/b']);
    expect(b.steps[5]?.files).toEqual(
      new Map([
        ['/out/a', expect.any(String)],
        ['/out/b', expect.any(String)],
      ]),
    );
  });

  it('places files: `.` keeps paths, a glob flattens, one file to a file name', () => {
    const b = build(
      parseDockerfile('FROM scratch\nCOPY src/ /app/src/\nCOPY package*.json /app/\nCOPY server.js /srv/main.js'),
      'node',
      new Set(),
      EMPTY_CACHE,
    );
    expect([...(b.final?.fs.keys() ?? [])].sort()).toEqual([
      '/app/package-lock.json',
      '/app/package.json',
      '/app/src/db.js',
      '/app/src/routes.js',
      '/srv/main.js',
    ]);
  });
});

describe('the model of RUN and stages', () => {
  it('a stage built FROM an earlier stage continues its chain and its files', () => {
    const text = 'FROM node:22-slim AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM deps AS test\nRUN npm run build';
    const b = build(parseDockerfile(text), 'node', new Set(), EMPTY_CACHE);
    const [deps, test] = b.stages;
    expect(test?.fs.has('/app/node_modules')).toBe(true);
    expect(test?.fs.has('/app/dist')).toBe(true);
    expect(test?.layers.slice(0, deps?.layers.length ?? 0)).toEqual(deps?.layers);
    const again = build(parseDockerfile(text), 'node', new Set(['package.json']), cacheOf(b));
    expect(verdicts(again)).toEqual(['1:HIT', '2:HIT', '3:MISS', '4:MISS', '5:MISS', '6:MISS']);
  });

  it('ENV NODE_ENV=production makes npm ci install without dev dependencies', () => {
    const size = (env: string) =>
      build(
        parseDockerfile(`FROM node:22-slim\nWORKDIR /app\n${env}\nCOPY package.json ./\nRUN npm ci && npm cache clean --force`),
        'node',
        new Set(),
        EMPTY_CACHE,
      ).steps[4]?.size;
    expect(size('ENV NODE_ENV=production')).toBe(62 * MB);
    expect(size('ENV NODE_ENV=development')).toBe(185 * MB);
  });

  it('chown -R in its own RUN writes every file again', () => {
    const b = build(parseDockerfile('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app'), 'node', new Set(), EMPTY_CACHE);
    expect(b.steps[3]?.size).toBe(b.steps[2]?.size);
    expect(b.steps[3]?.notes.map((n) => n.code)).toEqual(['copied-up']);
  });
});
