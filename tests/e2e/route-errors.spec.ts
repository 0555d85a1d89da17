// Never a blank page: a route whose code cannot be fetched, or that throws while rendering, shows a
// message inside the shell (header and navigation keep working) and the saved progress stays.
import { expect, test } from './fixtures.ts';

const nav = (page: import('@playwright/test').Page) => page.locator('.site-nav');

test('a route chunk that cannot be fetched shows retry and reload; retry loads it once the network is back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.route('**/assets/labs-route-*', (r) => r.abort());
  await nav(page).getByRole('link', { name: '实验' }).click();

  const box = page.getByTestId('route-error');
  await expect(box).toBeVisible();
  await expect(box.getByRole('heading')).toHaveText('这个页面的代码没能加载');
  await expect(box).toContainText('Failed to fetch dynamically imported module');
  await expect(box.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(box.getByRole('button', { name: '重新加载页面' })).toBeVisible();
  await expect(page.locator('.site-header')).toBeVisible();

  // Retrying while still offline fails again (and asks the network again); once back, it loads.
  await box.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('route-error')).toBeVisible();
  await page.unroute('**/assets/labs-route-*');
  await page.getByTestId('route-error').getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '实验' })).toBeVisible();
  await expect(page.getByRole('link', { name: '限流实验' })).toBeVisible();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a lab whose view cannot be fetched says so in English; reload and retry both ask the network again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '语言: English' }).click();
  await expect(nav(page).getByRole('link', { name: 'Labs' })).toBeVisible();
  await page.route('**/assets/RateLimitingView-*', (r) => r.abort());
  await nav(page).getByRole('link', { name: 'Labs' }).click();
  await page.getByRole('link', { name: 'Rate-limiting lab' }).click();

  const box = page.getByTestId('route-error');
  await expect(box.getByRole('heading')).toHaveText("This page's code could not be loaded");
  await expect(box.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
  });
  await box.getByRole('button', { name: 'Reload page' }).click();
  // A real reload: the marker is gone, and the still-blocked lab shows the message again.
  await expect(page.getByTestId('route-error').getByRole('heading')).toHaveText("This page's code could not be loaded");
  expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();

  await page.unroute('**/assets/RateLimitingView-*');
  await page.getByTestId('route-error').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Rate.limiting|限流/ })).toBeVisible();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
});

test('a page that throws while rendering shows the error inside the shell; navigation and saved progress survive', async ({ app, page }) => {
  await page.goto('/decks/rate-limiting-circuit-breaking/study');
  await app.gradeWithKeys(3);
  expect(await app.savedReviewCount()).toBe(1);

  // The settings page's code is replaced by a component that throws when it renders.
  await page.route('**/assets/settings-route-*.js', (r) =>
    r.fulfill({ contentType: 'text/javascript', body: "export default function Broken() { throw new Error('settings exploded on purpose'); }" }),
  );
  await nav(page).getByRole('link', { name: '设置' }).click();
  const box = page.getByTestId('route-error');
  await expect(box.getByRole('heading')).toHaveText('这个页面出错了');
  await expect(box).toContainText('settings exploded on purpose');
  await expect(page).toHaveTitle('这个页面出错了 · 面试实验室');
  await expect(box.getByRole('link', { name: '回到首页' })).toBeVisible();

  await nav(page).getByRole('link', { name: '编程题' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编程题' })).toBeVisible();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
  await nav(page).getByRole('link', { name: '卡组' }).click();
  await expect(page.getByTestId('total-due')).not.toHaveText('–');
  expect(await app.savedReviewCount()).toBe(1);
});
