// Test mode: a 20-question test mixing the decks' items and lab-computed questions, handed in and
// scored; the URL reproduces the same test; wrong answers send their cards back into today's queue.
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';

const results = () =>
  new Promise<number>((resolve) => {
    const open = indexedDB.open('interview-lab');
    open.onsuccess = () => {
      const db = open.result;
      const count = db
        .transaction('records', 'readonly')
        .objectStore('records')
        .count(IDBKeyRange.bound(['test-result'], ['test-result', []]));
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
    };
  });

test('a 20-question test from the setup form, handed in and scored, reproducible from its URL', async ({ app, page }) => {
  await page.goto('/');
  await page.locator('.site-nav').getByRole('link', { name: '测验' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('测验');
  for (const box of await page.locator('input[data-testid^="test-deck-"]').all()) {
    if ((await box.getAttribute('data-testid')) !== 'test-deck-rate-limiting-circuit-breaking') await box.uncheck();
  }
  await page.getByTestId('test-start').click();
  await expect(page).toHaveURL(/decks=rate-limiting-circuit-breaking&n=20&mix=both&seed=\d+/);
  const questions = page.getByTestId('test-question');
  await expect(questions).toHaveCount(20);
  await expect(questions.filter({ hasText: '实验现算' })).toHaveCount(10);
  const prompts = await page.locator('.quiz-prompt').allInnerTexts();

  // Answer everything (not necessarily right): the first choice, "true", or a number.
  for (const q of await questions.all()) {
    const kind = await q.getAttribute('data-kind');
    if (kind === 'fill') await q.locator('input[type="text"]').fill('1');
    else if (kind === 'order') continue;
    else await q.locator('input').first().check();
  }
  const before = await app.savedReviewCount();
  await page.getByTestId('test-submit').click();
  if (await page.getByRole('alert').count()) await page.getByTestId('test-submit').click(); // order items count as answered already
  await expect(page.getByTestId('test-score')).toContainText(/得分：\d+ \/ 20/);
  await expect(page.locator('.quiz-verdict')).toHaveCount(20);
  await expect.poll(() => page.evaluate(results)).toBe(1);
  // Wrong answers graded their cards Again: at least one review was added.
  expect(await app.savedReviewCount()).toBeGreaterThan(before);
  await expect(page.getByRole('link', { name: '在实验里看这个场景' }).first()).toHaveAttribute('href', /^\/(labs|puzzles)\//);
  await app.expectNoAxeViolations();

  // The score shows on the statistics page.
  await page.goto('/stats');
  await expect(page.getByTestId('stats-scores').locator('tbody tr')).toHaveCount(1);
  await page.goBack();

  // The same URL is the same test.
  await page.reload();
  await expect(page.getByTestId('test-question')).toHaveCount(20);
  expect(await page.locator('.quiz-prompt').allInnerTexts()).toEqual(prompts);
});

test('a shared test link in English shows no Chinese', async ({ page }) => {
  await chooseLanguage(page, 'en');
  await page.goto('/test?decks=load-balancing&n=10&mix=generated&seed=5');
  await expect(page.getByTestId('test-question')).toHaveCount(10);
  await expect(page.getByTestId('test-page')).not.toContainText(/[\u4e00-\u9fff]/);
});
