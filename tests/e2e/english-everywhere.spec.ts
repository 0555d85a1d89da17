// Each lab and puzzle page speaks one language: in English mode no Chinese character is visible
// (after playing the run, opening the trace and running a solution), and in Chinese mode none of
// the page's own English labels is left. Routes come from the catalogues; a lab joins by adding its
// id to ENGLISH_READY_LABS (and its English labels to LAB_WORDS), a puzzle by an entry in PUZZLES.
import type { Page } from '@playwright/test';
import { labCatalogue } from '../../src/labs/catalogue.ts';
import { puzzleCatalogue } from '../../src/puzzles/catalogue.ts';
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';

/** Labs whose pages are finished in both languages. Add yours when its strings.ts has `en`. */
// Every lab but load balancing and the upstream incident, which english-labs-lb.spec.ts walks.
export const ENGLISH_READY_LABS: ReadonlySet<string> = new Set(
  labCatalogue.map((lab) => lab.id).filter((id) => id !== 'load-balancing' && id !== 'upstream-incident'),
);

/** English labels of a lab's own UI (from its `en` table) that must not show in Chinese mode. */
export const LAB_WORDS: Readonly<Record<string, readonly string[]>> = {
  'rate-limiting': [
    'Rate-limiting lab',
    'The limiter right now',
    'One row per request',
    'Predict mode',
    'Fast-forward 1 hour',
    'Real configuration',
    'Use your own nginx config',
    'Traffic shape',
  ],
  'circuit-breaker': [
    'Circuit-breaker lab',
    'Current state',
    'Calls in window',
    'State transitions (why)',
    'Event log (newest first)',
    'Fast-forward one hour',
    'Backend script',
    'Breaker config',
    'State timeline',
  ],
};

export interface LanguageRoute {
  readonly name: string;
  readonly path: string;
  /** Shows as much of the page as a user would see: plays the run, opens the trace, runs code. */
  readonly exercise: (page: Page) => Promise<void>;
  /** English labels that must not show in Chinese mode. */
  readonly englishWords: readonly string[];
}

const WORKBENCH_WORDS = ['Write your solution', 'Custom cases', 'Reference solution', 'Show the code'];

/** Every preset of every finished lab. */
export function labRoutes(): LanguageRoute[] {
  return labCatalogue
    .filter((lab) => ENGLISH_READY_LABS.has(lab.id))
    .flatMap((lab) =>
      lab.presets.map((preset) => ({
        name: `${lab.id} ${preset}`,
        path: `/labs/${lab.id}?preset=${preset}`,
        exercise: lab.id === 'rate-limiting' || lab.id === 'circuit-breaker' ? playLab : stepAnyLab,
        englishWords: LAB_WORDS[lab.id] ?? [],
      })),
    );
}

// The player is shared by every lab: step a few events, then seek to the middle so the pictures,
// charts and trace rows all have something to show.
async function playLab(page: Page) {
  const timeline = page.locator('input.timeline');
  await expect(timeline).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const max = Number(await timeline.getAttribute('max'));
  await timeline.fill(String(Math.round(max / 2)));
  await expect(page.getByTestId('trace-table').first()).toBeVisible();
}

/** Labs with the shared player step a few events and seek to the middle; the others show as they open. */
async function stepAnyLab(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 30_000 });
  const timeline = page.locator('input.timeline');
  if ((await timeline.count()) === 0) return;
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const max = Number(await timeline.first().getAttribute('max'));
  await timeline.first().fill(String(Math.round(max / 2)));
}

/** A solution that compiles but is wrong on some cases, so the report shows the judge's messages. */
async function runWrongSolution(page: Page, code: string) {
  const editor = page.locator('[data-testid="code-editor"] .cm-content');
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-report')).toHaveAttribute('data-status', 'failed', { timeout: 20_000 });
  // A custom case with the wrong shape shows the custom-case checker's message.
  await page.getByTestId('custom-add').click();
  await page.getByTestId('custom-args').last().fill('{');
}

const PUZZLES: Readonly<Record<string, Omit<LanguageRoute, 'name' | 'path'>>> = {
  '24-game': {
    exercise: async (page) => {
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true', { timeout: 20_000 });
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('explain')).toBeVisible();
      await page.getByTestId('check-input').fill('(8-4)*(7-');
      await runWrongSolution(
        page,
        'function solve24(nums: number[], target: number): boolean {\n  return target === 24 && nums.length === 4 && nums[0] === 4;\n}',
      );
    },
    englishWords: [...WORKBENCH_WORDS, 'Check my expression', 'The search', 'Numbers and target', 'Classic puzzles'],
  },
  'bfs-levels': {
    exercise: async (page) => {
      await expect(page.getByTestId('bfs-output')).toBeVisible({ timeout: 20_000 });
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('bfs-sentence')).toBeVisible();
      await runWrongSolution(page, 'function levelOrder(root: TreeNode | null): number[][] {\n  return root ? [[root.val]] : [];\n}');
      await page.getByTestId('tree-array').fill('[1,"2"]');
    },
    englishWords: [...WORKBENCH_WORDS, 'Enter a tree', 'Tree and animation', 'Queue (head → tail)', 'Output (one line per level)'],
  },
  'climbing-stairs': {
    exercise: async (page) => {
      await expect(page.getByTestId('stairs-agree')).toBeVisible({ timeout: 20_000 });
      await runWrongSolution(page, 'function climbStairs(n: number): number {\n  return n;\n}');
    },
    englishWords: [...WORKBENCH_WORDS, 'Recursion tree', 'Cost compared', 'How the algorithms compute it', 'Step sizes allowed'],
  },
  'redemption-codes': {
    exercise: async (page) => {
      await expect(page.getByTestId('verify-input')).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('verify-input').fill('SPR-0000');
      await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'malformed');
      await runWrongSolution(page, "function checkChar(body: string): string {\n  return 'J';\n}");
    },
    englishWords: [...WORKBENCH_WORDS, 'Batch parameters', 'Check a code offline', 'Generate and download', 'Approaches and trade-offs'],
  },
  'top-ips': {
    exercise: async (page) => {
      await page.getByTestId('count-sample').click({ timeout: 20_000 });
      await expect(page.getByTestId('top-table')).toBeVisible({ timeout: 20_000 });
      await runWrongSolution(page, 'function topIps(lines: string[], n: number): [string, number][] {\n  return [];\n}');
    },
    englishWords: [...WORKBENCH_WORDS, 'Where the log comes from', 'The equivalent shell pipeline', 'Count the sample log'],
  },
};

export function puzzleRoutes(): LanguageRoute[] {
  return puzzleCatalogue.map((p) => {
    const setup = PUZZLES[p.id];
    if (!setup) throw new Error(`english-everywhere: add ${p.id} to PUZZLES`);
    return { name: p.id, path: `/puzzles/${p.id}`, ...setup };
  });
}

/**
 * Interactions beyond a preset's first screen: predict mode, the user's own nginx config with its
 * `line N: message` problems, manual actions, fast-forward, and bad URL values on every page.
 */
export const INTERACTION_ROUTES: readonly LanguageRoute[] = [
  {
    name: 'rate-limiting predict mode and own nginx config',
    path: '/labs/rate-limiting?preset=nginx-1rs-burst5-batch7',
    exercise: async (page) => {
      await expect(page.locator('input.timeline')).toBeVisible({ timeout: 30_000 });
      await page.getByTestId('predict-toggle').check();
      await page.getByTestId('guess-admit').click();
      await expect(page.getByTestId('predict-reveal')).toBeVisible();
      await page.getByTestId('own-config').locator('summary').click();
      await page
        .getByTestId('own-config-text')
        .fill('limit_req_zone $binary_remote_addr zone=one rate=10r/s;\nlimit_req zone=one burst=x;\nproxy_pass http://a;');
      await page.getByTestId('own-config-run').click();
      await expect(page.getByTestId('own-config-problems')).toBeVisible();
      await page.getByTestId('ff-run').click();
      await expect(page.getByTestId('ff-table')).toBeVisible({ timeout: 30_000 });
    },
    englishWords: ['line 1: zone needs a size', 'Predict mode', "The engine's decision"],
  },
  {
    name: 'rate-limiting bad URL values',
    path: '/labs/rate-limiting?preset=nope&algo=nginx&burst=abc&traffic=wave',
    exercise: async (page) => {
      await playLab(page);
      await expect(page.locator('.field-error').first()).toBeVisible();
    },
    englishWords: ['burst must be a whole number', 'traffic must be one of'],
  },
  {
    name: 'circuit-breaker bad URL values',
    path: '/labs/circuit-breaker?preset=resilience4j-default&failureRateThreshold=500&backend=zzz&send=x',
    exercise: async (page) => {
      await playLab(page);
      await expect(page.getByTestId('url-problems')).toBeVisible();
    },
    englishWords: ['failureRateThreshold must be a number', 'backend is malformed'],
  },
  {
    name: 'circuit-breaker manual actions and fast-forward',
    path: '/labs/circuit-breaker?preset=resilience4j-default',
    exercise: async (page) => {
      await playLab(page);
      await page.locator('.cb-danger').first().click();
      await page
        .getByTestId('circuit-breaker-lab')
        .getByRole('button')
        .filter({ hasText: /^(Fast-forward one hour|快进一小时)$/ })
        .click();
      await expect(page.getByTestId('ff-totals')).toBeVisible({ timeout: 60_000 });
    },
    englishWords: ['In flight at the end', 'Final state', 'Force open'],
  },
  ...(
    [
      ['24-game', '?nums=a,b&target=x'],
      ['bfs-levels', '?tree=[1,None]&variant=spiral'],
      ['climbing-stairs', '?n=-1&steps=0&method=fast'],
      ['redemption-codes', '?count=0&prefix=IO&secret='],
      ['top-ips', '?lines=0&malformed=2'],
    ] as const
  ).map(([id, query]) => ({
    name: `${id} bad URL values`,
    path: `/puzzles/${id}${query}`,
    exercise: async (page: Page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.field-error').first()).toBeVisible();
    },
    englishWords: ['must be'],
  })),
];

// The header's language button names the other language (中 / EN): that is the switch, not a leftover.
const EXCLUDED = '[data-user-content], header .header-tools';

/** Visible text of the page without the user's own content (innerText skips display: none). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate((excluded) => {
    const style = document.createElement('style');
    style.textContent = `${excluded} { display: none !important; }`;
    document.head.append(style);
    const text = document.body.innerText;
    style.remove();
    return text;
  }, EXCLUDED);
}

const CJK = /[\u3400-\u9fff]/;

async function expectEnglishOnly(page: Page, words: readonly string[]) {
  await expectNoClippedSvgText(page);
  const text = await visibleText(page);
  const lines = text.split('\n').filter((line) => CJK.test(line));
  expect(lines, 'lines with Chinese characters in English mode').toEqual([]);
  // Names a screen reader reads and tooltips speak the same language.
  const attributes = await page.evaluate((excluded) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]')) {
      if (el.closest(excluded)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value && /[\u3400-\u9fff]/.test(value)) out.push(`${name}=${value}`);
      }
    }
    return out;
  }, EXCLUDED);
  expect(attributes, 'attributes with Chinese characters in English mode').toEqual([]);
  // The same labels the Chinese check looks for are there in English (the check is not vacuous).
  expect(
    words.filter((w) => !text.includes(w)),
    'English labels missing in English mode',
  ).toEqual([]);
}

/**
 * SVG text a picture cuts off: drawn past the edge of an <svg> that hides its overflow (the default
 * for inline SVG). Labels grow in English; the circuit breaker's state machine lost the ends of its
 * edge labels that way at 1280 px.
 */
async function expectNoClippedSvgText(page: Page) {
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const svg = text.ownerSVGElement;
      if (!svg || getComputedStyle(svg).overflow === 'visible') continue;
      const s = svg.getBoundingClientRect();
      const b = text.getBoundingClientRect();
      if (b.width === 0) continue;
      if (b.left < s.left - 1 || b.right > s.right + 1 || b.top < s.top - 1 || b.bottom > s.bottom + 1) out.push(text.textContent ?? '');
    }
    return out;
  });
  expect(clipped, 'SVG text cut off by its picture').toEqual([]);
}

async function expectNoEnglishLabels(page: Page, words: readonly string[]) {
  await expectNoClippedSvgText(page);
  const text = await visibleText(page);
  expect(text).toMatch(CJK);
  expect(
    words.filter((w) => text.includes(w)),
    'English labels in Chinese mode',
  ).toEqual([]);
}

for (const route of [...labRoutes(), ...puzzleRoutes(), ...INTERACTION_ROUTES]) {
  test(`${route.name} reads in English, and in Chinese without English labels`, async ({ page }) => {
    test.setTimeout(90_000);
    await chooseLanguage(page, 'en');
    await page.goto(route.path);
    await route.exercise(page);
    await expectEnglishOnly(page, route.englishWords);

    await chooseLanguage(page, 'zh');
    await page.goto(route.path);
    await route.exercise(page);
    await expectNoEnglishLabels(page, route.englishWords);
  });
}
