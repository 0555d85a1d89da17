// The RPC call path lab as a user meets it: from a card's "try it" link to the Dubbo defaults,
// stepping one call through its layers and clicking a layer for its explanation, injecting a full
// thread pool and watching failover (and failfast) react, a shared URL reloading to the same
// trace, bad URL values refused with a message while the lab runs, English, a phone, and axe.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query: string) {
  await page.goto(`/labs/rpc-call-path?${query}`);
  await expect(page.getByTestId('rpc-call-path-lab')).toBeVisible();
  await expect(page.locator('input.timeline')).toBeVisible();
}

const stepButton = (page: Page) => page.getByRole('button', { name: '前进一步 (→)' });
const stage = (page: Page, id: string) => page.locator(`[data-testid="stage"][data-stage="${id}"]`);

test('a card\'s "try it" link opens the Dubbo defaults, and the lab lists its cards', async ({ page }) => {
  await page.goto('/cards/draw-rpc-framework');
  const link = page.locator('a[href$="/labs/rpc-call-path?preset=dubbo-defaults"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/rpc-call-path\?preset=dubbo-defaults$/);
  await expect(page.getByTestId('preset-select')).toHaveValue('dubbo-defaults');
  await expect(page.getByTestId('preset-explanation')).toContainText('retries=2');
  await expect(page.locator('input[data-param="timeout"]')).toHaveValue('1000');
  await expect(page.locator('input[data-param="threads"]')).toHaveValue('200');
  await expect(page.getByTestId('related-cards')).toContainText('画一个 RPC 框架');
});

test('step through the call path and click a layer for what it does, what fails and its settings', async ({ page }) => {
  await open(page, 'preset=dubbo-defaults');
  await expect(stage(page, 'proxy')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('stage-detail')).toContainText('这一层：代理 / Stub');
  await stepButton(page).click();
  await expect(stage(page, 'client-filters')).toHaveAttribute('aria-current', 'step');
  await stepButton(page).click();
  await expect(page.getByTestId('stage-detail')).toContainText('集群容错');
  await expect(page.getByTestId('stage-detail')).toContainText('retries');
  // Clicking a layer jumps to its event: the load balancer's pick.
  await stage(page, 'loadbalance').click();
  await expect(stage(page, 'loadbalance')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('stage-detail')).toContainText('loadbalance');
  await expect(page.getByTestId('stage-detail').getByTestId('setting-value').first()).toContainText('random');
  await expect(page.locator('.trace-table tr.current')).toContainText('选中 #1 10.0.0.11:20880');
  await page.getByRole('button', { name: '后退一步 (←)' }).click();
  await expect(stage(page, 'router')).toHaveAttribute('aria-current', 'step');
  // To the end: one attempt, the caller has its result in about 22 ms.
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-kind', 'ok');
  await expect(page.getByTestId('outcome')).toContainText('1 次尝试');
  await expect(page.getByTestId('payload')).toContainText('157');
  await expect(page.getByTestId('frame-line')).toContainText('16 字节协议头');
  await expect(page.getByTestId('dubbo-header')).toHaveText('da bb c2 00 00 00 00 00 00 00 00 01 00 00 01 76');
});

test('a full thread pool: failover moves to another provider; failfast returns the error', async ({ page }) => {
  await open(page, 'preset=dubbo-defaults');
  await page.getByTestId('fault-select').selectOption('pool-exhausted');
  await expect(page).toHaveURL(/fault=pool-exhausted/);
  await page.getByRole('button', { name: '快进到结尾' }).click();
  const trace = page.getByTestId('trace-table');
  await expect(trace).toContainText('线程池满：200/200 忙');
  await expect(trace).toContainText('Thread pool is EXHAUSTED');
  await expect(trace).toContainText('第 2/3 次尝试');
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-kind', 'ok');
  await expect(page.getByTestId('outcome')).toContainText('2 次尝试');
  await expect(page.locator('[data-testid="provider"][data-state="tried"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="provider"][data-state="answered"]')).toHaveCount(1);
  await page.getByTestId('cluster-select').selectOption('failfast');
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-kind', 'error');
  await expect(page.getByTestId('outcome')).toContainText('Thread pool is EXHAUSTED');
  await expect(trace).toContainText('failfast：不重试');
});

test('a shared URL reloads to the same trace at the same step', async ({ page }) => {
  await open(page, 'preset=dubbo-defaults&fault=slow-provider&seed=3&weights=100,300,100');
  for (let i = 0; i < 8; i++) await stepButton(page).click();
  await expect(page).toHaveURL(/t=8000/);
  const trace = await page.getByTestId('trace-table').innerText();
  const clock = await page.getByTestId('call-time').innerText();
  await page.reload();
  await expect(page.getByTestId('rpc-call-path-lab')).toBeVisible();
  await expect(page.getByTestId('player-time')).toContainText('9/');
  expect(await page.getByTestId('trace-table').innerText()).toBe(trace);
  expect(await page.getByTestId('call-time').innerText()).toBe(clock);
});

test('bad URL values get a message and the lab keeps running', async ({ page }) => {
  await open(page, 'preset=dubbo-defaults&retries=9&weights=1,,2&fault=fire&deadline=5');
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('retries 必须是 0–5 之间的整数');
  await expect(problems).toContainText('weights 必须是 1–5 个用逗号分开的');
  await expect(problems).toContainText('fault 必须是 none、slow-provider');
  await expect(problems).toContainText('deadline 不适用于 Dubbo');
  await expect(page.locator('[data-testid="provider"]')).toHaveCount(3);
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('outcome')).toHaveAttribute('data-kind', 'ok');
  // A bad edit stays in its box with a message; the run keeps the last valid value.
  const weights = page.locator('input[data-param="weights"]');
  await weights.fill('100,abc');
  await expect(page.getByRole('alert').filter({ hasText: 'weights 必须是' }).first()).toBeVisible();
  await expect(page.locator('[data-testid="provider"]')).toHaveCount(3);
  await weights.fill('100,100');
  await expect(page.locator('[data-testid="provider"]')).toHaveCount(2);
});

test('English: the same lab speaks English only', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('interview-lab-appearance', JSON.stringify({ state: { theme: 'light', language: 'en', showBoth: false }, version: 1 })),
  );
  await open(page, 'preset=grpc-unary-deadline&fault=connection-dropped&retries=1');
  await expect(page.getByTestId('url-problems')).toContainText('retries does not apply to gRPC');
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  await expect(page.getByTestId('trace-table')).toContainText('Back off');
  await expect(page.getByTestId('outcome')).toContainText('a result');
  const text = await page.getByTestId('rpc-call-path-lab').innerText();
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);
});

test('no sideways scroll on a phone, and no axe violations', async ({ page, app }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, 'preset=dubbo-threads-200');
  for (let i = 0; i < 10; i++) await stepButton(page).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
