// TypeScript type errors, from TypeScript 6 in a worker: shown with line and column in the report
// and underlined in the editor; the run goes ahead anyway; TypeScript loads only once the editor
// is used.
import { expect as baseExpect, test } from '@playwright/test';
import { WorkbenchPage } from './puzzle-workbench-page.ts';

test.describe.configure({ timeout: 120_000 });
// The first check loads about 1 MB (gzip) of TypeScript and parses the ES2022 lib.
const expect = baseExpect.configure({ timeout: 45_000 });

test('type errors show with line and column in the report and the editor; the run still goes ahead', async ({ page }) => {
  const tsRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('ts-worker')) tsRequests.push(r.url());
  });
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await page.waitForTimeout(1500);
  expect(tsRequests, 'TypeScript is not fetched by a page view').toEqual([]);

  await wb.typeCode('function climbStairs(n: number): number {\n  const label: string = n;\n  console.log(label);\n  return n;\n}');
  // Typing is enough to check: the error is underlined in the editor.
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(page.locator('.cm-lintRange-error')).toHaveText('label');
  expect(tsRequests.length).toBeGreaterThan(0);

  await wb.run();
  await wb.waitForReport('failed');
  await expect(wb.rows()).toHaveCount(4);
  const types = page.getByTestId('report-types');
  await expect(types).toHaveAttribute('data-state', 'errors');
  await expect(types.getByTestId('type-error')).toHaveCount(1);
  await expect(types.getByTestId('type-error')).toContainText('第 2 行，第 9 列');
  await expect(types.getByTestId('type-error')).toContainText("Type 'number' is not assignable to type 'string'.");
});

test('a function that does not match the puzzle’s signature is reported at its line; correct code has no type errors', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto('climbing-stairs');
  await wb.typeCode('// 我的解法\nfunction climbStairs(n: string): string {\n  return n;\n}');
  await wb.run();
  await wb.waitForReport('failed');
  const types = page.getByTestId('report-types');
  await expect(types).toHaveAttribute('data-state', 'errors');
  await expect(types.getByTestId('type-error').first()).toContainText('第 2 行');
  await expect(types.getByTestId('type-error').first()).toContainText('与题目的函数签名不符');

  await wb.typeCode('function climbStairs(n: number): number {\n  let a = 1, b = 1;\n  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];\n  return b;\n}');
  await wb.run();
  await wb.waitForReport('passed');
  await expect(types).toHaveAttribute('data-state', 'ok');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
});
