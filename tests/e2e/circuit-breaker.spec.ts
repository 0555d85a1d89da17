// The circuit-breaker lab as a user meets it: from a card's "try it" link to a preset, playing,
// pausing and stepping back, editing a field and reloading the shared URL, watching the
// Resilience4j defaults trip and close, forcing the breaker open, bad URL values, the backend
// editor, fast-forward, the notes' preset, accessibility, and smoothness at 1,000 requests/s.
import { chooseLanguage } from './bilingual-deck.ts';
import { CircuitBreakerLab } from './circuit-breaker-page.ts';
import { expect, test } from './fixtures.ts';

const PRESETS = [
  'resilience4j-default',
  'resilience4j-slow-calls',
  'resilience4j-time-window',
  'sentinel-slow-ratio',
  'sentinel-error-ratio',
  'sentinel-error-count',
  'hystrix-default',
  'notes-sliding-window',
];

test('a card\'s "try it" link opens the exact preset', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await page.goto('/cards/circuit-breaking');
  const link = page.locator('a[href$="/labs/circuit-breaker?preset=resilience4j-default"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/circuit-breaker\?preset=resilience4j-default$/);
  await lab.ready();
  await expect(page.getByTestId('preset-select')).toHaveValue('resilience4j-default');
  await expect(page.getByTestId('preset-explanation')).toContainText('CircuitBreakerConfig.ofDefaults()');
  await expect(lab.field('slidingWindowSize')).toHaveValue('100');
  await expect(lab.field('waitDurationInOpenState')).toHaveValue('60000');
  await expect(page.getByTestId('related-cards')).toContainText('服务熔断怎么做到的');
});

test('play, pause, step and step back', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page.getByRole('combobox', { name: '播放速度 ([ / ])' })).toHaveValue('4');
  await lab.playButton().click();
  await expect.poll(() => lab.shownIndex(), { timeout: 10_000 }).toBeGreaterThan(20);
  await lab.playButton().click();
  await expect(lab.playButton()).toContainText('播放');
  const paused = await lab.shownIndex();
  await page.waitForTimeout(300);
  expect(await lab.shownIndex()).toBe(paused);

  // Space plays and pauses too.
  await page.keyboard.press('Space');
  await expect.poll(() => lab.shownIndex()).toBeGreaterThan(paused);
  await page.keyboard.press('Space');
  await expect(lab.playButton()).toContainText('播放');

  const at = await lab.shownIndex();
  const top = await lab.topRow();
  await lab.step();
  await page.keyboard.press('ArrowRight');
  expect(await lab.shownIndex()).toBe(at + 2);
  await lab.stepBack();
  await page.keyboard.press('ArrowLeft');
  expect(await lab.shownIndex()).toBe(at);
  expect(await lab.topRow()).toBe(top);
});

test('the Resilience4j defaults trip, reject fast, probe and close', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default');
  await expect(lab.currentState()).toHaveAttribute('data-state', 'CLOSED');
  await lab.seek(40_000);
  await expect(lab.currentState()).toHaveAttribute('data-state', 'OPEN');
  await expect(page.getByTestId('open-left')).toContainText('还有');
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('CallNotPermittedException');
  await expect(lab.transitions()).toContainText('≥ failureRateThreshold 50%：熔断器打开');

  await lab.toEnd();
  const states = await lab.timelineStates();
  expect(states[0]).toBe('CLOSED');
  expect(states).toContain('OPEN');
  expect(states).toContain('HALF_OPEN');
  expect(states.at(-1)).toBe('CLOSED');
  await expect(lab.currentState()).toHaveAttribute('data-state', 'CLOSED');
  await expect(lab.transitions()).toContainText('都低于阈值：回到 CLOSED');

  // Jump to the first probe from the list of transitions: HALF_OPEN with the probes counted down.
  await lab.transitions().getByRole('button', { name: /跳到/ }).nth(-2).click();
  await expect(lab.currentState()).toHaveAttribute('data-state', 'HALF_OPEN');
  await expect(page.getByTestId('probes-left')).toContainText(/还剩 \d+ \/ 10/);
});

test('a changed field goes into the URL, and reloading it gives the same trace', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default');
  await lab.seek(60_000);
  const before = await lab.transitions().innerText();
  await lab.field('slidingWindowSize').fill('20');
  // The second edit right after the first: both must land (edits patch the latest values).
  await lab.field('minimumNumberOfCalls').fill('10');
  await expect(page).toHaveURL(/slidingWindowSize=20/);
  await expect(page).toHaveURL(/minimumNumberOfCalls=10/);
  // The URL changes first; the new run follows once the page has re-rendered.
  await expect(async () => {
    await lab.seek(60_000);
    expect(await lab.transitions().innerText()).not.toBe(before);
  }).toPass({ timeout: 15_000 });
  const after = await lab.transitions().innerText();
  const trace = await lab.traceText();

  await page.reload();
  await lab.ready();
  await expect(lab.field('slidingWindowSize')).toHaveValue('20');
  await lab.seek(60_000);
  expect(await lab.transitions().innerText()).toBe(after);
  expect(await lab.traceText()).toBe(trace);
});

test('the force-open button acts at the player’s moment and is kept in the URL', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default');
  await lab.seek(10_000);
  const at = await lab.timeMs();
  await lab.manual('强制打开').click();
  await expect(page).toHaveURL(/actions=o%40\d+/);
  await expect(lab.currentState()).toHaveAttribute('data-state', 'FORCED_OPEN');
  expect(Math.abs((await lab.timeMs()) - at)).toBeLessThan(20);
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('手动切换：CLOSED → FORCED_OPEN');
  await lab.step();
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('FORCED_OPEN：被手动强制打开，全部拒绝');

  // Shared: the same URL replays the action.
  await page.reload();
  await lab.ready();
  await lab.seek(30_000);
  await expect(lab.currentState()).toHaveAttribute('data-state', 'FORCED_OPEN');
  await lab.manual('恢复闭合').click();
  await expect(lab.currentState()).toHaveAttribute('data-state', 'CLOSED');
  await page.getByTestId('manual-controls').getByRole('button', { name: '全部清除' }).click();
  await expect(page).not.toHaveURL(/actions=/);
});

test('"send one request now" adds a request at the player’s moment', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=hystrix-default&rate=0.5');
  await lab.seek(20_000);
  await lab.manual('发一个请求').click();
  await expect(page).toHaveURL(/send=\d+(\.\d+)?(&t=\d+)?$/);
  // The player stays at that moment, with the new request as the newest row.
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('（手动）');
  await expect(page.getByTestId('manual-controls')).toContainText('手动发送的请求');
  // Hystrix has no manual state changes: only the request button is offered.
  await expect(lab.manual('强制打开')).toHaveCount(0);
});

test('bad values are refused beside their field and the lab keeps running', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default&failureRateThreshold=0&slidingWindowSize=-3&waitDurationInOpenState=NaN&rate=1e9&backend=garbage');
  await expect(lab.fieldError('failureRateThreshold')).toHaveText('failureRateThreshold 必须是大于 0、不超过 100 的数');
  await expect(lab.fieldError('slidingWindowSize')).toHaveText('slidingWindowSize 必须是 1–10000 之间的整数');
  await expect(lab.fieldError('waitDurationInOpenState')).toContainText('waitDurationInOpenState 必须是');
  await expect(lab.fieldError('rate')).toHaveText('rate 必须是 0.1–1000 之间的数');
  await expect(page.getByTestId('backend-editor')).toContainText('backend 格式不对');
  await expect(lab.field('failureRateThreshold')).toHaveValue('50');
  await lab.toEnd();
  expect(await lab.timelineStates()).toContain('OPEN');

  // Typed garbage stays in the box with a message; the run keeps the last valid value.
  await lab.goto('preset=resilience4j-default');
  await lab.field('failureRateThreshold').fill('0');
  await expect(lab.fieldError('failureRateThreshold')).toContainText('必须是大于 0');
  await lab.field('permittedNumberOfCallsInHalfOpenState').fill('abc');
  await expect(lab.fieldError('permittedNumberOfCallsInHalfOpenState')).toContainText('不是一个数');
  await expect(page).toHaveURL(/\?preset=resilience4j-default$/);
});

test('the backend editor adds and removes phases, and the run follows', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default');
  await expect(lab.backendPhases()).toHaveCount(3);
  await page.getByRole('button', { name: '＋ 加一个阶段' }).click();
  await expect(lab.backendPhases()).toHaveCount(4);
  await expect(page).toHaveURL(/backend=/);
  await page.getByRole('button', { name: '删除阶段 2' }).click();
  await expect(lab.backendPhases()).toHaveCount(3);
  // Without the failing phase the breaker never trips.
  await lab.toEnd();
  expect(await lab.timelineStates()).toEqual(['CLOSED']);
  // A phase cannot start before the one above it.
  await lab.backendPhases().nth(1).locator('[data-param="start"]').fill('0.5');
  await lab.backendPhases().nth(2).locator('[data-param="start"]').fill('0');
  await expect(lab.backendPhases().nth(2)).toContainText('不能早于上一阶段的开始');
});

test('fast-forward shows an hour of totals', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=sentinel-error-ratio');
  await page.getByRole('button', { name: '快进一小时' }).click();
  const totals = page.getByTestId('ff-totals');
  await expect(totals).toBeVisible({ timeout: 20_000 });
  const arrivals = Number((await page.getByTestId('ff-arrivals').innerText()).replace(/[^\d]/g, ''));
  expect(arrivals).toBeGreaterThan(30_000);
  await expect(totals).toContainText('进入 OPEN');
});

test('fast-forward runs in a worker: it can be stopped while it counts, and run again', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  // 1,000 calls/s: an hour is 3.6 million calls, seconds of work the page must not wait for.
  await lab.goto('preset=resilience4j-default&rate=1000&duration=60', 60_000);
  const ff = page.getByTestId('fast-forward');
  await ff.getByRole('button', { name: '快进一小时' }).click();
  await expect(ff.getByRole('button', { name: '计算中…' })).toBeDisabled();
  await ff.getByTestId('ff-stop').click();
  await expect(ff.getByRole('button', { name: '快进一小时' })).toBeEnabled();
  await expect(ff.getByTestId('ff-stop')).toHaveCount(0);
  await expect(ff.getByTestId('ff-totals')).toHaveCount(0);
  await ff.getByRole('button', { name: '快进一小时' }).click();
  await expect(ff.getByTestId('ff-totals')).toBeVisible({ timeout: 60_000 });
  const arrivals = Number((await page.getByTestId('ff-arrivals').innerText()).replace(/[^\d]/g, ''));
  expect(arrivals).toBeGreaterThan(3_500_000);
});

test('a fast-forward whose worker does not load says so, and the lab keeps its run', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=sentinel-error-ratio');
  await page.route(/ff-worker[^/]*\.js/, (route) => route.abort());
  const ff = page.getByTestId('fast-forward');
  await ff.getByRole('button', { name: '快进一小时' }).click();
  await expect(ff.getByRole('alert')).toContainText('快进没有完成');
  await expect(ff.getByRole('button', { name: '快进一小时' })).toBeEnabled();
  await lab.toEnd();
  expect(await lab.timelineStates()).toContain('OPEN');
});

test('every preset of the catalogue opens, and each trips and closes', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new CircuitBreakerLab(page);
  for (const id of PRESETS) {
    await lab.goto(`preset=${id}`);
    await expect(page.getByTestId('preset-select')).toHaveValue(id);
    await lab.toEnd();
    const states = await lab.timelineStates();
    expect(states, id).toContain('OPEN');
    expect(states, id).toContain('HALF_OPEN');
    expect(states.at(-1), id).toBe('CLOSED');
  }
});

test('the notes’ preset contrasts rate limiting with circuit breaking', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=notes-sliding-window');
  const callout = page.getByTestId('notes-callout');
  await expect(callout).toContainText('熔断就是用php扩展滑动窗口计数');
  await expect(callout).toContainText('“X 秒内最多 Y 个请求” = 限流');
  await expect(callout).toContainText('“失败率 / 慢调用率超过阈值” = 熔断');
  await lab.seek(30_000);
  await expect(page.getByTestId('notes-live')).toContainText(/最近 10 秒到达 \d{3} 个请求，熔断器拒绝了 0 个/);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, query, seekMs] of [
      ['Resilience4j, OPEN', 'preset=resilience4j-default', 40_000],
      ['Resilience4j time window, HALF_OPEN', 'preset=resilience4j-time-window', 0],
      ['Sentinel', 'preset=sentinel-slow-ratio', 30_000],
      ['Hystrix', 'preset=hystrix-default', 20_000],
      ['notes preset', 'preset=notes-sliding-window', 60_000],
      ['bad URL values', 'preset=resilience4j-default&failureRateThreshold=0&actions=zz', 5_000],
    ] as const) {
      test(`axe: circuit-breaker lab, ${name}`, async ({ app, page }) => {
        // axe walks every chart and the trace table: give it room on a busy machine.
        test.setTimeout(120_000);
        const lab = new CircuitBreakerLab(page);
        await lab.goto(query);
        if (seekMs > 0) await lab.seek(seekMs);
        else await lab.toEnd();
        await app.expectNoAxeViolations();
      });
    }
  });
}

test('the player plays 1,000 requests per second at 16×', async ({ page }) => {
  // Frame times are measured by `npm run bench` (bench/player-frames.bench.ts), not here.
  test.setTimeout(120_000);
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default&rate=1000&duration=60', 90_000);
  await page.getByRole('combobox', { name: '播放速度 ([ / ])' }).selectOption('16');
  await lab.playButton().click();
  await expect.poll(() => lab.shownIndex(), { timeout: 20_000 }).toBeGreaterThan(10_000);
});

test('a 10,000-call window at 1,000 requests per second plays, and its picture counts the whole window', async ({ page }) => {
  // Each snapshot keeps the newest 200 cells and counts the rest (it was a gigabyte and froze the page).
  test.setTimeout(120_000);
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=resilience4j-default&slidingWindowSize=10000&minimumNumberOfCalls=10000&rate=1000&duration=600', 60_000);
  await lab.seek(30_000);
  const picture = page.getByTestId('window-picture');
  await expect(picture.locator('svg.cb-cells')).toHaveAttribute('aria-label', /^窗口里 10000 次调用，失败 \d+，慢调用 \d+$/);
  await expect(picture.locator('rect.cb-cell')).toHaveCount(200);
  await expect(picture).toContainText('10000');
  await lab.step();
  await expect(picture.locator('svg.cb-cells')).toHaveAttribute('aria-label', /^窗口里 10000 次调用/);
});

test('a Hystrix health window of too many buckets is refused with a message, and the lab keeps running', async ({ page }) => {
  const lab = new CircuitBreakerLab(page);
  await lab.goto('preset=hystrix-default&metricsRollingStatsTimeInMilliseconds=600000&metricsHealthSnapshotIntervalInMilliseconds=10');
  await expect(lab.fieldError('metricsRollingStatsTimeInMilliseconds')).toContainText('健康统计窗口会有 60000 个桶');
  await expect(lab.fieldError('metricsRollingStatsTimeInMilliseconds')).toContainText('最多 1000 个');
  await lab.toEnd();
  expect(await lab.timelineStates()).toContain('OPEN');
});

test('the state machine’s edge labels stay inside the picture and off the nodes, in both languages', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const language of ['en', 'zh'] as const) {
    await chooseLanguage(page, language);
    for (const preset of ['resilience4j-default', 'sentinel-slow-ratio', 'hystrix-default']) {
      const lab = new CircuitBreakerLab(page);
      await lab.goto(`preset=${preset}`);
      const problems = await page.getByTestId('state-machine').evaluate((figure) => {
        const svg = figure.querySelector('svg')!.getBoundingClientRect();
        const nodes = [...figure.querySelectorAll('.cb-node > rect:not(.cb-node-pulse)')].map((r) => r.getBoundingClientRect());
        const out: string[] = [];
        for (const label of figure.querySelectorAll('.cb-edge-label')) {
          const b = label.getBoundingClientRect();
          const text = label.textContent ?? '';
          if (b.left < svg.left - 0.5 || b.right > svg.right + 0.5 || b.top < svg.top - 0.5) out.push(`${text}: outside the picture`);
          for (const n of nodes) {
            const overlaps = b.left < n.right && b.right > n.left && b.top < n.bottom && b.bottom > n.top;
            if (overlaps) out.push(`${text}: over a node`);
          }
        }
        return out;
      });
      expect(problems, `${language} ${preset}`).toEqual([]);
    }
  }
});
