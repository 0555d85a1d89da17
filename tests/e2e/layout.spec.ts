// Every screen fits: at 375 px no route scrolls sideways (tables, code and diagrams scroll inside
// their own box), and at 1280 px the labs use the width, so no table's right-hand column is cut off.
// The routes are those of src/app/paths.ts, every deck and card, every lab preset, each lab's widest
// preset played to its end, and every puzzle after a run.
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { paths } from '../../src/app/paths.ts';
import { labCatalogue } from '../../src/labs/catalogue.ts';
import { puzzleCatalogue } from '../../src/puzzles/catalogue.ts';
import { expect, test } from './fixtures.ts';

/** The preset of each lab whose end state is the widest (most columns, lanes, logs). */
const widest: Record<string, string> = {
  'rate-limiting': 'compare-all',
  'circuit-breaker': 'resilience4j-slow-calls',
  'load-balancing': 'compare-all',
  'upstream-incident': 'after-network-blip',
  'kubernetes-service': 'proxy-modes-at-scale',
  'redis-cluster': 'partition-lost-writes',
  'docker-image': 'commit-save-export',
  'service-discovery': 'zookeeper-vs-eureka-outage',
  'call-chain': 'compare-fixes',
  'rpc-call-path': 'dubbo-forking-2',
  'linux-shell': 'top-10-ips',
};
/** A lab not listed above is played to the end from its first preset. */
const widestOf = (lab: { id: string; presets: readonly string[] }): string => widest[lab.id] ?? lab.presets[0] ?? '';
const deckIds = readdirSync('content/decks')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectFits(page: Page, what: string) {
  await expect.poll(() => sidewaysOverflow(page), { message: `${what} scrolls sideways at ${page.viewportSize()?.width} px` }).toBeLessThanOrEqual(0);
}

/** Waits for the page to render its content, not the loading line. */
async function loaded(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 20_000 });
}

/** Brings a lab or puzzle to its widest state: every player at its end, every check run, a diagnosis given, the solution run. */
async function playToTheEnd(page: Page) {
  for (const end of await page.getByRole('button', { name: '快进到结尾' }).all()) await end.click();
  // The incident is computed in a worker: its symptom, logs and checklist come when it is done.
  if (await page.getByTestId('upstream-incident-lab').count()) await expect(page.getByTestId('symptom')).toBeVisible({ timeout: 30_000 });
  for (const step of await page.locator('[data-testid="upstream-incident-lab"] [data-testid^="run-"]').all()) {
    await step.click();
    await expect(page.getByTestId(`evidence-${(await step.getAttribute('data-testid'))!.slice(4)}`)).toBeVisible();
  }
  const answer = page.locator('[data-testid^="answer-"]').first();
  if (await answer.count()) {
    await answer.check();
    await page.getByTestId('submit-diagnosis').click();
    await expect(page.getByTestId('diagnosis-result')).toBeVisible();
  }
  const run = page.getByTestId('run');
  if (await run.count()) {
    await run.click();
    await expect(page.getByTestId('run-report')).toBeVisible({ timeout: 30_000 });
  }
}

/** Tables whose last header cell is cut off by the box they scroll in (or by the window). */
async function cutTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const headers = table.querySelectorAll('thead th');
      const last = headers[headers.length - 1];
      if (!last) continue;
      let box = table.parentElement;
      while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      const right = Math.min(box ? box.getBoundingClientRect().right : Infinity, window.innerWidth);
      if (last.getBoundingClientRect().right > right + 1)
        cut.push(`"${last.textContent}" of ${table.closest('[data-testid]')?.getAttribute('data-testid') ?? 'a table'}`);
    }
    return cut;
  });
}

test.describe('375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the app routes', async ({ page }) => {
    test.setTimeout(90_000);
    const routes = [
      paths.home(),
      paths.studyAll(),
      paths.search(),
      paths.search('令牌桶'),
      paths.settings(),
      paths.stats(),
      paths.cram(),
      paths.test(),
      paths.interview(),
      paths.test('decks=load-balancing&n=10&mix=both&seed=5'),
      paths.labs(),
      paths.puzzles(),
      '/no-such-page',
      ...deckIds.flatMap((id) => [paths.deck(id), paths.study(id)]),
    ];
    for (const route of routes) {
      await page.goto(route);
      await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 20_000 });
      await expectFits(page, route);
    }
    // A study card with its answer shown.
    await page.goto(paths.study('load-balancing'));
    await expect(page.getByTestId('study-card')).toBeVisible({ timeout: 20_000 });
    await page.keyboard.press('Space');
    await expect(page.getByTestId('grade-3')).toBeVisible();
    await expectFits(page, 'a revealed study card');
  });

  for (const deckId of deckIds) {
    test(`every card of ${deckId}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(paths.deck(deckId));
      await loaded(page);
      const first = page.locator('main a[href^="/cards/"]').first();
      await first.click();
      // Card to card through the pager ("next"), as a reader does: no full page load per card. The
      // breadcrumb's "i / n" says which card is on screen, so a step never reads the previous page.
      const position = page.locator('.card-page .breadcrumbs');
      await expect(position).toContainText(/(^|\s)1 \/ \d+/, { timeout: 20_000 });
      const total = Number((await position.innerText()).match(/(?:^|\s)1 \/ (\d+)/)![1]);
      const next = page.locator('.pager a[rel="next"]');
      const at = (i: number) => new RegExp(`(^|\\s)${i} / ${total}(\\D|$)`);
      for (let i = 1; i <= total; i++) {
        await expect(position).toContainText(at(i), { timeout: 20_000 });
        await expectFits(page, page.url());
        if (i === total) break;
        await next.click();
        try {
          await expect(position).toContainText(at(i + 1), { timeout: 10_000 });
        } catch {
          // On a loaded machine a click can land while the page is still settling: once more, and
          // only if the pager still shows this card.
          if (at(i).test(await position.innerText())) await next.click();
        }
      }
    });
  }

  for (const lab of labCatalogue) {
    test(`lab ${lab.id}: every preset, and the widest one played to the end`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const query of ['', ...lab.presets.map((p) => `preset=${p}`)]) {
        const route = paths.lab(lab.id, query);
        await page.goto(route);
        await loaded(page);
        await expectFits(page, route);
      }
      const route = paths.lab(lab.id, `preset=${widestOf(lab)}`);
      await page.goto(route);
      await loaded(page);
      await playToTheEnd(page);
      await expectFits(page, `${route} played to the end`);
    });
  }

  test('every puzzle, before and after a run', async ({ page }) => {
    test.setTimeout(180_000);
    for (const puzzle of puzzleCatalogue) {
      const route = paths.puzzle(puzzle.id);
      await page.goto(route);
      await loaded(page);
      await expectFits(page, route);
      await playToTheEnd(page);
      await expectFits(page, `${route} after a run`);
    }
  });
});

test.describe('1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lab of labCatalogue) {
    test(`lab ${lab.id}: the page uses the width and no table is cut off`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const query of ['', `preset=${widestOf(lab)}`]) {
        const route = paths.lab(lab.id, query);
        await page.goto(route);
        await loaded(page);
        await playToTheEnd(page);
        // The lab is not squeezed into a reading column: main spans the window (less its padding).
        expect((await page.locator('main').boundingBox())!.width, route).toBeGreaterThanOrEqual(1240);
        expect(await cutTables(page), route).toEqual([]);
        await expectFits(page, route);
      }
    });
  }

  test('every puzzle after a run: no table cut off', async ({ page }) => {
    test.setTimeout(180_000);
    for (const puzzle of puzzleCatalogue) {
      await page.goto(paths.puzzle(puzzle.id));
      await loaded(page);
      await playToTheEnd(page);
      expect(await cutTables(page), puzzle.id).toEqual([]);
      await expectFits(page, puzzle.id);
    }
  });

  test('the load-balancing comparison shows its "dropped" column, the rate-limiting trace its state column', async ({ page }) => {
    await page.goto(paths.lab('load-balancing', 'preset=compare-all'));
    await loaded(page);
    await playToTheEnd(page);
    const table = page.getByTestId('compare-table');
    await expect(table).toBeVisible({ timeout: 60_000 });
    const dropped = table.locator('thead th').nth(4);
    await expect(dropped).toContainText('丢弃');
    await dropped.scrollIntoViewIfNeeded();
    // Fully visible: not clipped by the table's scroll box nor by the window.
    await expect(dropped).toBeInViewport({ ratio: 1 });
    await expect(table.getByTestId('compare-dropped').first()).toBeInViewport({ ratio: 1 });
    expect(await cutTables(page)).toEqual([]);

    await page.goto(paths.lab('rate-limiting', 'preset=compare-all'));
    await loaded(page);
    await playToTheEnd(page);
    const state = page.getByTestId('trace-table').locator('thead th').last();
    await expect(state).toContainText('决定后的状态');
    await state.scrollIntoViewIfNeeded();
    await expect(state).toBeInViewport({ ratio: 1 });
    expect(await cutTables(page)).toEqual([]);
  });
});
