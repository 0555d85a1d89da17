// A small deck in format v2 (content/FORMAT.md): two languages, all five quiz kinds, and an
// English-only card. Imported through the settings page, so these specs do not depend on the
// built-in decks' content.
import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures.ts';

export const BILINGUAL_DECK = `---
id: my-bilingual
title: 我的双语卡组
title_en: My bilingual deck
order: 21
labs: [rate-limiting]
---

## 令牌桶和漏桶有什么区别？ {#my-buckets}
en: How does a token bucket differ from a leaky bucket?

令牌桶允许突发，漏桶把输出整形成恒定速率。

### 要点
- 令牌桶按速率放令牌，桶满即止，允许一次突发
- 漏桶让请求排队，按恒定速率流出
- nginx 的 \`limit_req\` 是漏桶，\`burst\` 是队列长度

### 追问
- [nginx 限流怎么配？](card:nginx-limit-req)

### 自测
#### single: nginx 的 \`limit_req\` 用的是哪种算法？
- [ ] 令牌桶
- [x] 漏桶
- [ ] 固定窗口计数
- [ ] 滑动日志
> \`limit_req\` 按固定速率处理请求，超出的排队或拒绝，这正是漏桶。

#### multi: 哪些做法允许短时突发？
- [x] 令牌桶，桶里攒着令牌
- [ ] 没有队列的严格漏桶
- [x] \`limit_req\` 配上 \`burst\` 和 \`nodelay\`
> 攒下的令牌和 burst 队列都能吸收突发，严格漏桶不能。

#### true-false: 令牌桶的长期平均放行速率可以超过放令牌的速率。
answer: false
> 长期看放行数不会超过放进桶里的令牌数，突发只是提前花掉攒下的令牌。

#### fill: 令牌桶一次最多放行多少请求由哪个参数决定？填参数名。
answer: burst | 桶容量
> 桶的容量就是攒下的令牌上限，也就是最大突发。

#### order: 把 \`limit_req\` 处理一个请求的步骤排好序。
1. 按请求的 key 找到它的计数
2. 按流逝的时间扣减超额
3. 比较超额和 burst
4. 放行、延迟或返回 503
> 先按时间漏掉旧的超额，再看这次请求会不会让超额超过 burst。

::: en

A token bucket allows bursts; a leaky bucket drains at a steady rate, like a metronome.<img src="x" alt="" onerror="window.__pwned = true">

### Key points
- A token bucket refills at a rate up to its size, so a burst can pass at once
- A leaky bucket queues requests and lets them out at a constant rate
- nginx \`limit_req\` is a leaky bucket; \`burst\` is the queue length

### Follow-ups
- [How do you configure nginx rate limiting?](card:nginx-limit-req)

### Quiz
#### single: Which algorithm does nginx \`limit_req\` use?
- [ ] Token bucket
- [x] Leaky bucket
- [ ] Fixed window counter
- [ ] Sliding log
> \`limit_req\` processes requests at a fixed rate and queues or rejects the excess: a leaky bucket.

#### multi: Which of these let a short burst through?
- [x] A token bucket with saved tokens
- [ ] A strict leaky bucket with no queue
- [x] \`limit_req\` with \`burst\` and \`nodelay\`
> Saved tokens and a burst queue both absorb a burst; a strict leaky bucket cannot.

#### true-false: Over the long run a token bucket can pass more requests than it refills.
answer: false
> In the long run it cannot pass more than the tokens put in; a burst only spends saved tokens early.

#### fill: Which parameter sets the largest burst a token bucket lets through?
answer: burst | capacity
> The bucket's size caps the saved tokens, which is the largest burst.

#### order: Put the steps of \`limit_req\` handling a request in order.
1. Look up the counter for the request's key
2. Drain the excess by the time elapsed
3. Compare the excess with burst
4. Pass, delay or return 503
> First leak the old excess by time, then see whether this request pushes the excess over burst.

## What is a retry budget? {#my-retry-budget}

::: en

A cap on retries as a share of normal traffic, so retries cannot multiply load during an outage.

### Key points
- Retries limited to about 10% of requests
- Stops retry storms
- Complements backoff with jitter
`;

/** Imports a deck file through the settings page, as a user would. */
export async function importDeck(page: Page, testInfo: TestInfo, name = 'my-bilingual.md', text = BILINGUAL_DECK) {
  await page.goto('/settings');
  const file = testInfo.outputPath(name);
  await writeFile(file, text);
  await page.getByTestId('import-deck-input').setInputFiles(file);
  await expect(page.getByTestId('deck-problems')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
  // The deck is saved in IndexedDB asynchronously; navigating before the write lands would lose it.
  await expect.poll(() => savedDeckFiles(page)).toContain(name);
}

/** File names of the imported decks saved in IndexedDB (store `values`, key `imported-decks`). */
async function savedDeckFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const raw = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open('interview-lab');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('values')) {
          db.close();
          resolve(null);
          return;
        }
        const get = db.transaction('values', 'readonly').objectStore('values').get('imported-decks');
        get.onsuccess = () => {
          db.close();
          resolve(get.result);
        };
        get.onerror = () => {
          db.close();
          resolve(null);
        };
      };
      open.onerror = () => resolve(null);
    });
    const value = (raw as { value?: unknown } | null)?.value;
    return Array.isArray(value) ? value.map((s) => String((s as { file?: unknown }).file)) : [];
  });
}

/** Switches the UI language on the settings page. */
export async function chooseLanguage(page: Page, language: 'zh' | 'en') {
  await page.goto('/settings');
  await page
    .locator('select')
    .filter({ has: page.locator('option[value="en"]') })
    .selectOption(language);
}
