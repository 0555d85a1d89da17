// The Docker image lab as a user meets it: a Dockerfile edit that misses the cache from the
// changed line on, a Dockerfile that would double its files per stage stopped at the limit, the
// multi-stage image much smaller, a container's copy-up and whiteout in upperdir, stepping through
// docker run's call path, a shared URL reloading to the same state, bad URL values refused with a
// message, and axe.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query: string) {
  await page.goto(`/labs/docker-image?${query}`);
  await expect(page.getByTestId('docker-image-lab')).toBeVisible();
}

const row = (page: Page, line: number) => page.locator(`[data-testid="build-steps"] tr[data-line="${line}"]`);

test('editing a Dockerfile line rebuilds from that line on; a comment edit rebuilds nothing', async ({ page }) => {
  await open(page, 'preset=node-app-deps-first&edit=');
  for (const line of [2, 3, 5, 6, 7, 8, 9, 10]) await expect(row(page, line)).toHaveAttribute('data-cache', 'hit');
  const editor = page.getByTestId('dockerfile');
  const text = await editor.inputValue();
  await editor.fill(text.replace('EXPOSE 3000', 'EXPOSE 8080'));
  for (const line of [2, 3, 5, 6, 7]) await expect(row(page, line)).toHaveAttribute('data-cache', 'hit');
  for (const line of [8, 9, 10]) await expect(row(page, line)).toHaveAttribute('data-cache', 'miss');
  await expect(row(page, 8)).toContainText('这一行改过或是新加的');
  await expect(row(page, 9)).toContainText('第 8 行已经重做');
  // Changing only the comment keeps every step cached.
  await editor.fill(text.replace('# Dependencies first', '# Install dependencies before the sources'));
  for (const line of [2, 3, 5, 6, 7, 8, 9, 10]) await expect(row(page, line)).toHaveAttribute('data-cache', 'hit');
  // An unknown instruction is reported with its line number, and the build waits.
  await editor.fill(`${text}RUNN echo\n`);
  await expect(page.getByTestId('parse-errors')).toContainText('line 11: unknown instruction: RUNN');
});

test('a Dockerfile whose stages copy each other whole stops at the limit, and the page keeps working', async ({ page }) => {
  // Each stage is FROM the one before and copies its whole root: the file count doubles per stage.
  const lines = ['FROM alpine:3.20 AS s0'];
  for (let i = 1; i < 18; i++) lines.push(`FROM s${i - 1} AS s${i}`, `COPY --from=s${i - 1} / /${i}/`);
  const text = lines.join('\n');
  await open(page, `preset=node-app-deps-first&df=${Buffer.from(text).toString('base64url')}`);
  const limit = page.getByTestId('build-limit');
  await expect(limit).toContainText('构建在第 21 行停下了', { timeout: 3_000 });
  await expect(limit).toContainText('上限（10000 个）');
  await expect(limit).toHaveAttribute('data-line', '21');
  await expect(page.getByTestId('dockerfile')).toHaveValue(text);
  // Still responsive: typing goes on, and a situation can be picked and builds.
  await page.getByTestId('dockerfile').press('Control+End');
  await page.getByTestId('dockerfile').pressSequentially('\nUSER node');
  await expect(page.getByTestId('dockerfile')).toHaveValue(`${text}\nUSER node`);
  await expect(limit).toHaveAttribute('data-line', '21');
  await page.getByTestId('preset-select').selectOption('go-multi-stage');
  await expect(page.getByTestId('size-1')).toHaveText('17 MB');
  await expect(page.getByTestId('build-limit')).toHaveCount(0);
});

test('a source edit reinstalls dependencies after COPY . but not when package*.json come first', async ({ page }) => {
  await open(page, 'preset=node-app-copy-all-first');
  await expect(row(page, 4)).toHaveAttribute('data-cache', 'miss');
  await expect(row(page, 4)).toContainText('server.js');
  await expect(row(page, 5)).toHaveAttribute('data-cache', 'miss');
  await page.getByTestId('preset-select').selectOption('node-app-deps-first');
  await expect(row(page, 6)).toHaveAttribute('data-cache', 'hit');
  await expect(row(page, 7)).toHaveAttribute('data-cache', 'miss');
  // Editing package.json too brings the npm ci rebuild back.
  await page.locator('input[data-file="package.json"]').check();
  await expect(row(page, 5)).toHaveAttribute('data-cache', 'miss');
  await expect(row(page, 6)).toHaveAttribute('data-cache', 'miss');
});

test('a multi-stage build ends in a much smaller final image without the builder layers', async ({ page }) => {
  await open(page, 'preset=go-multi-stage');
  await expect(page.getByTestId('size-1')).toHaveText('17 MB');
  await expect(page.getByTestId('size-0')).toHaveText('1 GB');
  await expect(page.getByTestId('multi-stage-compare')).toContainText('小了 61 倍');
  await expect(page.getByTestId('stack-1')).not.toContainText('go build');
  await expect(page.getByTestId('stack-1')).toContainText('COPY --from=builder /out/server /server');
  // docker history lists the config-only instructions too, at 0 B.
  await page.getByText('最终镜像的 docker history').click();
  await expect(page.getByTestId('history').locator('tr', { hasText: 'USER nonroot:nonroot' })).toContainText('0 B');
});

test('a write copies the file up, a delete leaves a whiteout, a re-made directory is opaque', async ({ page }) => {
  await open(page, 'preset=node-app-deps-first');
  const upper = page.getByTestId('upperdir');
  await expect(upper).toContainText('容器还没改任何东西');
  await page.getByTestId('op-path').fill('/app/server.js');
  await page.getByTestId('op-bytes').fill('120');
  await page.getByTestId('op-add').click();
  await expect(upper.locator('[data-kind="file"]')).toContainText('/app/server.js 3.2 kB');
  await expect(upper).toContainText('copy-up 3.1 kB');
  await page.getByTestId('op-kind').selectOption('delete');
  await page.getByTestId('op-path').fill('/app/README.md');
  await page.getByTestId('op-add').click();
  await expect(upper.locator('[data-kind="whiteout"]')).toContainText('/app/README.md');
  await expect(page.getByTestId('tar-names')).toContainText('/app/.wh.README.md');
  await expect(page.getByTestId('merged')).not.toContainText('README.md');
  await page.getByTestId('op-path').fill('/app/src');
  await page.getByTestId('op-add').click();
  await page.getByTestId('op-kind').selectOption('mkdir');
  await page.getByTestId('op-add').click();
  await expect(upper.locator('[data-kind="opaque-dir"]')).toContainText('/app/src');
  await expect(page.getByTestId('tar-names')).toContainText('/app/src/.wh..wh..opq');
  // The commit/save/export table follows the container.
  const outputs = page.getByTestId('outputs');
  await expect(outputs.locator('tr[data-row="layers"] td[data-command="commit"]')).toHaveText('10');
  await expect(outputs.locator('tr[data-row="names"] td[data-command="commit"]')).toContainText('/app/.wh.README.md');
  await expect(outputs.locator('tr[data-row="layers"] td[data-command="export"]')).toHaveText('1');
  await expect(outputs.locator('tr[data-row="config"] td[data-command="export"]')).toContainText('丢失');
  await expect(outputs.locator('tr[data-row="changes"] td[data-command="save"]')).toContainText('否');
});

test('stepping through docker run, and a dockerd restart with and without live-restore', async ({ page }) => {
  await open(page, 'preset=docker-run-call-path');
  const step = page.getByTestId('call-step');
  await expect(step).toHaveAttribute('data-step', 'cli-create');
  await expect(step).toContainText('/var/run/docker.sock');
  const next = page.getByRole('button', { name: '前进一步 (→)' });
  for (let i = 0; i < 7; i++) await next.click();
  await expect(step).toHaveAttribute('data-step', 'running');
  await expect(step.locator('pre')).toContainText('containerd-shim-runc-v2');
  await expect(step.locator('pre')).not.toContainText('runc init');
  for (let i = 0; i < 2; i++) await next.click();
  await expect(step).toHaveAttribute('data-step', 'dockerd-down');
  await expect(page.getByTestId('container-state')).toHaveText('容器在运行');
  await page.getByTestId('live-restore').uncheck();
  await expect(page).toHaveURL(/live=0/);
  for (let i = 0; i < 9; i++) await next.click();
  await expect(step).toHaveAttribute('data-step', 'dockerd-down');
  await expect(page.getByTestId('container-state')).toHaveText('容器没在运行');
});

test('a shared URL reloads to the same state', async ({ page }) => {
  await open(page, 'preset=python-slim');
  const editor = page.getByTestId('dockerfile');
  await editor.fill((await editor.inputValue()).replace('EXPOSE 8000', 'EXPOSE 9000'));
  await page.getByTestId('op-add').click();
  await expect(page).toHaveURL(/df=/);
  await expect(page).toHaveURL(/ops=/);
  const url = page.url();
  const cells = async () =>
    page.locator('[data-testid="build-steps"] tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-line')}:${r.getAttribute('data-cache')}`));
  const before = await cells();
  await page.goto(url);
  await expect(page.getByTestId('dockerfile')).toHaveValue(/EXPOSE 9000/);
  expect(await cells()).toEqual(before);
  await expect(page.getByTestId('upperdir')).toContainText('/app/server.js');
});

test('bad URL values are refused with a message while the lab runs', async ({ page }) => {
  await open(page, 'preset=go-multi-stage&df=%%%&ops=x:y&live=maybe');
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('df（Dockerfile 文本）不是有效的 base64url');
  await expect(problems).toContainText('ops 格式不对');
  await expect(problems).toContainText('live 必须是 1 或 0');
  await expect(page.getByTestId('size-1')).toHaveText('17 MB');
});

test('no sideways scroll on a phone, and no axe violations', async ({ page, app }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, 'preset=overlay-write-delete');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
