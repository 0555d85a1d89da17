// The Redis Cluster lab as a user meets it: MOVED and ASK in the trace, a failover, a partition
// whose acknowledged writes are listed as lost (and WAIT's difference), a shared URL that reloads
// to the same trace, bad URL values refused with a message, CROSSSLOT, the key → slot calculator on
// hash-tag edge cases and UTF-8 bytes, the cards that link here, the page in English with no
// Chinese left, axe.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function open(page: Page, query: string) {
  await page.goto(`/labs/redis-cluster?${query}`);
  await expect(page.getByTestId('redis-cluster-lab')).toBeVisible({ timeout: 20_000 });
}

async function toEnd(page: Page) {
  await page.getByRole('button', { name: '快进到结尾' }).click();
}

const trace = (page: Page) => page.getByTestId('trace-table');

test('MOVED and ASK redirections appear in the trace', async ({ page }) => {
  await open(page, 'preset=moved');
  await toEnd(page);
  await expect(trace(page)).toContainText('-MOVED 12182 127.0.0.1:7006');
  await open(page, 'preset=ask-resharding');
  await toEnd(page);
  await expect(trace(page)).toContainText('-ASK 3443 127.0.0.1:7001');
  await expect(trace(page)).toContainText('ASKING');
});

test('a failover promotes the up-to-date replica and the client is redirected to it', async ({ page }) => {
  await open(page, 'preset=failover');
  await toEnd(page);
  await expect(trace(page)).toContainText('标记 7001 FAIL');
  await expect(trace(page)).toContainText('成为主节点');
  await expect(page.getByTestId('node-table').locator('tr[data-node="7006"]')).toHaveAttribute('data-role', 'master');
});

test('a partition: acknowledged writes lost on heal, and not acknowledged with WAIT 1', async ({ page }) => {
  await open(page, 'preset=partition-lost-writes');
  await toEnd(page);
  await expect(page.getByTestId('lost-summary')).toContainText('8 个写入客户端收到了成功');
  await expect(page.locator('[data-lost="acked"]')).toHaveCount(8);
  await expect(trace(page)).toContainText('丢失：SET {orders}:2 order-2');
  await open(page, 'preset=partition-lost-writes&wait=1');
  await toEnd(page);
  await expect(page.getByTestId('lost-summary')).toContainText('没有');
  await expect(page.locator('[data-lost="unacked"]')).toHaveCount(8);
});

test('a shared URL reloads to the same trace, and bad values are refused with a message', async ({ page }) => {
  await open(page, 'preset=failover&seed=5');
  await toEnd(page);
  const time = await page.getByTestId('player-time').textContent();
  const before = await trace(page).locator('tbody').innerText();
  await expect(page).toHaveURL(/t=\d+/);
  await page.reload();
  await expect(page.getByTestId('redis-cluster-lab')).toBeVisible();
  // The link's `t=` puts the player back at the same moment, with the same rows.
  await expect(page.getByTestId('player-time')).toHaveText(time ?? '');
  expect(await trace(page).locator('tbody').innerText()).toBe(before);

  await open(page, 'preset=nope&cluster-node-timeout=5&wait=2');
  await expect(page.getByTestId('url-problems')).toContainText('preset');
  await expect(page.getByTestId('url-problems')).toContainText('cluster-node-timeout');
  await expect(page.getByTestId('url-problems')).toContainText('wait');
  await expect(page.getByTestId('key-slot')).toHaveText('3443');
});

test('CROSSSLOT, and the calculator hashes bytes with the hash-tag rule', async ({ page }) => {
  await open(page, 'preset=crossslot');
  await toEnd(page);
  await expect(trace(page)).toContainText("-CROSSSLOT Keys in request don't hash to the same slot");
  const input = page.getByTestId('key-input');
  for (const [key, slot] of [
    ['foo{}{bar}', '8363'],
    ['foo{{bar}}zap', '4015'],
    ['café:1', '8736'],
    ['{é}x', '10180'],
  ] as const) {
    await input.fill(key);
    await expect(page.getByTestId('key-slot')).toHaveText(slot);
  }
  // "{é}x": the two bytes of é are hashed, the braces and x are not.
  await expect(page.getByTestId('key-bytes').locator('code.hashed')).toHaveText(['c3', 'a9']);
  await expect(page).toHaveURL(/key=%7B%C3%A9%7Dx/);
});

test('the cards that link to the lab are listed on it', async ({ page }) => {
  await open(page, 'preset=failover');
  const related = page.getByTestId('related-cards');
  await expect(related).toContainText('Redis Cluster 的架构是怎样的？');
  await expect(related).toContainText('CAP 理论');
});

test('the lab speaks English with no Chinese left on the page', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('interview-lab-appearance', JSON.stringify({ state: { theme: 'light', language: 'en', showBoth: false }, version: 1 }));
  });
  for (const query of ['preset=keyslot', 'preset=ask-resharding', 'preset=failover', 'preset=partition-lost-writes&wait=1&seed=abc']) {
    await page.goto(`/labs/redis-cluster?${query}`);
    await expect(page.getByTestId('redis-cluster-lab')).toBeVisible();
    await page.getByRole('button', { name: 'Skip to the end' }).click();
    await expect(page.locator('h1')).toHaveText('Redis Cluster lab');
    const text = await page.getByTestId('redis-cluster-lab').innerText();
    expect(text.match(/[\u4e00-\u9fff]+/g)).toBeNull();
  }
  await expect(page.getByTestId('url-problems')).toContainText('seed must be an integer');
  await expect(page.getByTestId('lost-summary')).toContainText('No write was reported as successful and then lost');
});

test('axe finds no violations, light and dark', async ({ page, app }) => {
  await open(page, 'preset=ask-resharding');
  await toEnd(page);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
