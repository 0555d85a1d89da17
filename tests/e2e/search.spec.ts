import { expect, test } from './fixtures.ts';

test('search finds Chinese and English text and opens the card by deep link', async ({ app, page }) => {
  await app.gotoHome();
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search$/);
  await page.getByRole('searchbox').fill('令牌桶');
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  // The matched words are marked in the results.
  await expect(page.locator('.search-results li').first().locator('mark').first()).toHaveText(/令牌桶|令牌|牌桶/);
  await page.getByRole('searchbox').fill('kube-proxy');
  await expect(page.locator('.search-results a').first()).toContainText('kube-proxy');
  await expect(
    page
      .locator('.search-results li')
      .first()
      .locator('mark', { hasText: /^kube-proxy$/i })
      .first(),
  ).toBeVisible();
  const href = await page.locator('.search-results a').first().getAttribute('href');
  expect(href).toMatch(/^\/cards\//);
  await page.locator('.search-results a').first().click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator('h1.question')).toBeVisible();

  // A deep link works on a fresh load too, and a card from the notes says so.
  await page.goto('/cards/k8s-service-registration');
  await expect(page.locator('h1.question')).toBeVisible();
  await expect(page.locator('.card-content .badge.notes')).toHaveText('来自笔记');
  await page.goto('/cards/no-such-card');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});
