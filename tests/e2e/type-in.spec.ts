// Type-in recall in a study session: type an answer, reveal, see which key points it hit (with the
// matching words highlighted) and the suggested grade; the user's grade wins and the typed answer
// is kept as its own record, in the export too. Typing never triggers the study shortcuts.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const DECK = 'rate-limiting-circuit-breaking';

test('typed answer: hits and misses with highlights, a suggested grade, an override kept and exported', async ({ app, page }) => {
  await page.goto(`/decks/${DECK}/study`);
  await expect(app.studyCard()).toHaveAttribute('data-card-id', 'rate-limiting-how');
  const box = page.getByTestId('type-in-input');
  // Space, digits and u typed into the box stay text: nothing is revealed, graded or undone.
  await box.fill('');
  await box.pressSequentially('先定限谁 u 1 3 ');
  await expect(page.getByTestId('grade-3')).toHaveCount(0);
  await box.fill('先想清楚限谁（key）、限 QPS 还是并发、超了是拒绝、排队还是降级。被限流的请求返回 429 和 Retry-After，客户端退避重试。');
  await box.press('Control+Enter');

  const result = page.getByTestId('type-in-result');
  await expect(result).toBeVisible();
  const points = result.getByTestId('key-point');
  await expect(points).toHaveCount(5);
  await expect(points.nth(0)).toHaveAttribute('data-hit', 'true');
  await expect(points.nth(1)).toHaveAttribute('data-hit', 'false');
  await expect(points.nth(4)).toHaveAttribute('data-hit', 'true');
  await expect(result.getByTestId('type-in-summary')).toHaveText('答到 2 / 5 条要点');
  await expect(result.getByTestId('typed-answer').locator('mark').filter({ hasText: '429' })).toBeVisible();
  await expect(result.getByTestId('typed-answer').locator('mark').filter({ hasText: '退避' })).toBeVisible();
  // 2 of 5 is under half: Again is suggested, on its button too; Easy never is.
  await expect(result.getByTestId('suggested-grade')).toContainText('重来');
  await expect(page.getByTestId('grade-1').getByTestId('grade-suggested')).toBeVisible();
  // Intervals follow the UI language.
  await expect(page.getByTestId('grade-3')).toContainText('10分钟');
  // The reference answer is on screen beside it.
  await expect(app.studyCard().locator('.card-content .answer')).toBeVisible();
  await app.expectNoAxeViolations();

  // The user's grade wins.
  await page.keyboard.press('3');
  await expect.poll(() => app.savedReviewCount()).toBe(1);
  await expect(app.studyCard()).not.toHaveAttribute('data-card-id', 'rate-limiting-how');
  await expect(page.getByTestId('type-in-input')).toHaveValue('');

  await page.reload();
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出复习记录 (JSON)' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    version: number;
    log: { id: string }[];
    typeIn: Record<string, unknown>[];
  };
  expect(file.version).toBe(3);
  expect(file.typeIn).toHaveLength(1);
  expect(file.typeIn[0]).toMatchObject({ id: file.log[0]!.id, cardId: 'rate-limiting-how', hits: [0, 4], points: 5, suggested: 1, chosen: 3 });
  expect(String(file.typeIn[0]!.typed)).toContain('Retry-After');
});

test('English UI: the type-in box and its result speak English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'EN' }).click();
  await page.goto(`/decks/${DECK}/study`);
  await expect(page.getByText('Type your answer first (optional)')).toBeVisible();
  await page.getByTestId('type-in-input').fill('Token bucket allows bursts; a leaky bucket queue gives an even output rate.');
  await page.getByRole('button', { name: /Show answer/ }).click();
  const result = page.getByTestId('type-in-result');
  await expect(result).toContainText('key points recalled');
  await expect(result.getByTestId('suggested-grade')).toContainText('Suggested grade');
  const visible = await result.innerText();
  expect(visible).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(page.getByTestId('session-learning')).toHaveText('Learning 0');
  await expect(page.getByTestId('grade-3')).toContainText('10m');
  expect(await page.getByTestId('study-card').innerText()).not.toMatch(/分钟|天/);
});
