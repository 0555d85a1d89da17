// Redemption codes: generate 100,000 codes in the worker and download them (every line unique and
// valid for the batch), verify a mistyped code, cancel a 10-million run; axe in light and dark.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createCodeBatch } from '../../src/puzzles/redemption-codes/core/codes.ts';
import { verifyCode } from '../../src/puzzles/redemption-codes/core/verify.ts';
import { expect, test } from './fixtures.ts';

const open = async (page: Page, query = '') => {
  await page.goto(`/puzzles/redemption-codes${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('批量生成兑换码', { timeout: 20_000 }); // the first load on a busy machine
};

test('generates 100,000 codes and downloads them: one per line, unique, each valid', async ({ page }) => {
  test.slow();
  await open(page, '?count=100000&prefix=SPR&secret=e2e-secret');
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('generate').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('codes-SPR-100000.txt');
  await expect(page.getByTestId('gen-done')).toContainText('100,000 个码');
  const path = await download.path();
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(lines.pop()).toBe(''); // the file ends with a newline
  expect(lines).toHaveLength(100_000);
  expect(new Set(lines).size).toBe(100_000);
  const batch = createCodeBatch({ count: 100_000, secret: 'e2e-secret', prefix: 'SPR' });
  const counters = new Set<number>();
  for (const code of lines) {
    const r = verifyCode(batch, code);
    if (r.status !== 'valid') throw new Error(`${code}: ${r.status}`);
    counters.add(r.counter);
  }
  expect(counters.size).toBe(100_000);
  // The preview shows the same first codes as the file.
  await expect(page.getByTestId('code-preview').locator('tbody tr').first().locator('td').nth(1)).toHaveText(lines[0] ?? '');
});

test('the CSV numbers its rows by serial from 0, as the preview and the checker do', async ({ page }) => {
  await open(page, '?count=1000&prefix=CSV&secret=csv-serial');
  await page.getByRole('radio', { name: 'CSV：serial,code' }).check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('generate').click();
  const rows = readFileSync(await (await downloadPromise).path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(rows[0]).toBe('serial,code');
  const batch = createCodeBatch({ count: 1000, secret: 'csv-serial', prefix: 'CSV' });
  expect(rows[1]).toBe(`0,${batch.codeAt(0)}`);
  expect(rows[1000]).toBe(`999,${batch.codeAt(999)}`);
  // The preview's first row shows serial 0 and the same code.
  const first = page.getByTestId('code-preview').locator('tbody tr').first().locator('td');
  await expect(first.nth(0)).toHaveText('0');
  await expect(first.nth(1)).toHaveText(batch.codeAt(0));
});

test('verifies offline: valid, mistyped, swapped, forged, malformed', async ({ page }) => {
  await open(page, '?count=1000&prefix=VXP&secret=verify');
  const result = page.getByTestId('verify-result');
  await page.getByRole('button', { name: '填入第 1 个码' }).click();
  await expect(result).toHaveAttribute('data-status', 'valid');
  await expect(result).toContainText('有效：第 1 个发放的兑换码');
  await page.getByRole('button', { name: '改错一个字符' }).click();
  await expect(result).toHaveAttribute('data-status', 'mistyped');
  await expect(result).toContainText('输入有误');
  await page.getByRole('button', { name: '交换两个相邻字符' }).click();
  await expect(result).toHaveAttribute('data-status', 'mistyped');
  await page.getByRole('button', { name: '伪造一个（校验位正确）' }).click();
  await expect(result).toHaveAttribute('data-status', 'not-issued');
  await expect(result).toContainText('未发放');
  // A code typed by hand, lower case with a dash and one wrong character.
  const code = createCodeBatch({ count: 1000, secret: 'verify', prefix: 'VXP' }).codeAt(5);
  const wrong = code.slice(0, 4) + (code[4] === 'K' ? 'M' : 'K') + code.slice(5);
  await page.getByTestId('verify-input').fill(`${wrong.slice(0, 4)}-${wrong.slice(4)}`.toLowerCase());
  await expect(result).toHaveAttribute('data-status', 'mistyped');
  await page.getByTestId('verify-input').fill(code.toLowerCase());
  await expect(result).toContainText('有效：第 6 个发放的兑换码');
  await page.getByTestId('verify-input').fill('VXP0');
  await expect(result).toHaveAttribute('data-status', 'malformed');
  await expect(result).toContainText('“0”');
});

test('cancel stops a 10-million-code run without a file', async ({ page }) => {
  await open(page, '?count=10000000');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByTestId('generate').click();
  await expect(page.getByTestId('gen-progress')).toBeVisible();
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('gen-cancelled')).toHaveText('已取消：没有生成文件。');
  await expect(page.getByTestId('gen-progress')).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(page.getByTestId('gen-done')).toHaveCount(0);
  expect(downloaded).toBe(false);
  await expect(page.getByTestId('generate')).toBeEnabled();
});

test('bad URL values show their message and the page uses the defaults', async ({ page }) => {
  await open(page, '?count=0&prefix=OOPS&length=99');
  await expect(page.getByText('count 必须是 1–10,000,000 之间的整数')).toBeVisible();
  await expect(page.getByText('prefix 最多 8 个字符')).toBeVisible();
  await expect(page.getByText('length 必须是 6–10 之间的整数')).toBeVisible();
  await expect(page.getByTestId('code-summary')).toHaveText('每个码 9 个字符 = 码体 8 位 + 校验位 1 位');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`axe: redemption codes page with a verdict (${scheme})`, async ({ app, page }) => {
      test.slow(); // axe over the whole page (workbench editor included) takes seconds on a busy machine
      await open(page);
      await page.getByRole('button', { name: '改错一个字符' }).click();
      await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'mistyped');
      await app.expectNoAxeViolations();
      await page.getByRole('button', { name: '填入第 1 个码' }).click();
      await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'valid');
      await app.expectNoAxeViolations();
    });
  });
}
