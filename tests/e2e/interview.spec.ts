// Mock interview: a 15-minute interview on one deck, answered in writing (key points matched) and
// graded; the next question follows up or opens a topic; the report lists each question with its
// time, grade and missed points, and one click studies the cards that went badly. No microphone is
// needed. Grades are ordinary reviews.
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';

test('a 15-minute mock interview to its report, then study the weak cards', async ({ app, page }) => {
  await page.clock.install({ time: new Date('2026-12-04T10:00:00+08:00') });
  await page.goto('/');
  await page.locator('.site-nav').getByRole('link', { name: '模拟面试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('模拟面试');
  for (const box of await page.locator('input[data-testid^="interview-deck-"]').all()) {
    if ((await box.getAttribute('data-testid')) !== 'interview-deck-rpc-service-discovery') await box.uncheck();
  }
  await page.getByTestId('interview-start').click();
  await expect(page).toHaveURL(/decks=rpc-service-discovery&min=15&box=3&seed=\d+/);
  await expect(page.getByTestId('interview-step')).toContainText('第 1 题 · 新话题');
  await expect(page.getByTestId('interview-left')).toHaveText('15:00');
  // The first question comes from the notes.
  await expect(page.locator('.interview-run .badge.notes')).toBeVisible();

  // Answer in writing, reveal with Ctrl+Enter: the key points are matched.
  await page.getByTestId('interview-typed').fill('注册中心 心跳 负载均衡 序列化 超时 重试');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('type-in-result')).toBeVisible();
  await page.clock.fastForward(90_000);
  await page.getByTestId('interview-grade-1').click();
  await expect(page.getByTestId('interview-step')).toContainText('第 2 题');

  // Two more, by keys: Space reveals, 3 grades.
  for (let i = 0; i < 2; i++) {
    await page.clock.fastForward(60_000);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.getByTestId('interview-step')).toContainText(`第 ${i + 3} 题`);
  }
  const reviewsBefore = await app.savedReviewCount();
  expect(reviewsBefore).toBe(3);
  await page.getByTestId('interview-end').click();

  const report = page.getByTestId('interview-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('interview-row')).toHaveCount(3);
  await expect(page.getByTestId('interview-score')).toHaveText('3 题里 2 题答得好（良好或简单）');
  // 90 s fast-forwarded, plus the real seconds the test itself took on a busy machine.
  await expect(page.getByTestId('interview-row').first()).toContainText(/9\d 秒/);
  await expect(page.getByTestId('interview-row').first()).toContainText('重来');
  await expect(page.getByTestId('interview-past').locator('li')).toHaveCount(1);
  await app.expectNoAxeViolations();

  await page.getByTestId('interview-study').click();
  await expect(page).toHaveURL(/\/study\?cards=/);
  await expect(app.studyCard()).toBeVisible();
});

test('the interview page works in English without a microphone', async ({ page }) => {
  await chooseLanguage(page, 'en');
  await page.goto('/interview?decks=load-balancing&min=15&box=2&seed=9');
  await expect(page.getByTestId('interview-step')).toContainText('Question 1');
  await page.getByRole('button', { name: 'Answer aloud' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No microphone' })).toBeVisible();
  // Everything but the card's question in its other language (shown below it, as on every card) is English.
  const text = await page.getByTestId('interview-page').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.question-en').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);
});
