// The Linux shell lab as a user meets it: the top-10 pipeline typed and matched (✓), a wrong sort
// shown as a line diff, an endless loop stopped with a message while the terminal keeps working,
// a shared link reloading to the same command and verdict, English mode, and axe at phone width.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { chooseLanguage } from './bilingual-deck.ts';

const TOP10 = "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head";

async function open(page: Page, query: string) {
  await page.goto(`/labs/linux-shell?${query}`);
  await expect(page.getByTestId('linux-shell-lab')).toBeVisible();
  // The file list comes from the shell worker: once it is there, the shell is up.
  await expect(page.getByTestId('shell-files')).toContainText('access.log', { timeout: 20_000 });
}

async function runCommand(page: Page, command: string) {
  const input = page.getByTestId('shell-input');
  await input.fill(command);
  await input.press('Enter');
}

test('the top 10 IPs pipeline matches the reference, and ↑ brings it back', async ({ page }) => {
  await open(page, 'preset=top-10-ips');
  await runCommand(page, TOP10);
  await expect(page.getByTestId('shell-match')).toContainText('✓', { timeout: 20_000 });
  await expect(page.getByTestId('shell-screen')).toContainText(/ {4}\d{3} \d+\.\d+\.\d+\.\d+/);
  await runCommand(page, 'wc -l access.log');
  await expect(page.getByTestId('shell-screen')).toContainText('3000 access.log', { timeout: 20_000 });
  const input = page.getByTestId('shell-input');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('wc -l access.log');
  await input.press('ArrowUp');
  await expect(input).toHaveValue(TOP10);
  // The explanation is hidden until asked for.
  await expect(page.getByTestId('shell-reference').locator('ol')).toBeHidden();
  await page.getByText('显示参考管道').click();
  await expect(page.getByTestId('shell-reference')).toContainText('uniq -c');
  // "Run up to here" runs the pipeline's first stages, to watch the data change shape.
  await page.getByRole('button', { name: '运行到这一段' }).nth(2).click();
  const last = page.getByTestId('shell-screen').locator('.shell-entry').last();
  await expect(last.locator('.shell-command')).toContainText("awk '{print $1}' access.log | sort | uniq -c");
  await expect(last.locator('.shell-stdout')).toContainText(/^ {6}\d /m, { timeout: 20_000 });
});

test('a wrong pipeline shows the lines that differ', async ({ page }) => {
  await open(page, 'preset=top-10-ips');
  // Ascending instead of descending: the tail of the counts instead of the top.
  await runCommand(page, "awk '{print $1}' access.log | sort | uniq -c | sort -n | head");
  await expect(page.getByTestId('shell-differ')).toContainText('✗', { timeout: 20_000 });
  const diff = page.getByTestId('shell-diff');
  await expect(diff.locator('.shell-diff-missing')).toHaveCount(10);
  await expect(diff.locator('.shell-diff-extra')).toHaveCount(10);
  await expect(diff).toContainText(/− {5}\d+ /);
});

test('an endless loop is stopped with a message, and the shell still answers', async ({ page }) => {
  await open(page, 'preset=unique-ips');
  await runCommand(page, 'while true; do :; done');
  await expect(page.getByTestId('shell-limit')).toContainText('已停止', { timeout: 20_000 });
  await runCommand(page, "awk '{print $1}' access.log | sort -u | wc -l");
  await expect(page.getByTestId('shell-match')).toBeVisible({ timeout: 20_000 });
});

test('a shared link reloads the same exercise, seed and command', async ({ page }) => {
  await open(page, 'preset=largest-files&seed=7');
  const command = "find var -type f -printf '%s %p\\n' | sort -rn | head -5";
  await runCommand(page, command);
  await expect(page.getByTestId('shell-match')).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/cmd=/);
  await page.reload();
  await expect(page.getByTestId('linux-shell-lab')).toBeVisible();
  await expect(page.getByTestId('shell-input')).toHaveValue(command);
  await expect(page.getByTestId('shell-seed')).toHaveValue('7');
  await expect(page.getByTestId('shell-match')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('shell-screen')).toContainText('3f2a9c1e8b7d-json.log');
});

test('bad URL values are refused with a message; English mode has English words', async ({ page }) => {
  await open(page, 'preset=nope&seed=x');
  await expect(page.getByTestId('url-problems')).toContainText('seed');
  await chooseLanguage(page, 'en');
  await open(page, 'preset=slowest-urls');
  await expect(page.getByTestId('shell-task')).toContainText('$request_time');
  await expect(page.getByRole('heading', { name: 'Terminal' })).toBeVisible();
});

test('no sideways scroll on a phone, and no axe violations', async ({ page, app }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, 'preset=top-10-ips');
  await runCommand(page, "awk '{print $1}' access.log | sort | uniq -c | sort -n | head -3");
  await expect(page.getByTestId('shell-differ')).toBeVisible({ timeout: 20_000 });
  await page.getByText('显示参考管道').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
