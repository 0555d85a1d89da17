// Cram for the interview date: set a date, see the cards predicted below the retention on that
// day, go through some of them; cram reviews are saved as their own records and the schedule
// (the review records, the deck's counts) does not move.
import { expect, test } from './fixtures.ts';

const cramRecords = () =>
  new Promise<number>((resolve) => {
    const open = indexedDB.open('interview-lab');
    open.onsuccess = () => {
      const db = open.result;
      const count = db
        .transaction('records', 'readonly')
        .objectStore('records')
        .count(IDBKeyRange.bound(['cram-review'], ['cram-review', []]));
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
    };
  });

test('set an interview date, cram the weakest cards, and the schedule stays as it was', async ({ app, page }) => {
  await page.clock.install({ time: new Date('2026-12-04T10:00:00+08:00') });
  await page.goto('/decks/docker/study');
  await app.gradeWithKeys(3);
  await app.gradeWithKeys(3);
  const reviews = await app.savedReviewCount();
  await app.gotoHome();
  const before = await app.counts('docker');

  await page.locator('.site-nav').getByRole('link', { name: '冲刺' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('面试冲刺');
  await page.getByTestId('cram-scope').selectOption('docker');
  await page.getByTestId('cram-date').fill('2027-01-04');
  // A month on, the two cards learned today are below 90 % and the ones never studied are at 0.
  const deckSize = before.new + 2;
  await expect(page.getByTestId('cram-summary')).toContainText(`有 ${deckSize} 张卡的预测记忆低于保留率`);
  await expect(page.getByTestId('cram-list').locator('li')).toHaveCount(deckSize);
  await expect(page.getByTestId('cram-list')).toContainText('没学过');
  await expect(page.getByTestId('cram-list').locator('li').last()).toContainText('%');
  await app.expectNoAxeViolations();

  await page.getByTestId('cram-start').click();
  await expect(page.getByTestId('cram-progress')).toHaveText(`第 1 / ${deckSize} 张`);
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(page.getByTestId('cram-progress')).toHaveText(`第 2 / ${deckSize} 张`);
  await page.getByTestId('cram-reveal').click();
  await page.getByTestId('cram-grade-3').click();
  await expect.poll(() => page.evaluate(cramRecords)).toBe(2);
  expect(await app.savedReviewCount()).toBe(reviews);

  // The date survives a reload; the schedule did not move.
  await page.reload();
  await expect(page.getByTestId('cram-date')).toHaveValue('2027-01-04');
  await app.gotoHome();
  expect(await app.counts('docker')).toEqual(before);
});

test('a date in the past is said so, and English mode speaks English', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T10:00:00+08:00') });
  await page.goto('/cram');
  await page.getByTestId('cram-date').fill('2026-11-01');
  await expect(page.getByRole('alert')).toHaveText('这个日期已经过去了');
  await page.getByRole('button', { name: '语言: English' }).click();
  await expect(page.getByTestId('cram-page')).not.toContainText(/[\u4e00-\u9fff]/);
});
