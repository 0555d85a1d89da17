// The climbing-stairs page: n = 100,000 in a worker without freezing the page, the digits and the
// full number, cost comparison, the recursion tree with memo hits, the DP table, the matrix
// steps, bad URL values, and axe in light and dark.
import { expect as baseExpect, test } from './fixtures.ts';

// Pages with a worker, a sandbox and CodeMirror: generous limits for a loaded CI machine.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('n = 100,000 answers in a worker; the page stays responsive; digits and the full number', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=100000&steps=1,2,3,4,5,6,7,8,9,10&method=matrix');
  // While the worker adds 30,000-digit numbers (about a second per method), the page still reacts.
  await expect(page.getByTestId('stairs-progress')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('custom-add').click();
  await expect(page.getByTestId('custom-case')).toHaveCount(2);
  await expect(page.getByTestId('stairs-digits')).toHaveText('30082 位数', { timeout: 30_000 });
  await expect(page.getByTestId('stairs-short')).toContainText('…');
  await expect(page.getByTestId('stairs-agree')).toContainText('结果一致', { timeout: 60_000 });
  const full = await page.getByTestId('stairs-full').inputValue();
  expect(full).toHaveLength(30082);
  await expect(page.getByTestId('stairs-cost').locator('tr[data-method="memo"]')).toContainText('不运行');
});

test('the classic {1,2} for n = 100,000 has 20,899 digits, and copying gives the full number', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/puzzles/climbing-stairs?n=100000&steps=1,2&method=dp');
  await expect(page.getByTestId('stairs-digits')).toHaveText('20899 位数', { timeout: 30_000 });
  await page.getByTestId('stairs-copy').click();
  await expect(page.getByTestId('stairs-answer')).toContainText(/已复制|按 Ctrl\+C/);
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  if (copied !== '') expect(copied).toHaveLength(20899);
});

test('a long computation can be cancelled', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=100000&steps=1,2,3,4,5,6,7,8,9,10&method=matrix');
  await page.getByTestId('stairs-cancel').click({ timeout: 20_000 });
  await expect(page.getByTestId('stairs-cancelled')).toBeVisible();
  await expect(page.getByTestId('stairs-progress')).toHaveCount(0);
});

test('small n: exact answer, three methods agree, costs compared', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=10&steps=1,2&method=memo');
  await expect(page.getByTestId('stairs-short')).toHaveText('89', { timeout: 20_000 });
  await expect(page.getByTestId('stairs-agree')).toContainText('三种方法结果一致', { timeout: 20_000 });
  const cost = page.getByTestId('stairs-cost');
  await expect(cost.locator('tr[data-method="memo"]')).toContainText('20'); // 2n calls
  await expect(cost.locator('tr[data-method="dp"] td.num').first()).toHaveText('19');
});

test('recursion tree: memo hits, and the exponential tree without the memo', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=10&steps=1,2&method=memo');
  const tree = page.getByTestId('stairs-tree');
  await expect(tree.getByTestId('tree-stats')).toHaveText('20 次调用，8 次记忆命中');
  await tree.getByRole('button', { name: '快进到结尾' }).click();
  await expect(tree.locator('.tree-node')).toHaveCount(20);
  await expect(tree.locator('.tree-node.kind-memo-hit')).toHaveCount(8);
  await tree.getByTestId('tree-memo').uncheck();
  await expect(tree.getByTestId('tree-stats')).toHaveText('232 次调用，0 次记忆命中');
});

test('DP table fills cell by cell with the sum spelled out; matrix steps follow the bits of n', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=10&steps=1,2&method=dp');
  const dp = page.getByTestId('stairs-dp');
  // It opens on the filled table; a row of the trace table seeks to that moment.
  await expect(dp.locator('.dp-cell.filled')).toHaveCount(11);
  await dp.getByRole('row').filter({ hasText: 'ways[5] = ways' }).click();
  await expect(dp.locator('.stairs-now')).toHaveText('ways[5] = ways[4] + ways[3] = 5 + 3 = 8');
  await expect(dp.locator('.dp-cell.filled')).toHaveCount(6);
  await dp.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(dp.locator('.stairs-now')).toHaveText('ways[6] = ways[5] + ways[4] = 8 + 5 = 13');
  await expect(dp.locator('.dp-cell.source')).toHaveCount(2);
  // By role: once chosen, the picture's heading also carries the method's name.
  const matrixRadio = page.getByRole('radio', { name: '矩阵快速幂', exact: true });
  // click, not check(): the radio is controlled by the URL, so it shows checked once the URL has it.
  await matrixRadio.click();
  await expect(matrixRadio).toBeChecked();
  await expect(page).toHaveURL(/method=matrix/);
  const m = page.getByTestId('stairs-matrix');
  await expect(m).toContainText('n = 11 的二进制：1011');
  await m.getByRole('button', { name: '快进到结尾' }).click();
  await expect(m).toContainText('F(11)');
  await expect(m).toContainText('89');
  await m.getByLabel('矩阵幂').check();
  await m.getByRole('button', { name: '快进到结尾' }).click();
  await expect(m.locator('table.matrix td.corner')).toHaveText('89');
});

test('bad URL values show a message and the page runs with the defaults', async ({ page }) => {
  await page.goto('/puzzles/climbing-stairs?n=-3&steps=0,2&method=fast');
  await expect(page.getByText('n 必须是 0–100000 之间的整数')).toBeVisible();
  await expect(page.getByText('steps 必须是 1–10 之间的整数')).toBeVisible();
  await expect(page.getByText('method 必须是')).toBeVisible();
  await expect(page.getByTestId('stairs-short')).toHaveText('89', { timeout: 20_000 });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const method of ['memo', 'dp', 'matrix'] as const) {
    test(`axe: climbing-stairs page (${scheme}), ${method} view`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/puzzles/climbing-stairs?n=12&steps=1,2&method=${method}`);
      await expect(page.getByTestId('stairs-agree')).toBeVisible();
      await expect(page.locator('[data-testid="code-editor"] .cm-content')).toBeVisible();
      await app.expectNoAxeViolations();
    });
  }
  test(`axe: /puzzles with review statuses (${scheme})`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/puzzles/24-game');
    await page.getByTestId('give-up').click();
    await page.getByTestId('give-up-confirm').click();
    await expect(page.getByTestId('attempt-graded')).toHaveAttribute('data-saved', 'true');
    await page.goto('/puzzles');
    await expect(page.getByTestId('puzzle-24-game').getByTestId('puzzle-status')).not.toContainText('新');
    await app.expectNoAxeViolations();
  });
}
