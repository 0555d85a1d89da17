// The shared workbench, exercised on the 24-game and climbing-stairs pages: correct and wrong
// solutions, an infinite loop, a syntax error, the sandbox's isolation, saved code, custom cases,
// and the review grading that shows on /puzzles.
import { expect as baseExpect, test } from './fixtures.ts';
import { WorkbenchPage } from './puzzle-workbench-page.ts';

// Pages with a worker, a sandbox and CodeMirror: generous limits for a loaded CI machine.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const STAIRS_OK = `function climbStairs(n: number): number {
  let a = 1, b = 1;
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
  return b;
}`;

const STAIRS_WRONG = `function climbStairs(n: number): number {
  return n;
}`;

test('a correct solution passes Run and Submit and is graded Good; /puzzles shows its review', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await expect(page.getByTestId('puzzle-review-status')).toContainText('新题');
  await wb.typeCode(STAIRS_OK);
  await wb.run();
  await wb.waitForReport('passed');
  await expect(wb.summary()).toContainText('4/4 个用例通过');
  await expect(wb.summary()).toContainText('用时');
  await wb.submit();
  await wb.waitForReport('passed');
  await expect(wb.summary()).toContainText('13/13');
  await expect(page.getByTestId('attempt-graded')).toContainText('良好');
  await expect(page.getByTestId('puzzle-review-status')).not.toContainText('新题');

  await page.goto('/puzzles');
  await expect(page.getByTestId('puzzle-climbing-stairs').getByTestId('puzzle-status')).not.toContainText('新');
  await expect(page.getByTestId('puzzle-24-game').getByTestId('puzzle-status')).toContainText('新');
});

test('a wrong solution shows input, expected and actual with the first failure open; passing later is Hard', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode(STAIRS_WRONG);
  await wb.submit();
  await wb.waitForReport('failed');
  await expect(wb.summary()).toContainText('未通过');
  // n = 1, 2, 3 pass by luck (1, 2, 3 ways); n = 5 is the first failure and is expanded.
  const first = wb.rows().nth(3);
  await expect(first).toHaveAttribute('data-status', 'fail');
  await expect(first.locator('details')).toHaveAttribute('open', '');
  await expect(first).toContainText('输入');
  await expect(first).toContainText('[5]');
  await expect(first).toContainText('期望');
  await expect(first.getByTestId('report-actual')).toHaveText('5');
  await expect(first.getByTestId('report-message')).toHaveText('期望 8，实际 5');
  await expect(wb.rows().nth(2).locator('details')).not.toHaveAttribute('open', '');
  await expect(wb.rows().nth(4).locator('details')).not.toHaveAttribute('open', '');
  await expect(page.getByText('本次已提交失败 1 次')).toBeVisible();

  await wb.typeCode(STAIRS_OK);
  await wb.submit();
  await wb.waitForReport('passed');
  await expect(page.getByTestId('attempt-graded')).toContainText('困难');
});

test('an infinite loop is stopped at the time limit and the page stays responsive', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await wb.typeCode('function solve24(nums: number[], target: number): boolean {\n  while (true) {}\n}');
  const customRows = page.getByTestId('custom-case');
  const before = await customRows.count();
  await wb.run();
  await expect(page.getByTestId('run-progress')).toContainText('运行中');
  // The loop runs in a worker: the page still answers clicks while it spins. What the progress line
  // said at the moment the new row was drawn is recorded in the page (reading it afterwards raced
  // the 2 s limit on a slow machine); a frozen page would draw the row only after the run.
  await page.evaluate(() => {
    const w = window as unknown as { progressWhenAdded?: string };
    const rows = () => document.querySelectorAll('[data-testid="custom-case"]').length;
    const start = rows();
    const observer = new MutationObserver(() => {
      if (rows() === start) return;
      w.progressWhenAdded = document.querySelector('[data-testid="run-progress"]')?.textContent ?? '';
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('custom-add').click();
  await expect(customRows).toHaveCount(before + 1);
  expect(await page.evaluate(() => (window as unknown as { progressWhenAdded?: string }).progressWhenAdded)).toContain('运行中');
  await wb.waitForReport('timeout');
  await expect(wb.summary()).toContainText('超时');
  await expect(wb.rows().first()).toHaveAttribute('data-status', 'timeout');
  await expect(wb.rows().first()).toContainText('超过时间限制 2 s');
  await expect(wb.rows().nth(1)).toHaveAttribute('data-status', 'not-run');
  // And the sandbox works again right after.
  await wb.typeCode('function solve24(nums: number[], target: number): boolean {\n  return nums.length === 4 && target !== 5;\n}');
  await wb.run();
  await wb.waitForReport('failed');
});

test('Stop (or Esc) ends a run at once: finished cases stay, the rest did not run, nothing is graded', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  // Every case spins for a second: slow, but each within the 2 s limit, so only Stop ends it early.
  await wb.typeCode(
    'function solve24(nums: number[], target: number): boolean {\n  const end = Date.now() + 1000;\n  while (Date.now() < end) {}\n  return true;\n}',
  );
  await wb.submit();
  await expect(page.getByTestId('run-progress')).toContainText('运行中');
  await page.getByTestId('stop').click();
  await expect(wb.summary()).toContainText('提交：已停止', { timeout: 5_000 });
  await expect(wb.rows().last()).toHaveAttribute('data-status', 'not-run');
  await expect(page.getByTestId('stop')).toHaveCount(0);
  await expect(page.getByTestId('attempt-graded')).toHaveCount(0);
  // Esc in the editor stops too; then the sandbox runs again as usual.
  await wb.run();
  await expect(page.getByTestId('run-progress')).toContainText('运行中');
  await wb.editor().click();
  await page.keyboard.press('Escape');
  await expect(wb.summary()).toContainText('运行：已停止', { timeout: 5_000 });
  await expect(wb.rows().last()).toHaveAttribute('data-status', 'not-run');
  await wb.typeCode('function solve24(nums: number[], target: number): boolean {\n  return nums.length === 4 && target !== 5;\n}');
  await wb.run();
  await wb.waitForReport('failed');
});

test('a syntax error shows line and column and marks the line in the editor', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await wb.typeCode('function solve24(nums: number[], target: number): boolean {\n  const x = 1;\n  return x +;\n}');
  await wb.run();
  await wb.waitForReport('compile-error');
  await expect(page.getByTestId('compile-position')).toHaveText(/第 3 行，第 \d+ 列/);
  const marked = page.locator('.cm-line[data-error-line]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('return x +;');
  // Editing clears the mark.
  await wb.editor().click();
  await page.keyboard.type(' ');
  await expect(marked).toHaveCount(0);
});

test('user code cannot read the app’s localStorage, IndexedDB or DOM', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await page.evaluate(() => localStorage.setItem('secret-marker', 'TOP-SECRET-42'));
  const attempts = [
    ['localStorage.getItem("secret-marker")', 'localStorage is not defined'],
    ['(parent as any).document.title', 'parent is not defined'],
    ['(globalThis as any).document.cookie', 'Cannot read properties of undefined'],
    ['String(indexedDB.open("interview-lab"))', 'SecurityError'],
  ] as const;
  for (const [expression, error] of attempts) {
    await wb.typeCode(`function solve24(nums: number[], target: number): boolean {\n  return ${expression} as any;\n}`);
    await wb.run();
    await wb.waitForReport('failed');
    const row = wb.rows().first();
    await expect(row).toHaveAttribute('data-status', 'error');
    await expect(row.getByTestId('report-message')).toContainText(error);
    await expect(wb.report()).not.toContainText('TOP-SECRET-42');
  }
});

test('saved code survives a reload; reset to starter asks first', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  const code = 'function solve24(nums: number[], target: number): boolean {\n  return true; // saved-marker\n}';
  await wb.typeCode(code);
  await page.reload();
  await expect(wb.editor()).toContainText('saved-marker');
  expect(await wb.code()).toBe(code);

  await page.getByTestId('reset-code').click();
  await expect(page.getByText('确定恢复初始代码？')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(wb.editor()).toContainText('saved-marker');
  await page.getByTestId('reset-code').click();
  await page.getByTestId('reset-code-confirm').click();
  await expect(wb.editor()).not.toContainText('saved-marker');
  await expect(wb.editor()).toContainText('// 你的代码');
  await page.reload();
  await expect(wb.editor()).toContainText('// 你的代码');
});

test('corrupt saved code does not break the page: the starter loads and the raw text is kept', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await page.evaluate(() => localStorage.setItem('puzzle-code:24-game', '{"version":1,"code":'));
  await page.reload();
  await expect(page.getByTestId('code-unreadable')).toContainText('不是有效的 JSON');
  await expect(wb.editor()).toContainText('function solve24');
  expect(await page.evaluate(() => localStorage.getItem('puzzle-code:24-game:unreadable'))).toBe('{"version":1,"code":');
  await wb.run();
  await wb.waitForReport('failed');
});

test('custom cases: bad JSON gets a clear message; without expected the output is shown', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await wb.typeCode(
    'function solve24(nums: number[], target: number): boolean {\n  console.log("sum", nums.reduce((a, b) => a + b, 0));\n  return nums.reduce((a, b) => a + b, 0) === target;\n}',
  );
  const args = page.getByTestId('custom-args').first();
  await args.fill('[[1,2,3,4], 10');
  await expect(page.getByTestId('custom-case').first()).toContainText('不是有效的 JSON');
  await args.fill('[[1,2,3,4]]');
  await expect(page.getByTestId('custom-case').first()).toContainText('函数有 2 个参数，这里给了 1 个');
  await args.fill('[[1,2,3,4], 10]');
  await expect(page.getByTestId('custom-case').first()).not.toContainText('参数不是');
  await page.getByTestId('custom-add').click();
  await page.getByTestId('custom-args').nth(1).fill('[[6,6,6,6], 24]');
  await page.getByTestId('custom-expected').nth(1).fill('false');
  await wb.run();
  await wb.waitForReport('failed');
  const custom = wb.rows().filter({ hasText: '自定义 1' });
  await expect(custom).toHaveAttribute('data-status', 'output');
  await expect(custom.getByTestId('report-actual')).toHaveText('true');
  await expect(custom).toContainText('sum 10');
  await expect(wb.rows().filter({ hasText: '自定义 2' })).toHaveAttribute('data-status', 'fail');
});

test('giving up asks first and records Again', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('24-game');
  await page.getByTestId('give-up').click();
  await page.getByTestId('give-up-confirm').click();
  await expect(page.getByTestId('attempt-graded')).toContainText('重来');
  // Saved (committed) before the user leaves: a full page load right after loses nothing.
  await expect(page.getByTestId('attempt-graded')).toHaveAttribute('data-saved', 'true');
  await page.goto('/puzzles');
  await expect(page.getByTestId('puzzle-24-game').getByTestId('puzzle-status')).not.toContainText('新');
});
