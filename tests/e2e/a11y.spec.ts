import { expect, test } from './fixtures.ts';

const routes = [
  '/',
  '/decks/kubernetes',
  '/cards/rpc-architecture',
  '/cards/redis-cluster',
  '/search?q=令牌桶',
  '/settings',
  '/stats',
  '/cram',
  '/test',
  '/interview',
  '/labs',
  '/puzzles',
  '/nope',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const route of routes) {
      test(`axe: ${route}`, async ({ app, page }) => {
        await page.goto(route);
        await expect(page.locator('main')).not.toContainText('加载中');
        await app.expectNoAxeViolations();
      });
    }
    test('axe: study session, question and answer', async ({ app, page }) => {
      await page.goto('/decks/distributed-systems/study');
      await expect(app.studyCard()).toBeVisible();
      await app.expectNoAxeViolations();
      await page.keyboard.press('Space');
      await expect(page.getByTestId('grade-3')).toBeVisible();
      await app.expectNoAxeViolations();
    });
  });
}
