import { describe, expect, it } from 'vitest';
import { charge, createBudget, MAX_FILE_ENTRIES, OverBudget } from './budget.ts';
import { build, cacheOf, EMPTY_CACHE, type Build } from './build.ts';
import { MAX_TEXT } from './params.ts';
import { parseDockerfile } from './parse.ts';
import { PRESETS } from './presets.ts';
import { runLab } from './scenario.ts';

/** `n` stages, each built FROM the one before and copying that one's whole root into a new folder. */
function doublingFrom(n: number): string {
  const lines = ['FROM alpine:3.20 AS s0'];
  for (let i = 1; i < n; i++) lines.push(`FROM s${i - 1} AS s${i}`, `COPY --from=s${i - 1} / /${i}/`);
  return lines.join('\n');
}

/** `n` stages, each a fresh one taking two whole copies of the one before. */
function doublingCopies(n: number): string {
  const lines = ['FROM alpine:3.20 AS s0'];
  for (let i = 1; i < n; i++) lines.push(`FROM scratch AS s${i}`, `COPY --from=s${i - 1} / /a/`, `COPY --from=s${i - 1} / /b/`);
  return lines.join('\n');
}

const once = (text: string, max?: number) => build(parseDockerfile(text), 'node', new Set(), EMPTY_CACHE, max);
const lineText = (text: string, line: number) => text.split('\n')[line - 1];

describe('the build budget', () => {
  it('charges up to the limit and throws past it, naming the line', () => {
    const budget = createBudget(10);
    charge(budget, 10, 1);
    expect(() => charge(budget, 1, 7)).toThrow(OverBudget);
    expect(() => charge(budget, 1, 7)).toThrow('line 7: the build needs more than 10 file entries');
  });

  it('stages that copy each other whole double the file count at every stage, as a real build would', () => {
    // alpine:3.20 is modelled as 4 entries; each stage keeps its parent's files and adds a copy of them.
    expect([1, 2, 3, 4, 5, 6].map((n) => once(doublingFrom(n)).final?.fs.size)).toEqual([4, 8, 16, 32, 64, 128]);
    expect([1, 2, 3, 4, 5, 6].map((n) => once(doublingCopies(n)).final?.fs.size)).toEqual([4, 8, 16, 32, 64, 128]);
  });

  it('stops the FROM-and-COPY chain at the COPY where the budget runs out (16 stages, 569 characters)', () => {
    const text = doublingFrom(16);
    const b = once(text);
    // Stage k (k ≥ 1, FROM on line 2k, COPY on line 2k+1) charges its parent's 4·2^(k-1) entries three
    // times: FROM's copy, the COPY's walk, the COPY's copies. After stage 9: 4 + 12·511 = 6136; stage 10's
    // FROM brings it to 8184 and its COPY's walk to 10 232 > 10 000, on line 21.
    expect(MAX_FILE_ENTRIES).toBe(10_000);
    expect(b.overLimit).toEqual({ line: 21, max: MAX_FILE_ENTRIES });
    expect(lineText(text, 21)).toBe('COPY --from=s9 / /10/');
    expect(b).toMatchObject({ steps: [], stages: [], final: null, errors: [] });
  });

  it('stops the COPY --from chain at the first COPY of the stage that runs out', () => {
    const text = doublingCopies(18);
    // Stage k (FROM on line 3k-1, COPYs on 3k and 3k+1) charges 4 × 4·2^(k-1): after stage 9,
    // 4 + 16·511 = 8180; stage 10's first COPY walks 2048 entries: 10 228, on line 30.
    expect(once(text).overLimit).toEqual({ line: 30, max: MAX_FILE_ENTRIES });
    expect(lineText(text, 30)).toBe('COPY --from=s9 / /a/');
  });

  it('an input as long as the editor allows stops at the same step, before any later step runs', () => {
    const text = `${doublingFrom(148)}\nCOPY missing.txt /`;
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text.length).toBeGreaterThan(MAX_TEXT - 200);
    // Had the build gone on, the last line would fail: "missing.txt not found in the build context".
    expect(once(text)).toMatchObject({ overLimit: { line: 21 }, errors: [] });
  });

  it('the lab run on an over-limit Dockerfile has no image, container or outputs, but all its instructions parsed', () => {
    const text = doublingFrom(18);
    const run = runLab({ baseline: PRESETS['go-multi-stage'].dockerfile, dockerfile: text, context: 'node', edited: [], ops: [] });
    expect(run.second.overLimit?.line).toBe(21);
    expect(run.overlay).toBeNull();
    expect(run.outputs).toEqual([]);
    expect(run.parsed.instructions).toHaveLength(35);
  });

  it('every preset builds within a hundredth of the limit', () => {
    for (const p of Object.values(PRESETS)) {
      const first = build(parseDockerfile(p.dockerfile), p.context, new Set(), EMPTY_CACHE, MAX_FILE_ENTRIES / 100);
      const second = build(parseDockerfile(p.dockerfile), p.context, new Set(p.edited), cacheOf(first), MAX_FILE_ENTRIES / 100);
      expect(first.overLimit).toBeNull();
      expect(second.overLimit).toBeNull();
      expect(second.final).not.toBeNull();
    }
  });
});

// A realistic Node multi-stage build: dependencies, a build stage FROM them, production
// dependencies, and a distroless runtime taking three named paths from two stages.
const REALISTIC = `# syntax=docker/dockerfile:1
FROM node:22 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:22-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
USER nonroot
CMD ["dist/server.js"]
`;

describe('a realistic multi-stage build', () => {
  const twice = (max?: number): Build => {
    const first = build(parseDockerfile(REALISTIC), 'node', new Set(), EMPTY_CACHE, max);
    return build(parseDockerfile(REALISTIC), 'node', new Set(['server.js']), cacheOf(first), max);
  };

  it('builds within a fiftieth of the limit', () => {
    expect(twice(MAX_FILE_ENTRIES / 50).overLimit).toBeNull();
  });

  it('gives the same image, steps and cache verdicts as before the budget', () => {
    const b = twice();
    expect(b.errors).toEqual([]);
    expect(b.overLimit).toBeNull();
    expect([...(b.final?.fs.values() ?? [])].map((e) => `${e.path} ${e.kind} ${e.size}`)).toEqual([
      '/etc/os-release file 400',
      '/etc/passwd file 1200',
      '/nodejs/bin/node file 118000000',
      '/usr/lib tree 11998400',
      '/app/node_modules tree 62000000',
      '/app/dist tree 2400000',
      '/app/package.json file 1200',
    ]);
    expect(b.final?.size).toBe(194_401_200);
    expect(b.stages.map((s) => s.size)).toEqual([1_350_311_200, 1_353_040_100, 327_311_200, 194_401_200]);
    // server.js changed: only the build stage's COPY . and what follows it, and the runtime's COPY of dist on, rebuild.
    expect(b.steps.map((s) => `${s.instruction.line}:${s.cached ? 'HIT' : 'MISS'}`).join(' ')).toBe(
      '2:HIT 3:HIT 4:HIT 5:HIT 7:HIT 8:MISS 9:MISS 11:HIT 12:HIT 13:HIT 14:HIT 16:HIT 17:HIT 18:HIT 19:MISS 20:MISS 21:MISS 22:MISS',
    );
  });
});
