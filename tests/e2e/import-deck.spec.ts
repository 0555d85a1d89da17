import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const GOOD = `---
id: my-notes
title: 我的补充
title_en: My additions
order: 20
labs: [rate-limiting]
---

## 限流被触发时返回什么状态码？ {#my-429}
en: What status code when rate limited?

一般返回 429，nginx limit_req 默认 503。<img src="x" onerror="window.__pwned = true">

### 要点
- 429 Too Many Requests
- 带上 Retry-After
- 见 [nginx 的限流](card:nginx-limit-req)
`;

test('import a Markdown deck: checked by the parser, sanitized, studied like any deck', async ({ app, page }, testInfo) => {
  await page.goto('/settings');
  const bad = testInfo.outputPath('broken.md');
  await writeFile(bad, GOOD.replace(' {#my-429}', '').replace('card:nginx-limit-req', 'card:nowhere'));
  await page.getByTestId('import-deck-input').setInputFiles(bad);
  // In the UI's language, with the line.
  await expect(page.getByTestId('deck-problems')).toContainText('broken.md:9: 卡片“限流被触发时返回什么状态码？”没有 id');
  await expect(page.getByTestId('deck-problems')).not.toContainText('has no id');

  const good = testInfo.outputPath('my-notes.md');
  await writeFile(good, GOOD);
  await page.getByTestId('import-deck-input').setInputFiles(good);
  await expect(page.getByText('已导入卡组: my-notes.md')).toBeVisible();

  await app.gotoHome();
  await expect(app.deckTile('my-notes').tile).toContainText('我的补充');
  expect(await app.counts('my-notes')).toEqual({ new: 1, due: 0, learned: 0 });

  await page.goto('/cards/my-429');
  await expect(page.locator('.answer')).toContainText('一般返回 429');
  await expect(page.locator('.answer a[href="/cards/nginx-limit-req"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.locator('.answer img[onerror]').count()).toBe(0);

  // Its cards are searched like the built-in ones, by question and by answer.
  await page.goto('/search?q=Retry-After');
  await expect(page.locator('.search-results li').filter({ hasText: '限流被触发时返回什么状态码？' })).toContainText('我的补充');
  await page.getByRole('link', { name: '限流被触发时返回什么状态码？' }).click();
  await expect(page).toHaveURL(/\/cards\/my-429$/);

  await page.goto('/decks/my-notes/study');
  await app.gradeWithKeys(3);
  await page.reload();
  await app.gotoHome();
  expect(await app.counts('my-notes')).toEqual({ new: 0, due: 0, learned: 1 });
});
