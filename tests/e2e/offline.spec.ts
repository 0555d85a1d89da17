// Works offline after the first visit: the service worker precaches the whole build, so every
// route, deck, lab, puzzle and worker loads with the network off, a reload offline still works,
// and a lab and a puzzle actually run. (Other specs block service workers; this one needs it.)
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labCatalogue } from '../../src/labs/catalogue.ts';
import { puzzleCatalogue } from '../../src/puzzles/catalogue.ts';
import { expect, test } from './fixtures.ts';
import { WorkbenchPage } from './puzzle-workbench-page.ts';

test.use({ serviceWorkers: 'allow' });

const ROUTES = [
  '/',
  '/study',
  '/search?q=limit_req',
  '/settings',
  '/stats',
  '/cram',
  '/test',
  '/interview',
  '/labs',
  '/puzzles',
  '/decks/kubernetes',
  '/decks/kubernetes/study',
  '/cards/k8s-probes',
  '/cards/nginx-limit-req',
  ...labCatalogue.map((l) => `/labs/${l.id}`),
  ...puzzleCatalogue.map((p) => `/puzzles/${p.id}`),
];

test('after one visit every route works offline, including a reload and a lab run', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  // Installed means every precached file is stored; activated means it will answer fetches.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 60_000 })
    .toBe('activated');
  await page.reload(); // now the page is controlled by the worker
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  const failed: string[] = [];
  // A request cut short by the next navigation is aborted, not failed for want of a network.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${r.url()} ${r.failure()?.errorText}`));
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator('main h1').first(), route).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Failed to fetch dynamically imported module')).toHaveCount(0);
  }
  await page.reload();
  await expect(page.locator('main h1').first()).toBeVisible();

  // A lab plays (its chunk and engine came from the cache)…
  await page.goto('/labs/rate-limiting?preset=nginx-1rs-burst5-batch7');
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(page.getByTestId('trace-table').locator('tbody tr')).toHaveCount(1);
  // …and a puzzle runs the user's code: the worker serves sandbox.html with its sandbox header,
  // and the code still runs in an opaque origin (no storage of the app's, no IndexedDB).
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(
    'function climbStairs(n: number): number {\n  console.log("origin " + String(self.origin) + " idb " + typeof indexedDB);\n  let a = 1, b = 1;\n  for (let i = 1; i < n; i++) [a, b] = [b, a + b];\n  return b;\n}',
  );
  await wb.run();
  await wb.waitForReport('passed', 30_000);
  await expect(wb.report()).toContainText('origin null');
  expect(await page.locator('iframe[title="code sandbox"]').getAttribute('sandbox')).toBeNull();
  expect(failed.filter((u) => u.startsWith('http://127.0.0.1'))).toEqual([]);
});

test('a new deploy is offered as a reload, never swapped under the open page', async ({ page }) => {
  test.slow();
  // Its own copy of the build on its own port, so "deploying" (changing sw.js) touches no other test.
  const dir = mkdtempSync(join(tmpdir(), 'il-deploy-'));
  cpSync(process.env.OUT_DIR || 'dist', dir, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 600);
  // Its own process group, so stopping it stops vite too (npx starts vite as a child).
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(origin).catch(() => null))?.ok ?? false, { timeout: 30_000 }).toBe(true);
    await page.goto(origin);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 60_000 })
      .toBe('activated');
    await page.reload(); // the open page is now run by this version's worker
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // Deploy a new version: the worker script changes, as a new build's precache revisions do.
    appendFileSync(join(dir, 'sw.js'), `\n// next deploy ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByTestId('update-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText('有新版本了');
    // The page keeps working until the user chooses; then it reloads onto the new worker.
    await page.locator('.site-nav').getByRole('link', { name: '实验' }).click();
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '重新加载' }).click()]);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
});
