// Top IPs: a log file with known counts (ties, IPv6, malformed lines) gives the right top 10;
// the seeded sample agrees with the core counter and downloads; N is validated; axe light/dark.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createIpCounter } from '../../src/puzzles/top-ips/core/ip-counter.ts';
import { generateLog } from '../../src/puzzles/top-ips/core/log-generator.ts';
import { expect, test } from './fixtures.ts';

const open = async (page: Page, query = '') => {
  await page.goto(`/puzzles/top-ips${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('nginx 日志里请求最多的 10 个 IP', { timeout: 20_000 }); // the first load on a busy machine
};

/** The table as [ip, count] pairs, read from the rows' data attributes. */
async function tableRows(page: Page): Promise<[string, number][]> {
  const rows = page.getByTestId('top-table').locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-ip') ?? '', Number(tr.getAttribute('data-count'))] as [string, number]));
}

/** A small access log whose answer is known: 14 IPs with planned counts, ties, IPv6, bad lines. */
function knownLog(): { text: string; lines: number; malformed: number; expected: [string, number][] } {
  const plan: [string, number][] = [
    ['10.0.0.1', 30],
    ['192.168.1.20', 25],
    ['2001:db8::7', 25],
    ['172.16.0.5', 19],
    ['8.8.8.8', 12],
    ['10.0.0.10', 12],
    ['10.0.0.2', 12],
    ['9.9.9.9', 12],
    ['fe80::1', 7],
    ['203.0.113.9', 6],
    ['203.0.113.10', 6],
    ['1.1.1.1', 5],
    ['127.0.0.1', 2],
    ['::1', 1],
  ];
  const bad = [
    '- - - [01/Mar/2024:00:00:01 +0000] "GET / HTTP/1.1" 400 0 "-" "-"',
    'unknown - - [x] "GET /health HTTP/1.1" 200 2',
    '',
    '300.1.2.3 - - [x] "GET / HTTP/1.1" 200 0',
    '1.2.3 - - [x] "GET /" 200 0',
    'GET /truncated HTTP/1.1" 200',
  ];
  const lines: string[] = [];
  // Interleave the IPs round-robin so equal IPs are never adjacent (a naive uniq would fail).
  const left = plan.map(([ip, n]) => [ip, n] as [string, number]);
  let sec = 0;
  while (left.some(([, n]) => n > 0)) {
    for (const entry of left) {
      if (entry[1] === 0) continue;
      entry[1]--;
      sec++;
      // Every 5th line starts with blanks: awk skips them, so the line still counts.
      const lead = sec % 5 === 0 ? (sec % 10 === 0 ? '\t' : '   ') : '';
      lines.push(
        `${lead}${entry[0]} - - [01/Mar/2024:00:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')} +0000] "GET /api/v1/orders HTTP/1.1" 200 ${sec * 7} "-" "curl/8.5.0"`,
      );
      if (sec % 9 === 0) lines.push(bad[(sec / 9) % bad.length] ?? '');
    }
  }
  const malformed = lines.length - plan.reduce((s, [, n]) => s + n, 0);
  // Count the way the pipeline does, independently of the app: tally, sort by count desc, ties by
  // IP descending bytewise (what `LC_ALL=C sort -rn` does to `uniq -c` lines).
  const counts = new Map<string, number>();
  for (const [ip, n] of plan) counts.set(ip, n);
  const expected = [...counts].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1)).slice(0, 10);
  return { text: `${lines.join('\n')}\n`, lines: lines.length, malformed, expected };
}

test('a loaded log file gives the right top 10 and counts the malformed lines', async ({ page }) => {
  await open(page);
  const log = knownLog();
  await page.getByTestId('log-file').setInputFiles({ name: 'test-access.log', mimeType: 'text/plain', buffer: Buffer.from(log.text) });
  await expect(page.getByText('来源：test-access.log')).toBeVisible();
  await expect(page.getByTestId('stat-lines')).toHaveText(log.lines.toLocaleString('en-US'));
  await expect.poll(() => tableRows(page)).toEqual(log.expected);
  // Ties are broken by the IP as a string: "10.0.0.10" < "10.0.0.2" < "8.8.8.8" < "9.9.9.9".
  expect(log.expected.slice(4, 8).map(([ip]) => ip)).toEqual(['9.9.9.9', '8.8.8.8', '10.0.0.2', '10.0.0.10']);
  await expect(page.getByTestId('stat-malformed')).toHaveText(String(log.malformed));
  expect(log.malformed).toBeGreaterThan(10);
  await expect(page.getByTestId('stat-distinct')).toHaveText('14');
  // N is validated in place: a bad value keeps the last valid N.
  const n = page.getByRole('textbox', { name: '显示前 N 名 top' });
  await n.fill('3');
  await expect.poll(() => tableRows(page)).toEqual(log.expected.slice(0, 3));
  await expect(page).toHaveURL(/top=3/);
  await n.fill('0');
  await expect(page.getByText('必须在 1–100 之间')).toBeVisible();
  await expect.poll(() => tableRows(page)).toEqual(log.expected.slice(0, 3));
  await n.fill('20');
  await expect.poll(async () => (await tableRows(page)).length).toBe(14);
});

test('the seeded sample is counted on open, agrees with the core counter, and downloads', async ({ page }) => {
  test.slow();
  await open(page, '?lines=5000&seed=7&top=10&malformed=0.01&ipv6=0.2');
  const text = generateLog({ seed: 7, lines: 5000, malformedShare: 0.01, ipv6Share: 0.2 });
  const counter = createIpCounter();
  counter.push(text);
  counter.end();
  await expect(page.getByText('来源：示例日志，5,000 行，种子 7')).toBeVisible();
  await expect(page.getByTestId('stat-lines')).toHaveText('5,000');
  await expect.poll(() => tableRows(page)).toEqual(counter.top(10).map(([ip, c]) => [ip, c]));
  await expect(page.getByTestId('stat-malformed')).toHaveText(String(counter.stats().malformedLines));
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('download-sample').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('access-seed7-5000.log');
  expect(readFileSync(await download.path(), 'utf8')).toBe(text);
});

test('a big sample can be cancelled', async ({ page }) => {
  await open(page, '?lines=2000000');
  await page.getByTestId('cancel-count').click();
  await expect(page.getByText('已取消。')).toBeVisible();
  await expect(page.getByTestId('count-sample')).toBeEnabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`axe: top IPs page with a result (${scheme})`, async ({ app, page }) => {
      test.slow(); // axe over the whole page (workbench editor included) takes seconds on a busy machine
      await open(page);
      await expect(page.getByTestId('top-table')).toBeVisible();
      await app.expectNoAxeViolations();
    });
  });
}
