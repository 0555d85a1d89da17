// Statistics: today's work shows up at once (heatmap, streak, states per deck, retention, forecast),
// with text alternatives, in the UI's language, and without axe violations.
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';

test("statistics show today's reviews, the streak, the deck's card states and the forecast", async ({ app, page }) => {
  await page.goto('/decks/docker/study');
  await app.gradeWithKeys(3);
  await app.gradeWithKeys(1);

  await page.locator('.site-nav').getByRole('link', { name: '统计' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('统计');
  await expect(page.getByTestId('stats-today')).toHaveText('2 次复习');
  await expect(page.getByTestId('stats-streak')).toHaveText('1 天');
  await expect(page.getByTestId('stats-total')).toHaveText('2');
  await expect(page.getByTestId('heatmap-summary')).toHaveText('过去 365 天共复习 2 次，有 1 天学过。');
  // Today's square is the last one, at the busiest level.
  await expect(page.getByTestId('heatmap').locator('rect').last()).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('heatmap').locator('rect').last()).toHaveClass('heat-4');
  const docker = page.getByTestId('stats-decks').locator('tr[data-deck="docker"] td');
  const counts = await docker.allInnerTexts();
  // Two cards left "new"; both are in learning steps (Good on a new card, Again on another).
  expect(Number(counts[1]) + Number(counts[2]) + Number(counts[3])).toBe(2);
  expect(counts[4]).toBe('—'); // no review-state reviews yet: no retention to show
  await expect(page.getByTestId('forecast-summary')).toContainText('未来 30 天共 2 张到期');
  await app.expectNoAxeViolations();

  await chooseLanguage(page, 'en');
  await page.goto('/stats');
  await expect(page.getByTestId('stats-today')).toHaveText('2 reviews');
  await expect(page.getByTestId('stats-page')).not.toContainText(/[\u4e00-\u9fff]/);
});
