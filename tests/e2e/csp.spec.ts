// The Content-Security-Policy is set, and the app works under it: every route loads without a
// violation or console error, and the labs' workers, the puzzle runner (sandbox frame and its
// worker) and the TypeScript checker's worker still run.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { WorkbenchPage } from './puzzle-workbench-page.ts';

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const ROUTES = [
  '/',
  '/decks/kubernetes',
  '/decks/kubernetes/study',
  '/study',
  '/cards/rpc-architecture',
  '/search?q=令牌桶',
  '/settings',
  '/stats',
  '/cram',
  '/test',
  '/interview',
  '/test?decks=load-balancing&n=10&mix=generated&seed=5',
  '/labs',
  '/labs/rate-limiting',
  '/labs/circuit-breaker',
  '/labs/load-balancing',
  '/labs/upstream-incident',
  '/puzzles',
  '/puzzles/24-game',
  '/puzzles/bfs-levels',
  '/puzzles/climbing-stairs',
  '/puzzles/redemption-codes',
  '/puzzles/top-ips',
  '/nope',
];

/** Collects CSP violations (from the page and every frame) and console errors. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('the built page carries the policy; the sandbox frame has its own', async ({ page, request }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+';/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("form-action 'none'");
  expect(policy).not.toContain('unsafe-eval');
  const sandbox = await (await request.get('/sandbox.html')).text();
  expect(sandbox).toMatch(/content="default-src 'none'; script-src 'sha256-[\w+/=]+' 'unsafe-eval'; worker-src blob:/);
  // An inline script the policy does not list is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});

test('every route loads without a CSP violation or console error', async ({ page }) => {
  const problems = await watch(page);
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('加载中', { timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(problems, route).toEqual([]);
  }
});

test('under the policy, a lab worker, the puzzle runner and user code in the sandbox work', async ({ page }) => {
  const problems = await watch(page);
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode('function climbStairs(n: number): number {\n  let a = 1, b = 1;\n  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];\n  return b;\n}');
  await wb.run();
  await wb.waitForReport('passed');
  // The TypeScript checker's worker loads and answers under the policy.
  await expect(page.getByTestId('report-types')).toHaveAttribute('data-state', 'ok', { timeout: 45_000 });
  // User code in the sandbox can fetch nothing (its frame's policy has no connect-src).
  await wb.typeCode('function climbStairs(n: number): number {\n  fetch("http://127.0.0.1/").then(() => console.log("fetched"));\n  return n;\n}');
  await wb.run();
  await wb.waitForReport('failed');
  // The user's fetch is refused inside the sandbox; that refusal is the only complaint allowed.
  expect(problems.filter((p) => !/connect-src|Refused to connect|Failed to fetch/.test(p))).toEqual([]);
});
