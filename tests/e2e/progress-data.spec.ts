import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

test('export, then import into a fresh profile, gives the same counts and settings', async ({ app, page, browser }) => {
  await page.goto('/settings');
  await page.getByLabel('每天新卡上限').fill('7');
  await expect(page.getByTestId('settings-save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByLabel('每天新卡上限')).toHaveValue('7');
  await page.goto('/decks/rate-limiting-circuit-breaking/study');
  await app.gradeWithKeys(3);
  await app.gradeWithKeys(1);
  await app.gotoHome();
  const counts = await app.counts('rate-limiting-circuit-breaking');

  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出复习记录 (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; log: unknown[]; settings: unknown };
  expect(exported).toMatchObject({ format: 'interview-lab-progress', version: 3, settings: { retention: 0.9, newPerDay: 7 } });
  expect(exported.log).toHaveLength(2);

  const fresh = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByTestId('import-input').setInputFiles(file);
  await expect(other.getByTestId('import-message')).toContainText('已导入 2 条新记录');
  await expect(other.getByTestId('import-message')).toContainText('已恢复文件里的学习设置');
  await expect(other.getByLabel('每天新卡上限')).toHaveValue('7');
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
  await other.goto('/settings');
  await expect(other.getByLabel('每天新卡上限')).toHaveValue('7');
  await fresh.close();
});

test('a bad import file is refused and nothing changes', async ({ page }, testInfo) => {
  await page.goto('/settings');
  const path = testInfo.outputPath('bad.json');
  await (
    await import('node:fs/promises')
  ).writeFile(path, JSON.stringify({ format: 'interview-lab-progress', version: 3, settings: { retention: 0.9, newPerDay: 20 }, log: [{ id: 1 }] }));
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

test('an import of another format, or over 50 MB, is refused with its reason', async ({ page }, testInfo) => {
  await page.goto('/settings');
  const { writeFile, truncate } = await import('node:fs/promises');
  const other = testInfo.outputPath('other.json');
  await writeFile(other, JSON.stringify({ cards: [{ id: 'x', ease: 2.5 }] }));
  await page.getByTestId('import-input').setInputFiles(other);
  await expect(page.getByTestId('import-message')).toContainText('这不是面试实验室的进度文件');
  const huge = testInfo.outputPath('huge.json');
  await writeFile(huge, '');
  await truncate(huge, 50 * 1024 * 1024 + 1);
  await page.getByTestId('import-input').setInputFiles(huge);
  await expect(page.getByTestId('import-message')).toContainText('文件超过 50 MB');
});

test('imported reviews of cards no deck has are kept and reported', async ({ app, page }, testInfo) => {
  await page.goto('/settings');
  const file = testInfo.outputPath('unknown.json');
  const log = [
    { id: 'token-bucket@1000', cardId: 'token-bucket', grade: 3, time: 1000, durationMs: 0 },
    { id: 'from-a-later-deck@2000', cardId: 'from-a-later-deck', grade: 4, time: 2000, durationMs: 0 },
  ];
  await (
    await import('node:fs/promises')
  ).writeFile(file, JSON.stringify({ format: 'interview-lab-progress', version: 3, settings: { retention: 0.9, newPerDay: 20 }, log }));
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.getByTestId('import-message')).toContainText('已导入 2 条新记录');
  await expect(page.getByTestId('import-message')).toContainText('其中 1 张卡在现有卡组里找不到');
  expect(await app.savedReviewCount()).toBe(2);
});
