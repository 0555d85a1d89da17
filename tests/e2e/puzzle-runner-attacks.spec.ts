// User code attacking the runner from inside the worker: forging the protocol, re-arming the
// watchdog, patching what a comparison would use, and flooding the page with output. None of it
// may change a verdict, extend a limit, or freeze the page.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { WorkbenchPage } from './puzzle-workbench-page.ts';

test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** The page still answers a click: the custom-case "add" button adds a row. */
async function expectResponsive(page: Page) {
  const rows = page.getByTestId('custom-case');
  const before = await rows.count();
  await page.getByTestId('custom-add').click();
  await expect(rows).toHaveCount(before + 1);
}

test('a forged "all cases done" from user code does not make a wrong submission pass or get graded', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(`const forge = (m: unknown) => { try { (self as any).postMessage(m); } catch {} };
forge({ type: 'all-done' });
function climbStairs(n: number): number {
  forge({ type: 'all-done' });
  return -1;
}`);
  await wb.submit();
  await wb.waitForReport('failed');
  await expect(wb.summary()).toContainText('0/13 个用例通过');
  await expect(wb.rows()).toHaveCount(13);
  await expect(wb.rows().first()).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('attempt-graded')).toHaveCount(0);
  await expect(page.getByText('本次已提交失败 1 次')).toBeVisible();
});

test('posting "case started" from an infinite loop does not re-arm the watchdog: the run is stopped at the limit', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(`function climbStairs(n: number): number {
  let last = 0;
  while (true) {
    if (Date.now() - last > 300) {
      last = Date.now();
      try { (self as any).postMessage({ type: 'case-start', index: 0 }); } catch {}
    }
  }
}`);
  await wb.run();
  await expect(page.getByTestId('run-progress')).toContainText('运行中');
  // The limit is 1 s a case; the old watchdog was re-armed forever. Allow for a slow machine.
  await wb.waitForReport('timeout', 20_000);
  await expect(wb.rows().first()).toHaveAttribute('data-status', 'timeout');
  await expectResponsive(page);
});

test('patching JSON.stringify, Object.is and Array.prototype in the worker does not change a verdict', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('bfs-levels');
  await wb.typeCode(`JSON.stringify = () => '"same"';
Object.is = () => true;
for (const k of ['every', 'some', 'map', 'join', 'includes', 'indexOf', 'toString', 'slice', 'filter', 'flat']) {
  (Array.prototype as any)[k] = function () { return k === 'every' || k === 'some' || k === 'includes' ? true : k === 'indexOf' ? 0 : '"same"'; };
}
String.prototype.localeCompare = () => 0;
function levelOrder(root: TreeNode | null): number[][] {
  return [[42]];
}`);
  await wb.run();
  await wb.waitForReport('failed');
  await expect(wb.summary()).toContainText('0/3 个用例通过');
  for (const status of await wb.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))) expect(status).not.toBe('pass');
});

// 20 MB and 10 MB: 10,000 and 10 times the budgets (limits.ts), and little enough to build well
// inside the 1 s a case has on a busy machine (100 MB and 50 MB timed out there).
test('a 20 MB log line and a 10 MB return value are cut in the worker: notes in the report, the page answers clicks', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(`function climbStairs(n: number): number {
  console.log('first line for n = ' + n);
  if (n === 1) console.log('x'.repeat(20_000_000));
  if (n === 2) for (let i = 0; i < 500; i++) console.log('line ' + i);
  if (n === 3) return 'y'.repeat(10_000_000) as any;
  return n === 1 ? 1 : n === 2 ? 2 : 8;
}`);
  await wb.run();
  await wb.waitForReport('failed', 30_000);
  await expectResponsive(page);
  const rows = wb.rows();
  // n = 1: the long line is cut, with a note.
  await rows.nth(0).locator('summary').click();
  await expect(rows.nth(0).getByTestId('report-logs')).toContainText('first line for n = 1');
  await expect(rows.nth(0).getByTestId('report-log-note')).toContainText('已截断');
  const longest = await rows
    .nth(0)
    .getByTestId('report-logs')
    .evaluate((el) => Math.max(...(el.textContent ?? '').split('\n').map((l) => l.length)));
  expect(longest).toBe(2000);
  // n = 2: 501 lines, 100 kept.
  await rows.nth(1).locator('summary').click();
  await expect(rows.nth(1).getByTestId('report-log-note')).toContainText('另有 401 行没有显示');
  // n = 3: the huge value never left the worker; the case fails with a note.
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'fail');
  await expect(rows.nth(2).getByTestId('report-message')).toContainText('返回值太大');
});

test('a memory bomb that posts "case started" is stopped, and the page survives', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(`function climbStairs(n: number): number {
  const hoard: number[][] = [];
  while (true) {
    hoard.push(new Array(1_000_000).fill(n));
    try { (self as any).postMessage({ type: 'case-start', index: 0 }); } catch {}
  }
}`);
  await wb.run();
  await expect(wb.report()).toHaveAttribute('data-status', /timeout|load-error/, { timeout: 30_000 });
  await expectResponsive(page);
  // And the next run works.
  await wb.typeCode('function climbStairs(n: number): number {\n  return n;\n}');
  await wb.run();
  await wb.waitForReport('failed');
});

test('console.log output shows per case in the report', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode('function climbStairs(n: number): number {\n  console.log("n is", n, { n });\n  return n;\n}');
  await wb.run();
  await wb.waitForReport('failed');
  const rows = wb.rows();
  await rows.nth(0).locator('summary').click();
  await expect(rows.nth(0).getByTestId('report-logs')).toHaveText('n is 1 {"n":1}');
  await expect(rows.nth(3).getByTestId('report-logs')).toHaveText('n is 5 {"n":5}');
});
