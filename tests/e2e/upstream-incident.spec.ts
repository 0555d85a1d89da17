// The incident lab as a user meets it: the notes' question "traffic spikes and it all lands on one
// upstream: how do you investigate?", opened from its answer card, walked step by step to the
// diagnosis and the fix; the access log's filters; bad URL values; axe in light and dark.
import { expect, test } from './fixtures.ts';
import { STEP_IDS, UpstreamIncidentLab } from './upstream-incident-page.ts';

test('from the answer card to the diagnosis: hot key, every checklist step, the fix', async ({ page }) => {
  const lab = new UpstreamIncidentLab(page);
  await page.goto('/cards/upstream-hotspot');
  const link = page.locator('a[href*="/labs/upstream-incident?preset=flash-sale"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/labs\/upstream-incident\?preset=flash-sale$/);
  await lab.ready();
  await expect(page.getByTestId('preset-select')).toHaveValue('flash-sale');

  // The symptom: one upstream takes most of the traffic.
  const before = await lab.shares();
  expect(Math.max(...Object.values(before))).toBeGreaterThan(0.7);
  await expect(page.getByTestId('incident-config')).toContainText('hash $request_uri consistent;');

  // Run every step; only the symptom and the hash-key distribution look abnormal.
  for (const id of STEP_IDS) await lab.runStep(id);
  await expect(page.getByTestId('steps-done')).toHaveText('已执行 6 / 6 步');
  await expect(lab.step('upstream-addr')).toHaveClass(/is-suspicious/);
  await expect(lab.step('hash-keys')).toHaveClass(/is-suspicious/);
  for (const id of ['weights', 'client-ips', 'error-log', 'connections']) await expect(lab.step(id)).toHaveClass(/is-normal/);
  await expect(page.getByTestId('evidence-hash-keys')).toContainText('/api/items/sku');
  await expect(page.getByTestId('evidence-error-log')).toContainText('error log 里没有');

  // A wrong answer is explained from the evidence…
  await lab.answer('weight-typo');
  await expect(lab.result()).toContainText('不对');
  await expect(lab.result()).toContainText('检查 upstream 配置里的权重');
  await expect(page.getByTestId('fix')).toHaveCount(0);
  await lab.answer('faster-server');
  await expect(lab.result()).toContainText('p99');
  // …the right one shows why, then the fix as a config diff and the before/after numbers.
  await lab.answer('hot-key');
  await expect(lab.result()).toContainText('答对了');
  const diff = page.getByTestId('config-diff');
  await expect(diff).toContainText('- ');
  await expect(diff.locator('.ui-del')).toContainText(['hash $request_uri consistent;']);
  await expect(diff.locator('.ui-add').filter({ hasText: 'least_conn;' })).toHaveCount(1);
  await expect(page.getByTestId('fix-effect')).toContainText('同样的流量重放到修复后的配置');
  // The fix adds a 1 s proxy_cache: the replay answers most of the hot key from the cache.
  await expect(page.getByTestId('fix-effect')).toContainText(/\d+ 个请求由 proxy_cache 直接返回/);
  const after = await lab.shares('fixed-shares');
  expect(Math.max(...Object.values(after))).toBeLessThan(0.45);
});

test('the scenario list names symptoms, and no diagnosis is taken before some evidence', async ({ page }) => {
  const lab = new UpstreamIncidentLab(page);
  await lab.goto('preset=partner-promotion');
  const titles = await page.getByTestId('preset-select').locator('option').allInnerTexts();
  expect(titles).toHaveLength(5);
  for (const t of titles) expect(t).not.toMatch(/ip_hash|NAT|CDN|热点|权重|max_fails|长连接|keepalive/);
  await expect(page.getByTestId('symptom')).toContainText('14:00:08');
  await page.getByTestId('answer-nat-ip-hash').check();
  await expect(page.getByTestId('submit-diagnosis')).toBeDisabled();
  await expect(page.getByTestId('needs-evidence')).toBeVisible();
  await lab.runStep('client-ips');
  await expect(page.getByTestId('needs-evidence')).toHaveCount(0);
  await page.getByTestId('submit-diagnosis').click();
  await expect(lab.result()).toContainText('答对了');
});

test('the access log scrolls in a window and filters by upstream and client address', async ({ page }) => {
  const lab = new UpstreamIncidentLab(page);
  await lab.goto('preset=partner-promotion');
  const [all, total] = await lab.logCount();
  expect(all).toBe(total);
  expect(total).toBeGreaterThan(5000);
  // Only a window of lines is in the DOM.
  const log = page.getByTestId('access-log');
  expect(await log.locator('.ui-log-line').count()).toBeLessThan(60);
  await log.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
    el.dispatchEvent(new Event('scroll'));
  });
  await expect(log.locator('.ui-log-line').first()).not.toContainText('[12/Mar/2024:14:00:00');

  await page.getByTestId('filter-ip').fill('198.51.100.');
  await expect.poll(async () => (await lab.logCount())[0]).toBeLessThan(total);
  const [fromCdn] = await lab.logCount();
  expect(fromCdn).toBeGreaterThan(1000);
  for (const line of await log.locator('.ui-log-line').allInnerTexts()) expect(line.startsWith('198.51.100.')).toBe(true);
  // Every CDN line went to the same upstream: filtering by the others leaves none of them.
  const upstreams = await page
    .getByTestId('filter-upstream')
    .locator('option')
    .evaluateAll((o) => (o as HTMLOptionElement[]).map((x) => x.value).filter((v) => v.includes(':')));
  const counts: number[] = [];
  for (const u of upstreams) {
    await page.getByTestId('filter-upstream').selectOption(u);
    await expect(log).toBeVisible();
    counts.push((await lab.logCount())[0]);
  }
  expect(counts.filter((c) => c > 0)).toEqual([fromCdn]);
});

test('bad URL values show a message and the lab runs the default scenario', async ({ page }) => {
  const lab = new UpstreamIncidentLab(page);
  await lab.goto('preset=nope&seed=abc');
  await expect(page.getByTestId('url-problems')).toContainText('preset 只能是');
  await expect(page.getByTestId('url-problems')).toContainText('seed 必须是');
  await expect(page.locator('.param-field:has([data-param="seed"]) .field-error')).toContainText('seed 必须是');
  await expect(page.getByTestId('preset-select')).toHaveValue('flash-sale');
  await expect(page.getByTestId('incident-config')).toContainText('hash $request_uri consistent;');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`axe: upstream-incident lab (${scheme})`, async ({ app, page }) => {
      // Two full pages through axe, on a machine shared with other builds: allow the slow budget.
      test.slow();
      const lab = new UpstreamIncidentLab(page);
      await lab.goto('preset=after-network-blip');
      for (const id of STEP_IDS) await lab.runStep(id);
      await lab.answer('hot-key');
      await expect(lab.result()).toContainText('不对');
      await lab.answer('max-fails-down');
      await expect(page.getByTestId('fix')).toBeVisible();
      await app.expectNoAxeViolations();
    });
  });
}
