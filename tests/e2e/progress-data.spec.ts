import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

test('export, then import into a fresh profile, gives the same state', async ({ app, page, browser }) => {
  await page.goto('/decks/rate-limiting-circuit-breaking/study');
  await app.gradeWithKeys(3);
  await app.gradeWithKeys(1);
  await app.gotoHome();
  const counts = await app.counts('rate-limiting-circuit-breaking');

  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出复习记录 (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { log: unknown[] };
  expect(exported.log).toHaveLength(2);

  const fresh = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByTestId('import-input').setInputFiles(file);
  await expect(other.getByTestId('import-message')).toContainText('已导入 2 条新记录');
  await other.getByTestId('import-input').setInputFiles(file);
  await expect(other.getByTestId('import-message')).toContainText('没有新记录');
  await other.goto('/');
  await expect(other.getByTestId('total-due')).not.toHaveText('–');
  const tile = other.getByTestId('deck-rate-limiting-circuit-breaking');
  expect({
    new: Number(await tile.getByTestId('count-new').textContent()),
    due: Number(await tile.getByTestId('count-due').textContent()),
    learned: Number(await tile.getByTestId('count-learned').textContent()),
  }).toEqual(counts);
  await fresh.close();
});

test('a bad import file is refused and nothing changes', async ({ page }, testInfo) => {
  await page.goto('/settings');
  const path = testInfo.outputPath('bad.json');
  await (await import('node:fs/promises')).writeFile(path, '{"kind": "review-log", "log": [{"id": 1}]}');
  await page.getByTestId('import-input').setInputFiles(path);
  await expect(page.getByTestId('import-message')).toContainText('第 #1 条记录格式不对');
});

test('corrupt saved data: the app still loads, keeps it aside and offers the download', async ({ app, page }) => {
  await app.gotoHome();
  const garbage = '{"state": {"log": [oops';
  await app.corruptSavedProgress(garbage);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('有一份保存的进度无法读取');
  await expect(page.getByTestId('total-due')).toHaveText('0');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载无法读取的数据' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(garbage);

  // Studying afterwards does not lose the kept copy.
  await page.goto('/decks/linux/study');
  await app.gradeWithKeys(3);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('有一份保存的进度无法读取');
});
