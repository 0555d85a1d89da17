// The 24-game page: exact solving from the URL, the proof of no solution, more numbers, the
// search played step by step, the expression check, bad URL values, and axe in light and dark.
import { expect as baseExpect, test } from './fixtures.ts';

// Pages with a worker, a sandbox and CodeMirror: generous limits for a loaded CI machine.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test('8 3 8 3 needs a fraction: found exactly, from the URL', async ({ page }) => {
  await page.goto('/puzzles/24-game?nums=8,3,8,3&target=24');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('verdict')).toContainText('共 1 种');
  await expect(page.getByTestId('solution-list')).toContainText('8 ÷ (3 − 8 ÷ 3) = 24');
});

test('1 1 1 1 has no solution, with the search as proof', async ({ page }) => {
  await page.goto('/puzzles/24-game?nums=1,1,1,1&target=24');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'false');
  await expect(page.getByTestId('solutions')).toContainText('证明：穷举了');
  // The animation ends on the exhausted search.
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('explain')).toContainText('无解');
});

test('the numbers are edited in place; a bad one gets a message; more numbers up to six', async ({ page }) => {
  await page.goto('/puzzles/24-game');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true');
  await page.getByTestId('num-0').fill('abc');
  await expect(page.getByText('不是数：可以写整数、小数或分数')).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true');
  await page.getByTestId('num-0').fill('1');
  await page.getByTestId('num-1').fill('1');
  await page.getByTestId('num-2').fill('1');
  await page.getByTestId('num-3').fill('1');
  await expect(page).toHaveURL(/nums=1%2C1%2C1%2C1/);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'false');
  await page.getByTestId('add-number').click();
  await page.getByTestId('num-4').fill('24');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true');
  await expect(page.getByTestId('solution-list')).toContainText('24 × 1 × 1 × 1 × 1 = 24');
  await page.getByTestId('add-number').click();
  await expect(page.getByTestId('add-number')).toBeDisabled();
  await page.getByTestId('target').fill('25');
  await expect(page).toHaveURL(/target=25/);
});

test('the search plays step by step: tiles, the pair combined and its exact result', async ({ page }) => {
  await page.goto('/puzzles/24-game?nums=8,3,8,3&target=24');
  const tiles = page.getByTestId('tiles').locator('li');
  await expect(tiles).toHaveCount(4);
  await page.getByTestId('trace').getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(page.getByTestId('equation')).toContainText('8 + 3 = 11');
  await expect(tiles).toHaveCount(3);
  await expect(page.getByTestId('trace-table')).toContainText('合并');
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('explain')).toContainText('找到了：8 ÷ (3 − 8 ÷ 3) = 24');
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toContainText('24');
});

test('check my expression: exact value and the same numbers', async ({ page }) => {
  await page.goto('/puzzles/24-game?nums=8,3,8,3&target=24');
  const input = page.getByTestId('check-input');
  const result = page.getByTestId('check-result');
  await input.fill('8/(3-8/3)');
  await expect(result).toContainText('正确');
  await input.fill('8*3 + 8 - 8');
  await expect(result).toContainText('少用了 3');
  await input.fill('(8+8)*3/3');
  await expect(result).toContainText('结果是 16');
  await input.fill('8/(3-8/');
  await expect(result).toContainText('第 8 个字符');
});

test('bad URL values show a message and the page runs with the default hand', async ({ page }) => {
  await page.goto('/puzzles/24-game?nums=1,2,x&target=1/0');
  await expect(page.getByText('nums 只能包含整数、小数或分数')).toBeVisible();
  await expect(page.getByText('target 必须是一个整数、小数或分数')).toBeVisible();
  await expect(page.getByTestId('num-0')).toHaveValue('4');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-solvable', 'true');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: 24-game page (${scheme}), with a report and the reference open`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/puzzles/24-game?nums=1,1,1,1');
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expect(page.locator('[data-testid="code-editor"] .cm-content')).toBeVisible();
    await page.getByTestId('check-input').fill('1+1');
    await page.getByTestId('run').click();
    await expect(page.getByTestId('run-report')).toBeVisible();
    await page.getByText('显示代码（建议先自己写一遍）').click();
    await expect(page.locator('.reference-code .tok-keyword').first()).toBeVisible();
    await app.expectNoAxeViolations();
  });
}
