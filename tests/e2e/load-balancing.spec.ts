// The load-balancing lab as a user meets it: from a card's "try it" link to nginx's 5:1:1 smooth
// weighted round robin, switching algorithms, adding and removing servers on a hash ring and
// reading how many keys moved, sharing and reloading the URL, bad URL values, a link past the ring
// or request cap, compare mode, accessibility in light and dark, and the player's smoothness at
// 1,000 requests per second.
import { expect, test } from './fixtures.ts';
import { LoadBalancingLab } from './load-balancing-page.ts';

test('a card\'s "try it" link opens nginx 5:1:1, and the trace picks a a b a c a a', async ({ page }) => {
  const lab = new LoadBalancingLab(page);
  await page.goto('/cards/smooth-weighted-round-robin');
  const link = page.locator('a[href*="/labs/load-balancing?preset=nginx-swrr-5-1-1"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/load-balancing\?preset=nginx-swrr-5-1-1$/);
  await lab.ready();
  await expect(page.getByTestId('preset-select')).toHaveValue('nginx-swrr-5-1-1');
  await expect(page.getByTestId('related-cards')).toContainText('平滑加权轮询');

  // The first request is at t = 0; six more steps with the keyboard.
  expect(await lab.shownIndex()).toBe(1);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  expect(await lab.shownIndex()).toBe(7);
  expect(await lab.pickSequence()).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  // The current_weight table of every pick: the 7th pick adds to [-2,... ] → [7, 0, 0] then back to zero.
  await expect(page.getByTestId('swrr-table').getByTestId('swrr-chosen')).toHaveText(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('[7, 0, 0]');
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('变为 [0, 0, 0]');

  // Another algorithm on the same stream: plain round robin ignores the weights.
  await lab.algorithmSelect().selectOption('round-robin');
  await expect(page).toHaveURL(/algo=round-robin/);
  await expect(page.getByTestId('upstream-picture')).toHaveAttribute('data-algorithm', 'round-robin');
  await expect.poll(() => lab.pickSequence()).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  await lab.algorithmSelect().selectOption('least-conn');
  await expect(page).toHaveURL(/algo=least-conn/);
  await expect(lab.traceTable().locator('tbody tr').first()).toContainText('conns/weight');
});

test('adding and removing a server on the hash ring shows the share of keys that move', async ({ page }) => {
  const lab = new LoadBalancingLab(page);
  await lab.goto('preset=hash-consistent');
  await expect(page.getByTestId('hash-ring')).toBeVisible();
  // The preset itself removes the fourth server at 10 s: only its quarter of the keys moves.
  await expect(lab.movedRows()).toHaveCount(1);
  const presetMove = await lab.movedShare(lab.movedRows().first());
  expect(presetMove).toBeGreaterThan(0.15);
  expect(presetMove).toBeLessThan(0.35);

  await lab.seek(5000);
  await lab.act('add');
  await expect(page).toHaveURL(/actions=5000\.add/);
  await expect(lab.movedRows()).toHaveCount(2);
  await expect(lab.movedRows().first()).toContainText('新增服务器 10.0.0.5:8080');
  const added = await lab.movedShare(lab.movedRows().first());
  expect(added).toBeGreaterThan(0.1);
  expect(added).toBeLessThan(0.35);
  // The player stayed at the moment of the action, and the new server is in the picture.
  await expect(lab.time).toContainText('t = 5.00 s');
  await expect(page.locator('.lb-box[data-server="e"]')).toBeVisible();

  await lab.seek(7000);
  await lab.act('remove', '10.0.0.2:8080');
  await expect(page).toHaveURL(/actions=5000\.add%2C7000\.remove\.2/);
  await expect(lab.movedRows()).toHaveCount(3);
  await expect(lab.movedRows().nth(1)).toContainText('移除服务器 10.0.0.2:8080');
  expect(await lab.movedShare(lab.movedRows().nth(1))).toBeLessThan(0.35);
  await expect(page.getByTestId('action-list')).toContainText('移除 b');

  // Modulo hashing on the same changes: most keys move.
  await lab.algorithmSelect().selectOption('hash-modulo');
  await expect(page.getByTestId('modulo-picture')).toBeVisible();
  expect(await lab.movedShare(lab.movedRows().first())).toBeGreaterThan(0.5);
  await expect(page.getByTestId('what-if')).toContainText('hash $key consistent');
});

test('reloading the shared URL gives the same trace, for someone else too', async ({ page, browser }) => {
  const lab = new LoadBalancingLab(page);
  await lab.goto('preset=p2c');
  await lab.paramInput('seed').fill('77');
  await expect(page).toHaveURL(/seed=77/);
  await lab.seek(3000);
  await page.getByTestId('send-one').click();
  await expect(page).toHaveURL(/actions=3000\.send/);
  await lab.seek(3500);
  const trace = await lab.traceText();
  expect(trace).toContain('随机抽两台');
  await expect(page).toHaveURL(/[?&]t=3[45]\d\d(&|$)/);
  const url = page.url();

  await page.reload();
  await lab.ready();
  await expect.poll(() => lab.traceText()).toBe(trace);

  // The shared link opens at the same moment, without seeking.
  const other = await browser.newPage();
  const otherLab = new LoadBalancingLab(other);
  await other.goto(url);
  await otherLab.ready();
  await expect.poll(() => otherLab.traceText()).toBe(trace);
  await other.close();
});

test('bad values in the URL or a field are refused with a message, and the lab keeps running', async ({ page }) => {
  const lab = new LoadBalancingLab(page);
  await lab.goto('preset=nginx-swrr-5-1-1&weights=5,0,1&rate=NaN&actions=oops&algo=magic');
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('weights 必须是');
  await expect(problems).toContainText('rate 必须是');
  await expect(problems).toContainText('actions 第 1 项');
  await expect(problems).toContainText('algo 只能是');
  await expect(lab.fieldError('weights')).toContainText('weights 必须是');
  await expect(lab.fieldError('rate')).toContainText('rate 必须是');
  // The run uses the preset's values: 5,1,1 at 7 requests per second.
  await expect(lab.paramInput('weights')).toHaveValue('5,1,1');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  expect(await lab.pickSequence()).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);

  // Typing a bad list keeps the text, shows why, and the run stays as it was.
  await lab.paramInput('weights').fill('5,-1');
  await expect(lab.fieldError('weights')).toContainText('weights 必须是 1–32 个 1–100 之间的整数');
  await lab.paramInput('weights').fill('');
  await expect(lab.fieldError('weights')).toBeVisible();
  expect(await lab.pickSequence()).toEqual(['a', 'a', 'b', 'a', 'c', 'a', 'a']);
  await lab.paramInput('weights').fill('3,1');
  await expect(page).toHaveURL(/weights=3%2C1/);
  await expect(lab.fieldError('weights')).toHaveCount(0);
});

test('a link asking for a huge hash ring or an oversized spike is refused at once, and the rest of it still plays', async ({ page }) => {
  const lab = new LoadBalancingLab(page);
  const weights = Array(32).fill(100).join(',');
  // 32 servers × weight 100 × 1000 virtual nodes: 3.2 million ring points, seconds of main thread before the cap.
  await page.goto(`/labs/load-balancing?algo=ring&weights=${weights}&vnodes=1000&rate=50&duration=8&seed=7&down=3`);
  await expect(lab.fieldError('vnodes')).toContainText('vnodes 让哈希环太大：最多 51200 个点', { timeout: 8_000 });
  // Even at 100 virtual nodes nginx's ring for these weights is too big for the moved-keys table, so the algorithm goes back too.
  await expect(lab.fieldError('algo')).toContainText('algo 让哈希环太大：最多 51200 个点，现在是总权重 3200 × 每单位权重 160 个点 = 512000 个');
  await expect(page.getByTestId('url-problems')).toContainText('= 3200000 个');
  await expect(lab.paramSelect('algo')).toHaveValue('swrr');
  // Everything else the link set stays.
  await expect(lab.paramInput('weights')).toHaveValue(weights);
  await expect(lab.paramInput('down')).toHaveValue('3');
  await expect(lab.paramInput('rate')).toHaveValue('50');
  await expect(lab.paramInput('duration')).toHaveValue('8');
  await expect(lab.paramInput('seed')).toHaveValue('7');
  // The page answers: a step, then play and pause.
  const first = await lab.shownIndex();
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect.poll(() => lab.shownIndex()).toBe(first + 1);
  await lab.playButton().click();
  await expect.poll(() => lab.shownIndex()).toBeGreaterThan(first + 2);
  await lab.playButton().click();
  await expect(lab.playButton()).toContainText('播放');

  // A spike at 100,000 requests per second for 5 s: 500,000 steady plus 100,000 at once.
  await page.goto('/labs/load-balancing?traffic=spike&rate=100000&duration=5&seed=7&algo=least-conn&weights=3,1');
  await expect(lab.fieldError('rate')).toContainText('traffic=spike 时这组参数会发出最多 600000 个', { timeout: 8_000 });
  await expect(lab.paramInput('rate')).toHaveValue('200');
  await expect(lab.paramSelect('traffic')).toHaveValue('spike');
  await expect(lab.paramSelect('algo')).toHaveValue('least-conn');
  await expect(lab.paramInput('weights')).toHaveValue('3,1');
  await expect(lab.paramInput('duration')).toHaveValue('5');
  await expect(lab.paramInput('seed')).toHaveValue('7');
  // 200 per second for 5 s plus a spike of 200.
  expect(await lab.totalRows()).toBeGreaterThanOrEqual(1200);
  const start = await lab.shownIndex();
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect.poll(() => lab.shownIndex()).toBe(start + 1);

  // nginx's ring for 32 servers of weight 10 is exactly at the cap: adding a server by hand is held back, with the reason.
  await lab.goto(`preset=hash-consistent&weights=${Array(32).fill(10).join(',')}`);
  await expect(page.getByTestId('url-problems')).toHaveCount(0);
  await expect(page.getByTestId('action-add')).toBeDisabled();
  await expect(page.getByTestId('action-controls')).toContainText('哈希环就会超过 51,200 个点');
});

test('compare mode runs the same stream through several algorithms side by side', async ({ page }) => {
  const lab = new LoadBalancingLab(page);
  await lab.goto('preset=compare-all');
  const table = page.getByTestId('compare-table');
  await expect(table.locator('tbody tr')).toHaveCount(11, { timeout: 30_000 });
  // least_conn sheds nothing where round robin overloads the slow server.
  expect(Number(await table.locator('tr[data-algorithm="least-conn"] [data-testid="compare-dropped"]').textContent())).toBe(0);
  expect(Number(await table.locator('tr[data-algorithm="round-robin"] [data-testid="compare-dropped"]').textContent())).toBeGreaterThan(0);
  await table.locator('tr[data-algorithm="p2c"]').getByRole('button', { name: '播放这个' }).click();
  await expect(page).toHaveURL(/algo=p2c/);
  await expect(lab.algorithmSelect()).toHaveValue('p2c');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`axe: load-balancing lab (${scheme})`, async ({ app, page }) => {
      // Two full pages through axe, on a machine shared with other builds: allow the slow budget.
      test.slow();
      const lab = new LoadBalancingLab(page);
      await lab.goto('preset=nginx-swrr-5-1-1');
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await app.expectNoAxeViolations();
      await lab.goto('preset=hash-consistent&actions=4000.add&compare=hash-modulo,hash-consistent');
      await lab.seek(6000);
      await expect(page.getByTestId('ring-key')).toBeVisible();
      await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 30_000 });
      await app.expectNoAxeViolations();
    });
  });
}

test('the player plays 1,000 requests per second at 16× to the end', async ({ page }) => {
  // Frame times are measured by `npm run bench` (bench/player-frames.bench.ts), not here.
  const lab = new LoadBalancingLab(page);
  await lab.goto('algo=least-conn&weights=1,1,1,1&rate=1000&duration=20&traffic=poisson');
  expect(await lab.totalRows()).toBeGreaterThan(19_000);
  await page.getByRole('combobox', { name: '播放速度 ([ / ])' }).selectOption('16');
  await lab.playButton().click();
  // 20 s of virtual time at 16×: the end comes in ~1.3 s, and the player stops there.
  await expect.poll(() => lab.shownIndex(), { timeout: 20_000 }).toBeGreaterThan(15_000);
  await expect(lab.playButton()).toContainText('播放');
});

test('your own upstream block runs with your server names; a bad line is refused by line', async ({ page }) => {
  await page.goto('/labs/load-balancing');
  const panel = page.getByTestId('own-upstream');
  await panel.locator('summary').click();
  await page.getByTestId('own-upstream-text').fill('upstream api {\n  least_conn;\n  server 10.1.0.5:8080 weight=0;\n}');
  await page.getByTestId('own-upstream-run').click();
  await expect(page.getByTestId('own-upstream-problems')).toContainText('第 3 行');
  await expect(page.getByTestId('own-upstream-problems')).toContainText('"weight=0"（invalid parameter）');
  await expect(page).not.toHaveURL(/names=/);

  await page
    .getByTestId('own-upstream-text')
    .fill(
      'upstream api {\n  least_conn;\n  server 10.1.0.5:8080 weight=3 max_fails=2 fail_timeout=30s;\n  server 10.1.0.6:8080;\n  server 10.1.0.7:8080 down;\n}',
    );
  await page.getByTestId('own-upstream-run').click();
  await expect(page.getByTestId('own-upstream-ok')).toHaveText('已按 upstream api 运行：3 台服务器，算法 least-conn');
  await expect(page).toHaveURL(/algo=least-conn/);
  await expect(page).toHaveURL(/names=10\.1\.0\.5%3A8080%2C10\.1\.0\.6%3A8080%2C10\.1\.0\.7%3A8080/);
  await expect(page.getByTestId('action-server')).toContainText('10.1.0.6:8080');
  // The shared URL is the same configuration.
  await page.reload();
  await expect(page.getByTestId('action-server')).toContainText('10.1.0.7:8080');
  await expect(page.getByTestId('url-problems')).toHaveCount(0);
});

test('backup servers from your upstream block take the traffic only when no primary can', async ({ page }) => {
  await page.goto('/labs/load-balancing');
  await page.getByTestId('own-upstream').locator('summary').click();
  await page
    .getByTestId('own-upstream-text')
    .fill('upstream api {\n  server 10.1.0.5:8080 down;\n  server 10.1.0.6:8080 backup;\n  server 10.1.0.7:8080 backup weight=2;\n}');
  await page.getByTestId('own-upstream-run').click();
  await expect(page.getByTestId('own-upstream-ok')).toHaveText('已按 upstream api 运行：3 台服务器，算法 swrr');
  await expect(page).toHaveURL(/backup=2%2C3|backup=2,3/);
  await expect(page.getByTestId('server-backup')).toHaveCount(2);
  // The only primary is down: requests go to the backups, 1:2 by weight.
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(page.getByTestId('current-request')).toContainText('→ 10.1.0.7:8080');
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(page.getByTestId('current-request')).toContainText('→ 10.1.0.6:8080');
  await page.reload();
  await expect(page.getByTestId('server-backup')).toHaveCount(2);
  await expect(page.getByTestId('url-problems')).toHaveCount(0);
});
