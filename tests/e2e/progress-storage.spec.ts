// Storage that fails or holds data the app cannot read: the app says what happened in the UI's
// language, keeps working in memory with an export, and never touches or drops the data.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const legacy = JSON.parse(await readFile(new URL('../../src/study/fixtures/legacy-progress-v2.json', import.meta.url), 'utf8')) as { raw: string };

test('a database at a newer version: the message, studying in memory, an export, and the database untouched', async ({ app, page }) => {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('interview-lab', 99);
        open.onupgradeneeded = () => open.result.createObjectStore('from-the-future').put('keep me', 'k');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/');
  const banner = page.getByTestId('storage-failure');
  await expect(banner).toContainText('进度现在只保存在本页内存中');
  await expect(banner).toContainText('本地数据库来自更新版本');
  await expect(page.getByTestId('total-due')).toHaveText('0');

  await page.goto('/decks/linux/study');
  const first = await app.studyCard().getAttribute('data-card-id');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(app.studyCard()).not.toHaveAttribute('data-card-id', first!);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出复习记录和设置 (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { log: { cardId: string }[] };
  expect(file.log.map((e) => e.cardId)).toEqual([first]);

  const future = await page.evaluate(
    () =>
      new Promise<[number, unknown]>((resolve) => {
        const open = indexedDB.open('interview-lab');
        open.onsuccess = () => {
          const get = open.result.transaction('from-the-future').objectStore('from-the-future').get('k');
          get.onsuccess = () => {
            open.result.close();
            resolve([open.result.version, get.result]);
          };
        };
      }),
  );
  expect(future).toEqual([99, 'keep me']);
});

test('the English UI names the reason too', async ({ page }) => {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('interview-lab', 99);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByTestId('storage-failure')).toContainText('written by a newer Interview Lab');
});

test('an unreadable imported-decks record shows its own message and a download, not a progress one', async ({ app, page }) => {
  const garbage = '{"state":{"sources":[{"file":';
  await app.writeFirstReleaseProfile({ 'imported-decks': garbage });
  await page.goto('/');
  const notice = page.getByTestId('set-aside-imported-decks');
  await expect(notice).toContainText('有一份导入的卡组无法读取');
  await expect(page.getByTestId('set-aside-progress')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: '下载无法读取的数据' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(garbage);
  await page.reload();
  await expect(page.getByTestId('set-aside-imported-decks')).toHaveCount(1);
  await expect(page.getByTestId('set-aside-progress')).toHaveCount(0);
});

test('an unreadable imported-decks value in the current layout is kept aside too', async ({ app, page }) => {
  await app.gotoHome();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('interview-lab');
        open.onsuccess = () => {
          const tx = open.result.transaction('values', 'readwrite');
          tx.objectStore('values').put({ rev: 3, value: { not: 'a list' } }, 'imported-decks');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await page.getByRole('button', { name: 'EN' }).click();
  const notice = page.getByTestId('set-aside-imported-decks');
  await expect(notice).toContainText('Some imported decks could not be read');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(JSON.parse(await readFile(await (await download).path(), 'utf8'))).toEqual({ not: 'a list' });
});

test('a profile written by the first release opens with every review and its settings', async ({ app, page }) => {
  await app.writeFirstReleaseProfile({ progress: legacy.raw });
  await app.gotoHome();
  // token-bucket, leaky-bucket and circuit-breaking are in this deck, cap-theorem in the other.
  const rl = await app.counts('rate-limiting-circuit-breaking');
  expect(rl.learned).toBe(3);
  const ds = await app.counts('distributed-systems');
  expect(ds.learned).toBe(1);
  expect(await app.savedReviewCount()).toBe(31);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto('/settings');
  await expect(page.getByLabel('每天新卡上限')).toHaveValue('7');
  await expect(page.locator('output')).toHaveText('0.85');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出复习记录 (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { log: unknown[] };
  const old = (JSON.parse(legacy.raw) as { state: { log: unknown[] } }).state.log;
  expect(file.log).toEqual(old);

  // The old record is still there, as it was.
  const kept = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('interview-lab');
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('progress');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
  );
  expect(kept).toBe(legacy.raw);
});
