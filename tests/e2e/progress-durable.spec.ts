// A grade shown as made is on disk: the next card appears only after the review's transaction
// committed, so closing the tab at that moment loses nothing.
import { expect, test } from './fixtures.ts';
import { AppPage } from './fixtures.ts';

test('20 trials of grade-then-close lose nothing', async ({ context }) => {
  test.setTimeout(120_000);
  for (let trial = 1; trial <= 20; trial++) {
    const app = new AppPage(await context.newPage());
    await app.page.goto('/decks/rate-limiting-circuit-breaking/study');
    await expect(app.studyCard()).toBeVisible();
    const card = await app.currentCardId();
    await app.page.keyboard.press('Space');
    await expect(app.page.getByTestId('grade-4')).toBeVisible();
    await app.page.keyboard.press('4');
    // Shown as graded: the answer is hidden again (another card, or the session's end).
    await expect(app.page.getByTestId('grade-4')).toBeHidden();
    await app.page.close();

    const check = new AppPage(await context.newPage());
    await check.page.goto('/favicon.svg');
    expect(await check.savedReviewCount(), `trial ${trial}, card ${card}`).toBe(trial);
    await check.page.close();
  }
});
