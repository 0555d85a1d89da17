// The call-chain lab as a user meets it: from a card's "try it" link to 3 layers × 3 attempts,
// playing, the deepest service failing and the calls multiplying to 27 per request at the bottom,
// slowing the deepest service down by hand, the fixes compared with and without a retry budget, a
// shared URL reloading to the same trace, bad URL values refused with a message, and axe.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The runs are computed in workers; a busy shared machine needs some slack.
test.describe.configure({ timeout: 90_000 });

async function ready(page: Page) {
  await expect(page.getByTestId('call-chain-lab')).toBeVisible();
  await expect(page.getByTestId('chain-picture')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 60_000 });
}

async function seek(page: Page, ms: number) {
  await page.locator('input.timeline').fill(String(ms));
}

async function amplificationNow(page: Page): Promise<number> {
  const text = await page.getByTestId('amplification-now').innerText();
  return Number(/([\d.]+)×/.exec(text)?.[1]);
}

async function cell(page: Page, variant: string, col: string): Promise<number> {
  const text = await page.locator(`[data-testid="compare-table"] tr[data-variant="${variant}"] td[data-col="${col}"]`).innerText();
  return Number(text.replace(/[^\d.]/g, ''));
}

test('a card opens 3 layers × 3 attempts; once C fails every request makes 27 calls at C', async ({ page }) => {
  await page.goto('/cards/rl-timeout-retry-breaker');
  const link = page.locator('a[href*="/labs/call-chain?preset=three-layers-3-attempts"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/call-chain\?preset=three-layers-3-attempts$/);
  await ready(page);
  await expect(page.getByTestId('preset-select')).toHaveValue('three-layers-3-attempts');
  await expect(page.getByTestId('related-cards')).toContainText('重试风暴');

  // Play until the first sampled request has arrived, then pause: the clock moved and rows appeared.
  await page.getByRole('button', { name: '播放 (空格)' }).click();
  await expect(page.getByTestId('trace-table')).toContainText('到达', { timeout: 20_000 });
  await page.getByRole('button', { name: '暂停 (空格)' }).click();
  await expect(page.getByTestId('player-time')).not.toContainText('t = 0.0 s');
  await expect(page.getByTestId('trace-table')).toContainText('到达');

  // Healthy at 5 s: one call at C per request. Failing from 10 s: 3 × 3 × 3.
  await seek(page, 5000);
  expect(await amplificationNow(page)).toBeCloseTo(1, 0);
  await seek(page, 20_000);
  const amp = await amplificationNow(page);
  expect(amp).toBeGreaterThan(22);
  expect(amp).toBeLessThan(32);
  await expect(page.getByTestId('trace-table')).toContainText('注入的故障：C 返回错误');
  await expect(page.getByTestId('trace-table')).toContainText('已经试满 3 次');
});

test('slowing down the deepest service fills the pools and amplifies the calls', async ({ page }) => {
  await page.goto('/labs/call-chain?preset=deepest-plus-300ms&extraLatency=0');
  await ready(page);
  await expect(page.getByTestId('summary-amplification')).toHaveText('1.00×');
  await page.locator('input[data-param="extraLatency"]').fill('300');
  await expect(page).toHaveURL(/preset=deepest-plus-300ms$/);
  await expect(page.getByTestId('summary-amplification')).not.toHaveText('1.00×', { timeout: 30_000 });
  const amp = Number((await page.getByTestId('summary-amplification').innerText()).replace('×', ''));
  expect(amp).toBeGreaterThan(1.5);
  await seek(page, 30_000);
  // Every thread of C and B is taken, and requests queue above.
  await expect(page.getByTestId('service-C')).toContainText('16/16');
  await expect(page.getByTestId('service-B')).toContainText('32/32');
  await expect(page.getByTestId('service-C')).toContainText('故障中');
  await expect(page.getByTestId('trace-table')).toContainText('超时');
});

test('the fixes side by side: a retry budget against no fix on the same seeded run', async ({ page }) => {
  await page.goto('/labs/call-chain?preset=deepest-plus-300ms');
  await ready(page);
  const noneGoodput = await cell(page, 'none', 'goodput');
  const budgetGoodput = await cell(page, 'retry-budget', 'goodput');
  expect(budgetGoodput).toBeGreaterThan(noneGoodput);
  expect(await cell(page, 'retry-budget', 'amplification')).toBeLessThan(await cell(page, 'none', 'amplification'));
  // Switching the budget on makes it the current run; its numbers are the budget row's.
  await page.getByTestId('fix-retry-budget').check();
  await expect(page).toHaveURL(/fixes=retry-budget/);
  await expect(page.locator('[data-testid="compare-table"] tr[data-variant="current"]')).toContainText('重试预算');
  await expect(page.getByTestId('summary-goodput')).toHaveText(String(budgetGoodput.toFixed(1)), { timeout: 30_000 });
  await seek(page, 25_000);
  await expect(page.getByTestId('service-A')).toContainText('令牌');
});

test('a shared URL reloads to the same trace at the same moment', async ({ page }) => {
  await page.goto('/labs/call-chain?preset=grpc-retry-throttling&seed=7&rate=150');
  await ready(page);
  await seek(page, 25_000);
  await expect(page).toHaveURL(/t=250\d\d/); // the timeline moves in whole steps
  const trace = await page.getByTestId('trace-table').innerText();
  const picture = await page.getByTestId('chain-picture').innerText();
  const totals = await page.getByTestId('run-totals').innerText();
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('player-time')).toContainText('t = 25.0 s');
  expect(await page.getByTestId('trace-table').innerText()).toBe(trace);
  expect(await page.getByTestId('chain-picture').innerText()).toBe(picture);
  expect(await page.getByTestId('run-totals').innerText()).toBe(totals);
});

test('bad URL values are refused with a message while the lab runs on the preset', async ({ page }) => {
  await page.goto('/labs/call-chain?preset=deepest-plus-300ms&depth=9&attempts=3,x&fixes=magic&rate=-5');
  await ready(page);
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('depth 必须是 2–5 之间的整数');
  await expect(problems).toContainText('attempts 必须是 1–5 个用逗号分隔的整数');
  await expect(problems).toContainText('fixes 只能由');
  await expect(problems).toContainText('rate 必须是 1–20000 之间的数');
  await expect(page.getByTestId('service-C')).toBeVisible();
  // A bad edit stays in its box with a message; the run keeps the last valid values.
  await page.locator('input[data-param="timeout"]').fill('1000,abc');
  await expect(page.getByRole('alert').filter({ hasText: 'timeout 必须是 1–5 个用逗号分隔的整数' }).first()).toBeVisible();
});

test('a run too big for the tab stops with a message; the lab keeps working', async ({ page }) => {
  // A's one thread takes 2 s a request while 20,000 arrive each second and nothing is shed: its
  // queue would grow to about ten million attempts (hundreds of megabytes) over the 100 s.
  await page.goto('/labs/call-chain?preset=deepest-plus-300ms&rate=20000&duration=100&pool=1,32,16&work=2000,10,20&timeout=30000,500,250&attempts=5,3,3');
  await ready(page);
  const banner = page.getByTestId('run-stopped');
  await expect(banner).toContainText(/运行在 [\d.]+ 秒处停止（共 100 秒）：同时排队或处理中的请求已超过 4,000,000/);
  await expect(page.getByTestId('chain-picture')).toBeVisible();
  // The variants that bound the queue (deadlines drop expired work, shedding refuses) run to the end.
  await expect(page.locator('tr[data-variant="none"] th')).toContainText('秒处停止');
  await expect(page.locator('tr[data-variant="shedding"] th')).not.toContainText('停止');
  await expect(page.locator('tr[data-variant="deadlines"] th')).not.toContainText('停止');
  // The lab still answers: a smaller rate runs whole.
  await page.locator('input[data-param="rate"]').fill('20');
  await expect(page.getByTestId('chain-picture')).toBeVisible({ timeout: 30_000 });
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
});

test('no sideways scroll on a phone, and no axe violations in light and dark', async ({ page, app }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/labs/call-chain?preset=compare-fixes');
  await ready(page);
  await seek(page, 25_000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
