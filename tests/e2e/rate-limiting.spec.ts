// The rate-limiting lab as a user meets it: from a card's "try it" link to a preset, playing and
// stepping, editing parameters, sharing the URL, predict mode, bad URL values, compare mode,
// fast-forward, accessibility, and the player's smoothness at 1,000 requests per second.
import { expect, test } from './fixtures.ts';
import { RateLimitLab } from './rate-limiting-page.ts';

// Axe and the long runs take a while on a shared, busy machine.
test.describe.configure({ timeout: 90_000 });

test('a card\'s "try it" link opens the exact preset, and stepping shows nginx\'s decisions', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await page.goto('/cards/nginx-limit-req');
  const link = page.locator('a[href*="/labs/rate-limiting?preset=nginx-1rs-burst5-batch7"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/rate-limiting\?preset=nginx-1rs-burst5-batch7$/);
  await lab.ready();
  await expect(page.getByTestId('preset-select')).toHaveValue('nginx-1rs-burst5-batch7');
  await expect(page.getByTestId('preset-config')).toContainText('limit_req zone=one burst=5;');
  // The lab lists the cards that link to it.
  await expect(page.getByTestId('related-cards')).toContainText('nginx 的 limit_req 怎么限流');

  // Seven requests in the same millisecond, stepped one by one with the keyboard.
  expect(await lab.shownIndex()).toBe(0);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  expect(await lab.shownIndex()).toBe(7);
  expect(await lab.decisions()).toEqual(['拒绝（503）', '延迟 5 秒', '延迟 4 秒', '延迟 3 秒', '延迟 2 秒', '延迟 1 秒', '放行']);
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('excess 会变成 6 > burst 5');
  await expect(page.getByTestId('mechanism-picture')).toHaveAttribute('data-algorithm', 'nginx');
});

test('play, pause, step back, speed keys', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=token-bucket-burst');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page.getByRole('combobox', { name: '播放速度 ([ / ])' })).toHaveValue('4');
  await lab.playButton().click();
  await expect.poll(() => lab.shownIndex(), { timeout: 10_000 }).toBeGreaterThan(5);
  await page.keyboard.press('Space');
  await expect(lab.playButton()).toContainText('播放');
  const paused = await lab.shownIndex();
  await page.waitForTimeout(300);
  expect(await lab.shownIndex()).toBe(paused);
  const topBefore = await lab.traceTable().locator('tbody tr').first().innerText();
  await lab.stepBack();
  // At a row: back to the one before; between rows: back to the row shown.
  const back = await lab.shownIndex();
  expect(back === paused - 1 || back === paused).toBe(true);
  await lab.stepBack();
  expect(await lab.shownIndex()).toBeLessThan(paused);
  expect(await lab.traceTable().locator('tbody tr').first().innerText()).not.toBe(topBefore);
  const beforeStep = await lab.shownIndex();
  await lab.step();
  expect(await lab.shownIndex()).toBe(beforeStep + 1);
});

test('changing a field updates the URL, and reloading the shared URL gives the same trace', async ({ page, browser }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=nginx-10rs-burst5');
  await lab.paramInput('burst').fill('3');
  await expect(page).toHaveURL(/burst=3/);
  await expect(page.getByTestId('current-config')).toContainText('limit_req zone=one burst=3;');
  await lab.paramInput('seed').fill('77');
  await expect(page).toHaveURL(/seed=77/);
  await lab.seek(3500);
  await expect.poll(() => lab.shownIndex()).toBeGreaterThan(30);
  const trace = await lab.traceText();
  expect(trace).toContain('burst 3');
  // The player's position goes into the URL once it stops, so the link points at this moment.
  await expect(page).toHaveURL(/[?&]t=\d+(&|$)/);
  const url = page.url();
  const t = Number(new URL(url).searchParams.get('t'));
  expect(Math.abs(t - 3500)).toBeLessThanOrEqual(5); // the slider's own rounding
  const time = await lab.time.textContent();

  await page.reload();
  await lab.ready();
  await expect(lab.time).toHaveText(time ?? '');
  expect(await lab.traceText()).toBe(trace);

  // Someone else opening the shared link sees the same run at the same moment, without seeking.
  const other = await browser.newPage();
  const otherLab = new RateLimitLab(other);
  await other.goto(url);
  await otherLab.ready();
  await expect(otherLab.time).toHaveText(time ?? '');
  expect(await otherLab.traceText()).toBe(trace);
  await other.close();
  // Changing a parameter starts a new run: the moment is kept by the lab and the URL follows it.
  await lab.paramInput('seed').fill('78');
  await expect(page).toHaveURL(/seed=78/);
  await expect(page).toHaveURL(new RegExp(`[?&]t=${t}(&|$)`));
});

test('"send one request now" appends an arrival at the player time, kept in the URL', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=token-bucket-burst');
  const before = await lab.totalRequests();
  await lab.seek(5000);
  await page.getByTestId('send-one').click();
  await expect(page).toHaveURL(/trace=5000/);
  await expect.poll(() => lab.totalRequests()).toBe(before + 1);
  // The player stands on the new request.
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('5 秒');
  const trace = await lab.traceText();
  await page.reload();
  await lab.ready();
  expect(await lab.totalRequests()).toBe(before + 1);
  await lab.seek(5010);
  expect(await lab.traceText()).toBe(trace);
});

test('traffic generators: steady, Poisson, bursts, spike, a recorded trace, and none at all', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('algo=token-bucket&traffic=steady&trafficRate=10&duration=10');
  expect(await lab.totalRequests()).toBe(100);
  const kind = page.getByTestId('traffic-kind');
  await kind.selectOption('bursts');
  await expect(page).toHaveURL(/traffic=bursts/);
  // 10 r/s for 1 s on, 2 s off, over 10 s: four bursts of 10.
  await expect.poll(() => lab.totalRequests()).toBe(40);
  await kind.selectOption('spike');
  await expect.poll(() => lab.totalRequests()).toBe(120);
  await kind.selectOption('poisson');
  await expect(page).toHaveURL(/traffic=poisson/);
  // The URL changes first; the count follows once the page has re-rendered.
  await expect.poll(() => lab.totalRequests()).not.toBe(120);
  const poisson = await lab.totalRequests();
  expect(poisson).toBeGreaterThan(60);
  // Switching to a recorded trace records the current arrivals; then replace them by hand.
  await kind.selectOption('trace');
  await expect.poll(() => lab.totalRequests()).toBe(poisson);
  await page.getByLabel(/请求到达时间/).fill('0, 0, 0, 150');
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/trace=0%2C0%2C0%2C150|trace=0,0,0,150/);
  await expect.poll(() => lab.totalRequests()).toBe(4);
  await page.getByLabel(/请求到达时间/).fill('0, soon');
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'trace 必须是' })).toBeVisible();
  expect(await lab.totalRequests()).toBe(4);
  // No traffic at all still draws the limiter at rest.
  await lab.goto('algo=leaky-queue&traffic=steady&trafficRate=0');
  expect(await lab.totalRequests()).toBe(0);
  await expect(page.getByTestId('mechanism-picture')).toBeVisible();
});

test('predict mode asks before each request, explains, and keeps a score', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=nginx-1rs-burst5-batch7');
  await page.getByTestId('predict-toggle').check();
  await expect(page.getByTestId('predict-question')).toContainText('第 1 个请求');
  await page.getByTestId('guess-admit').click();
  await expect(page.getByTestId('predict-reveal')).toContainText('猜对了');
  await expect(page.getByTestId('predict-score')).toHaveText('得分 1 / 1');
  await page.getByTestId('predict-next').click();
  await expect(page.getByTestId('predict-question')).toContainText('第 2 个请求');
  await page.getByTestId('guess-reject').click();
  await expect(page.getByTestId('predict-reveal')).toContainText('猜错了');
  await expect(page.getByTestId('predict-reveal')).toContainText('延迟 1 秒');
  await expect(page.getByTestId('predict-reveal')).toContainText('excess = 1');
  await expect(page.getByTestId('predict-score')).toHaveText('得分 1 / 2');
  await page.getByTestId('predict-next').click();
  await page.getByTestId('guess-delay').click();
  await expect(page.getByTestId('predict-score')).toHaveText('得分 2 / 3');
  // Playing runs on to just before the next request and asks again.
  await lab.playButton().click();
  // (The question also shows for a moment while playing; wait for the stop.)
  await expect.poll(() => lab.shownIndex()).toBe(3);
  await expect(page.getByTestId('predict-question')).toContainText('第 4 个请求');
});

test('bad values in the URL or a field are refused with a message; the lab keeps running', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('algo=nginx&rate=0&burst=abc&seed=-1&trafficRate=NaN&traffic=poisson');
  await expect(lab.fieldError('rate')).toHaveText('rate 必须是 1–100000 之间的整数');
  await expect(lab.fieldError('burst')).toHaveText('burst 必须是 0–100000 之间的整数');
  await expect(lab.fieldError('seed')).toHaveText('seed 必须是 0–4294967295 之间的整数');
  await expect(lab.fieldError('trafficRate')).toHaveText('trafficRate 必须是 0–100000 之间的数');
  await lab.seek(3000);
  await expect.poll(() => lab.shownIndex()).toBeGreaterThan(5);

  // Typing garbage: the message sits next to the field and the URL keeps the last valid value.
  await lab.goto('algo=token-bucket&rate=7');
  await lab.paramInput('rate').fill('-5');
  await expect(lab.fieldError('rate')).toHaveText('必须在 0.001–1000000 之间');
  await expect(page).toHaveURL(/rate=7/);
  await lab.paramInput('capacity').fill('1e99');
  await expect(lab.fieldError('capacity')).toContainText('必须在');

  // A run too big to play is refused, and the preset runs instead.
  await lab.goto('preset=sliding-log&trafficRate=100000&duration=86400');
  await expect(lab.fieldError('duration')).toContainText('超过可播放的上限');
  expect(await lab.totalRequests()).toBeLessThan(1000);

  // Unknown preset and algorithm names.
  await lab.goto('preset=nope&algo=bogus');
  await expect(page.getByTestId('preset-panel')).toContainText('preset 不存在：nope');
  await expect(page.getByTestId('error-mode')).toContainText('algo 必须是');
});

test('compare mode: the same traffic through four limiters, with counts', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=compare-all');
  await expect(page.getByTestId(/^lane-card-/)).toHaveCount(4);
  await lab.seek(10_000);
  const admitted = await page.locator('[data-testid^="lane-card-"] [data-testid="count-admitted"] .rl-count-now').allInnerTexts();
  expect(admitted.map(Number).every((n) => n > 0)).toBe(true);
  // nginx (lane D) queues what it does not reject; the others only admit or reject.
  expect(Number(await page.locator('[data-testid="lane-card-3"] [data-testid="count-delayed"] .rl-count-now').innerText())).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="lane-card-0"] [data-testid="count-delayed"]')).toHaveCount(0);
  // Each lane's decision is a column of the same trace row.
  await expect(lab.traceTable().locator('thead th')).toHaveCount(2 + 4 + 2);
  // Every lane has its chart, and the why cell explains each lane's decision (A–D, one line each).
  await expect(page.getByTestId('run-chart')).toHaveCount(4);
  const why = lab.traceTable().locator('tbody tr').first().locator('td.why li');
  await expect(why).toHaveCount(4);
  expect((await why.allInnerTexts()).map((t) => t.slice(0, 1))).toEqual(['A', 'B', 'C', 'D']);
  for (const t of await why.allInnerTexts()) expect(t.length).toBeGreaterThan(4);

  // Switching to compare mode from single mode adds a lane; the URL says which.
  await lab.goto('preset=token-bucket-burst');
  await page.getByTestId('mode-compare').click();
  await expect(page.getByTestId('mode-compare')).toBeChecked();
  await expect(page).toHaveURL(/compare=token-bucket%2Cleaky-queue|compare=token-bucket,leaky-queue/);
  await expect(page.getByTestId(/^lane-card-/)).toHaveCount(2);
});

test('GCRA shows the CL.THROTTLE command and its reply; fast-forward counts an hour', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=redis-cell-15-30-60');
  await lab.step();
  await expect(page.getByTestId('throttle-reply')).toContainText('CL.THROTTLE user123 15 30 60 1');
  await expect(page.getByTestId('throttle-reply')).toContainText('1) (integer) 0');
  await expect(page.getByTestId('throttle-reply')).toContainText('2) (integer) 16');
  await expect(page.getByTestId('throttle-reply')).toContainText('3) (integer) 15');
  await expect(page.getByTestId('throttle-reply')).toContainText('4) (integer) -1');
  await expect(page.getByTestId('throttle-reply')).toContainText('5) (integer) 2');

  await lab.goto('preset=github-5000-per-hour');
  await page.getByTestId('ff-run').click();
  const table = page.getByTestId('ff-table');
  await expect(table).toBeVisible({ timeout: 20_000 });
  await expect(table.locator('tbody tr').first()).toContainText('7,200');
  await expect(table.locator('tbody tr').first()).toContainText('5,000');
  await expect(table.locator('tbody tr').first()).toContainText('2,200');
});

test('a fast-forward whose worker does not load says why, and can be run again once it loads', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=github-5000-per-hour');
  const blocked = /ff-worker[^/]*\.js/;
  await page.route(blocked, (route) => route.abort());
  await page.getByTestId('ff-run').click();
  // The error event of a script that never loaded has no message: the page says what happened.
  await expect(page.getByTestId('fast-forward').getByRole('alert')).toContainText('计算线程没有加载成功');
  await page.unroute(blocked);
  await page.getByTestId('ff-run').click();
  await expect(page.getByTestId('ff-table')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('fast-forward').getByRole('alert')).toHaveCount(0);
});

test('on a phone every label of every picture stays inside its picture', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  const lab = new RateLimitLab(page);
  await lab.goto('preset=compare-all');
  await lab.step();
  await lab.step();
  const outside = await page.locator('svg.rl-svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, b: t.getBoundingClientRect() }))
        .filter(({ b }) => b.width > 0 && Math.max(box.left - b.left, b.right - box.right, box.top - b.top, b.bottom - box.bottom) > 0.5)
        .map(({ text }) => text);
    }),
  );
  expect(outside).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, query, steps] of [
      ['single', 'preset=nginx-10rs-burst5', 12],
      ['single, GCRA', 'preset=redis-cell-15-30-60', 3],
      ['compare', 'preset=notes-gateway-nginx', 60],
    ] as const) {
      test(`axe: ${name}`, async ({ app, page }) => {
        const lab = new RateLimitLab(page);
        await lab.goto(query);
        for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
        await page.getByTestId('predict-toggle').check();
        await expect(page.getByTestId('predict-panel')).toBeVisible();
        await app.expectNoAxeViolations();
      });
    }
  });
}

test('the player plays 1,000 requests per second at 16×', async ({ page }) => {
  // Frame times are measured by `npm run bench` (bench/player-frames.bench.ts), not here: wall-clock
  // numbers flake on shared machines. Here: playing at 16× really moves through the requests.
  const lab = new RateLimitLab(page);
  await lab.goto('algo=token-bucket&rate=500&capacity=100&initial=100&traffic=poisson&trafficRate=1000&duration=60');
  expect(await lab.totalRequests()).toBeGreaterThan(59_000);
  await page.getByRole('combobox', { name: '播放速度 ([ / ])' }).selectOption('16');
  await lab.playButton().click();
  await expect.poll(() => lab.shownIndex(), { timeout: 15_000 }).toBeGreaterThan(1000);
});

test('your own limit_req lines: problems by line as nginx -t reports them, then the lab runs exactly that config', async ({ page }) => {
  const lab = new RateLimitLab(page);
  await lab.goto('preset=nginx-1rs-burst5-batch7');
  await page.getByTestId('own-config').locator('summary').click();
  const text = page.getByTestId('own-config-text');
  await text.fill('limit_req_zone $binary_remote_addr zone=api:10m rate=2r/s;\nlimit_req zone=api burst=0;\nlimit_rq zone=api;');
  await page.getByTestId('own-config-run').click();
  const problems = page.getByTestId('own-config-problems');
  await expect(problems).toContainText('第 2 行：burst 必须是正整数');
  await expect(problems).toContainText('第 3 行：未知指令 "limit_rq"');
  await expect(page).toHaveURL(/preset=nginx-1rs-burst5-batch7/); // nothing applied

  // Without burst nginx's default is 0: the batch of 7 gets one through and six 429s.
  await text.fill(
    'server {\n  location /api/ {\n    limit_req zone=api;\n    limit_req_status 429;\n    proxy_pass http://backend;\n  }\n}\nlimit_req_zone $binary_remote_addr zone=api:10m rate=2r/s;',
  );
  await page.getByTestId('own-config-run').click();
  await expect(page.getByTestId('own-config-ok')).toContainText('zone api');
  await expect(page.getByTestId('own-config-ignored')).toContainText('第 5 行：proxy_pass 与限流无关');
  await expect(page.getByTestId('current-config')).toContainText('limit_req zone=one;');
  await expect(page.getByTestId('current-config')).toContainText('limit_req_status 429;');
  await expect(page).toHaveURL(/algo=nginx/);
  await lab.seek(500);
  const decisions = await lab.decisions();
  expect(decisions).toHaveLength(7);
  expect(decisions.filter((d) => d.includes('429'))).toHaveLength(6);
});
