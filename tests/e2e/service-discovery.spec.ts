// The service-discovery lab as a user meets it: from a card's "try it" link to the Eureka preset,
// playing, pausing and stepping back, killing a provider and reading the window of failed calls,
// running the ZooKeeper outage to its end (and beside Eureka), reloading a shared URL to the same
// trace, bad URL values refused with a message (in both languages), no sideways scroll, and axe.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query: string) {
  await page.goto(`/labs/service-discovery?${query}`);
  await expect(page.getByTestId('service-discovery-lab')).toBeVisible();
  await expect(page.locator('input.timeline')).toBeVisible();
}

async function seek(page: Page, ms: number) {
  await page.locator('input.timeline').fill(String(ms));
}

const seconds = async (page: Page) => Number(/t = ([\d.]+) s/.exec(await page.getByTestId('player-time').innerText())?.[1]);

test('a card\'s "try it" link opens the exact preset', async ({ page }) => {
  await page.goto('/cards/registry-heartbeat');
  const link = page.locator('a[href$="/labs/service-discovery?preset=eureka-defaults"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/service-discovery\?preset=eureka-defaults$/);
  await expect(page.getByTestId('preset-select')).toHaveValue('eureka-defaults');
  await expect(page.getByTestId('preset-explanation')).toContainText('Lease.renew()');
  await expect(page.getByTestId('worst-case')).toContainText('合计 330 s');
  await expect(page.locator('[data-testid="picture-main"] [data-testid="provider"]')).toHaveCount(8);
  await expect(page.getByTestId('related-cards')).toContainText('Provider 挂了，注册中心怎么知道它不可用');
});

test('play, pause, step and step back', async ({ page }) => {
  await open(page, 'preset=nacos-ephemeral');
  await page.getByRole('button', { name: /前进一步/ }).click();
  const first = await seconds(page);
  expect(first).toBeGreaterThan(0);
  await page.getByTestId('play').click();
  await expect.poll(() => seconds(page)).toBeGreaterThan(first + 0.5);
  await page.getByTestId('play').click(); // pause
  const paused = await seconds(page);
  await page.waitForTimeout(300);
  expect(await seconds(page)).toBe(paused);
  await page.getByRole('button', { name: /后退一步/ }).click();
  await expect.poll(() => seconds(page)).toBeLessThan(paused);
  await expect(page.locator('[data-testid="trace-table"] tbody tr.current')).toHaveCount(1);
});

test('kill a provider: consumers keep calling it until their lists catch up, retries save the calls', async ({ page }) => {
  await open(page, 'preset=nacos-ephemeral&crash=-1&deregister=-1');
  await page
    .getByRole('button', { name: /到结尾|快进/ })
    .first()
    .click();
  await expect(page.getByTestId('window-summary')).toContainText('这次运行没有 provider 停掉');
  await page.locator('input[data-param="crash"]').fill('0');
  await page.locator('input[data-param="crashAt"]').fill('10');
  await expect(page).toHaveURL(/crash=0/);
  await page
    .getByRole('button', { name: /到结尾|快进/ })
    .first()
    .click();
  const line = page.getByTestId('window-line');
  await expect(line).toContainText('p1 在 10 s 停掉');
  await expect(line).toContainText('窗口');
  await expect(page.getByTestId('trace-table')).toContainText('本地列表里还有已经死掉的 p1');
  await expect(page.getByTestId('trace-table')).toContainText('标记为不健康');
  await expect(page.getByTestId('call-totals')).not.toContainText('失败 0');
  // With one retry on the next instance, the same window costs no failed call.
  await page.locator('select[data-param="retry"]').selectOption('true');
  await page
    .getByRole('button', { name: /到结尾|快进/ })
    .first()
    .click();
  await expect(page.getByTestId('call-totals')).toContainText('失败 0');
  await expect(page.getByTestId('call-totals')).toContainText('重试后成功');
});

test('the ZooKeeper outage runs to its end: election, lost quorum, the return, and Eureka beside it', async ({ page }) => {
  await open(page, 'preset=zookeeper-ensemble-outage');
  await seek(page, 100_000);
  const picture = page.getByTestId('picture-main');
  await expect(picture.getByTestId('registry-state')).toHaveText('不可用');
  await expect(page.getByTestId('window-line')).toContainText('p3 在 90 s 停掉，此刻仍在 consumer 的列表里');
  await page
    .getByRole('button', { name: /到结尾|快进/ })
    .first()
    .click();
  await expect(picture.getByTestId('registry-state')).toHaveText('可用');
  await expect(page.getByTestId('window-line')).toContainText('窗口');
  await expect(picture.locator('[data-testid="server"]')).toHaveCount(5);
  await expect(picture.locator('[data-testid="server"].role-leader')).toHaveText(/zk3 leader e3/);
  // Back at the return: the election by (epoch, zxid, sid), then p3's session expiring 40 s later.
  const trace = page.getByTestId('trace-table');
  await seek(page, 152_000);
  await expect(trace).toContainText('zk3 当选 leader，epoch 3');
  await seek(page, 61_000);
  await expect(trace).toContainText('失去多数派：只剩 2 台，需要 3');
  await seek(page, 193_000);
  await expect(trace).toContainText('p3 的会话过期，临时节点被删除');
  await page.getByTestId('preset-select').selectOption('zookeeper-vs-eureka-outage');
  await expect(page.getByTestId('picture-compare')).toBeVisible();
  await seek(page, 100_000);
  await expect(page.getByTestId('picture-compare').getByTestId('registry-state')).toHaveText('可用');
  await expect(picture.getByTestId('registry-state')).toHaveText('不可用');
});

test('a shared URL reloads to the same trace at the same moment', async ({ page }) => {
  await open(page, 'preset=eureka-defaults&seed=7&retry=true');
  await seek(page, 240_000);
  await expect(page).toHaveURL(/t=\d{6}/);
  const time = await page.getByTestId('player-time').innerText();
  const trace = await page.getByTestId('trace-table').innerText();
  const summary = await page.getByTestId('window-summary').innerText();
  await page.reload();
  await expect(page.getByTestId('service-discovery-lab')).toBeVisible();
  await expect(page.getByTestId('player-time')).toHaveText(time);
  expect(await page.getByTestId('trace-table').innerText()).toBe(trace);
  expect(await page.getByTestId('window-summary').innerText()).toBe(summary);
});

test('bad URL values get a message in the UI language and the lab keeps running', async ({ page }) => {
  await open(page, 'preset=eureka-defaults&providers=abc&registry=consul&stop=9@10');
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('providers 必须是 1–12 之间的整数');
  await expect(problems).toContainText('registry 必须是');
  await expect(problems).toContainText('stop 的格式是');
  await expect(page.locator('[data-testid="picture-main"] [data-testid="provider"]')).toHaveCount(8);
  await page.evaluate(() =>
    localStorage.setItem('interview-lab-appearance', JSON.stringify({ state: { theme: 'system', language: 'en', showBoth: false }, version: 1 })),
  );
  await page.reload();
  await expect(problems).toContainText('providers must be a whole number from 1 to 12');
  await expect(page.getByTestId('service-discovery-lab')).not.toContainText('必须');
});

test('no sideways scroll on a phone, and no axe violations', async ({ page, app }) => {
  // Two full axe passes over the biggest page (two registries side by side) on a shared machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, 'preset=zookeeper-vs-eureka-outage');
  await seek(page, 100_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
