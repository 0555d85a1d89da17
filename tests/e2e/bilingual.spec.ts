// Cards in the UI's language: English UI shows the English answer, "show both languages" folds the
// other language below, search finds a card by words of either language, an English-only card
// shows in a Chinese UI. Uses an imported v2 deck (bilingual-deck.ts).
import { expect, test } from './fixtures.ts';
import { chooseLanguage, importDeck } from './bilingual-deck.ts';

test('the card page follows the UI language and can show both', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);

  await page.goto('/cards/my-buckets');
  await expect(page.locator('h1.question')).toHaveText('令牌桶和漏桶有什么区别？');
  await expect(page.locator('.card-content > .answer')).toContainText('令牌桶允许突发');
  await expect(page.locator('.card-content > .answer')).not.toContainText('metronome');
  await expect(page.getByTestId('other-language')).toHaveCount(0);

  await chooseLanguage(page, 'en');
  await page.goto('/cards/my-buckets');
  await expect(page.locator('h1.question')).toHaveText('How does a token bucket differ from a leaky bucket?');
  await expect(page.locator('.card-content')).toHaveAttribute('lang', 'en');
  const answer = page.locator('.card-content > .answer');
  await expect(answer).toContainText('like a metronome');
  await expect(answer.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(answer).not.toContainText('令牌桶允许突发');
  // The quiz section is a quiz, not part of the answer text.
  await expect(answer).not.toContainText('answer: false');
  await expect(answer.locator('a[href="/cards/nginx-limit-req"]')).toBeVisible();
  await expect(page.getByTestId('other-language')).toHaveCount(0);
  // The English part of an imported deck is sanitized like the Chinese one.
  expect(await page.locator('img[onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();

  await page.goto('/settings');
  await page.getByTestId('show-both-languages').check();
  await page.goto('/cards/my-buckets');
  const other = page.getByTestId('other-language');
  await expect(other).toHaveAttribute('lang', 'zh-CN');
  await expect(other).not.toHaveAttribute('open', '');
  await expect(other.locator('.answer')).toBeHidden();
  await other.getByText('Answer in Chinese').click();
  await expect(other.locator('.answer')).toContainText('令牌桶允许突发');
  await expect(other.locator('.answer')).not.toContainText('nodelay');

  // The setting survives a reload and can be turned off again.
  await page.goto('/settings');
  await expect(page.getByTestId('show-both-languages')).toBeChecked();
  await page.getByTestId('show-both-languages').uncheck();
  await page.goto('/cards/my-buckets');
  await expect(page.locator('h1.question')).toBeVisible();
  await expect(page.getByTestId('other-language')).toHaveCount(0);
});

test('an English-only card shows its English answer in a Chinese UI', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await page.goto('/cards/my-retry-budget');
  await expect(page.locator('h1.question')).toHaveText('What is a retry budget?');
  await expect(page.locator('.card-content')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.card-content > .answer')).toContainText('A cap on retries');
  await page.goto('/settings');
  await page.getByTestId('show-both-languages').check();
  await page.goto('/cards/my-retry-budget');
  await expect(page.locator('.card-content > .answer')).toContainText('A cap on retries');
  await expect(page.getByTestId('other-language')).toHaveCount(0);
});

test('search finds a card by an English word and lists it in the UI language', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await page.goto('/search?q=metronome');
  const hit = page.locator('.search-results li').filter({ hasText: '令牌桶和漏桶有什么区别？' });
  await expect(hit).toContainText('我的双语卡组');
  await expect(hit).toContainText('How does a token bucket differ from a leaky bucket?');

  await chooseLanguage(page, 'en');
  await page.goto('/search?q=metronome');
  const link = page.locator('.search-results li a').first();
  await expect(link).toHaveText('How does a token bucket differ from a leaky bucket?');
  await expect(page.locator('.search-results li').first()).toContainText('My bilingual deck');
  await expect(page.locator('.search-results li').first()).toContainText('like a metronome');
  await link.click();
  await expect(page).toHaveURL(/\/cards\/my-buckets$/);
  await expect(page.locator('.card-content > .answer')).toContainText('like a metronome');
});

test('the deck page and a study session speak the UI language', async ({ app, page }, testInfo) => {
  await importDeck(page, testInfo);
  await chooseLanguage(page, 'en');
  await page.goto('/decks/my-bilingual');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My bilingual deck');
  await expect(page.locator('.card-list')).toContainText('How does a token bucket differ from a leaky bucket?');
  await expect(page.locator('.card-list')).not.toContainText('令牌桶和漏桶有什么区别？');

  await page.goto('/decks/my-bilingual/study');
  await expect(app.studyCard()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('grade-3')).toBeVisible();
  const answer = app.studyCard().locator('.card-content > .answer');
  await expect(answer).toContainText(/like a metronome|A cap on retries/);
  await expect(answer).not.toContainText('令牌桶允许突发');
});
