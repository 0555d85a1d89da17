// The card page's quiz block: each kind answered wrong and right, with the verdict, the right answer
// and the explanation; options shuffled so position gives nothing away; keyboard only for some;
// no axe violations with the block answered. Uses an imported v2 deck (bilingual-deck.ts).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { chooseLanguage, importDeck } from './bilingual-deck.ts';

const item = (page: Page, n: number) => page.locator(`[data-item-id="my-buckets#${n}"]`);
const feedback = (it: Locator) => it.getByTestId('quiz-feedback');

test('choice and true/false items: wrong, then right, with explanations', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await page.goto('/cards/my-buckets');
  await expect(page.getByRole('heading', { name: '自测' })).toBeVisible();
  await expect(page.getByTestId('quiz-item')).toHaveCount(5);

  const single = item(page, 1);
  await expect(single).toContainText('单选');
  await single.getByRole('button', { name: '检查' }).click();
  await expect(feedback(single)).toHaveText('先作答再检查');
  await single.getByLabel('令牌桶').check();
  await single.getByRole('button', { name: '检查' }).click();
  await expect(feedback(single)).toContainText('✗ 答错了');
  await expect(feedback(single)).toContainText('正确答案: 漏桶');
  await expect(feedback(single)).toContainText('这正是漏桶');
  await expect(single.locator('.quiz-option.is-wrong')).toContainText('令牌桶');
  await expect(single.locator('.quiz-option.is-right')).toContainText('漏桶');
  await expect(single.getByLabel('漏桶')).toBeDisabled();
  await single.getByRole('button', { name: '重做' }).click();
  await single.getByLabel('漏桶').check();
  await single.getByRole('button', { name: '检查' }).click();
  await expect(feedback(single)).toContainText('✓ 答对了');
  await expect(feedback(single)).not.toContainText('正确答案');
  await expect(feedback(single)).toContainText('这正是漏桶');
  // Both checks were saved as quiz-answer records (the empty "check" was not an answer).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('interview-lab');
            open.onsuccess = () => {
              const count = open.result
                .transaction('records', 'readonly')
                .objectStore('records')
                .count(IDBKeyRange.bound(['quiz-answer'], ['quiz-answer', []]));
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
      ),
    )
    .toBe(2);

  const multi = item(page, 2);
  await multi.getByLabel('令牌桶，桶里攒着令牌').check();
  await multi.getByRole('button', { name: '检查' }).click();
  await expect(feedback(multi)).toContainText('✗ 答错了');
  await expect(feedback(multi)).toContainText('令牌桶，桶里攒着令牌；limit_req 配上 burst 和 nodelay');
  await multi.getByRole('button', { name: '重做' }).click();
  await multi.getByLabel('令牌桶，桶里攒着令牌').check();
  await multi.getByLabel('limit_req 配上 burst 和 nodelay').check();
  await multi.getByRole('button', { name: '检查' }).click();
  await expect(feedback(multi)).toContainText('✓ 答对了');

  // True/false by keyboard only: focus the first radio, arrow to the other, Enter submits the form.
  const tf = item(page, 3);
  await tf.getByLabel('正确').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(feedback(tf)).toContainText('✗ 答错了');
  await expect(feedback(tf)).toContainText('正确答案: 错误');
  await tf.getByRole('button', { name: '重做' }).press('Enter');
  await tf.getByLabel('错误').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(feedback(tf)).toContainText('✓ 答对了');
  await expect(feedback(tf)).toContainText('突发只是提前花掉攒下的令牌');
});

test('fill and order items: tolerant matching, reordering with buttons', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await page.goto('/cards/my-buckets');

  const fill = item(page, 4);
  await fill.getByLabel('你的答案').fill('rate');
  await fill.getByLabel('你的答案').press('Enter');
  await expect(feedback(fill)).toContainText('✗ 答错了');
  await expect(feedback(fill)).toContainText('正确答案: burst / 桶容量');
  await fill.getByRole('button', { name: '重做' }).click();
  // Full-width letters, upper case and spaces still match.
  await fill.getByLabel('你的答案').fill(' ＢＵＲＳＴ ');
  await fill.getByRole('button', { name: '检查' }).click();
  await expect(feedback(fill)).toContainText('✓ 答对了');
  await expect(feedback(fill)).toContainText('也就是最大突发');

  const order = item(page, 5);
  const steps = order.locator('.quiz-step-text');
  const written = ['按请求的 key 找到它的计数', '按流逝的时间扣减超额', '比较超额和 burst', '放行、延迟或返回 503'];
  await expect(steps).toHaveCount(4);
  // It starts out of order.
  expect(await steps.allTextContents()).not.toEqual(written);
  await order.getByRole('button', { name: '检查' }).click();
  await expect(feedback(order)).toContainText('✗ 答错了');
  await expect(feedback(order).locator('ol li')).toHaveText(written);
  await order.getByRole('button', { name: '重做' }).click();

  // Put each step in place with "move up", by keyboard: focus stays on the moved step.
  for (let target = 0; target < written.length; target++) {
    const texts = await steps.allTextContents();
    let at = texts.indexOf(written[target] ?? '');
    if (at > target) await order.getByRole('button', { name: `上移: ${written[target]}` }).focus();
    while (at > target) {
      await page.keyboard.press('Enter');
      at -= 1;
      await expect(steps.nth(at)).toHaveText(written[target] ?? '');
    }
  }
  await expect(steps).toHaveText(written);
  await order.getByRole('button', { name: '检查' }).click();
  await expect(feedback(order)).toContainText('✓ 答对了');
  await expect(feedback(order)).toContainText('先按时间漏掉旧的超额');
});

test('options are shuffled by item, the same on every visit', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await page.goto('/cards/my-buckets');
  const shown = async () => {
    await expect(item(page, 2).locator('.quiz-option')).toHaveCount(3);
    return Promise.all([1, 2].map((n) => item(page, n).locator('.quiz-option').allTextContents()));
  };
  const first = await shown();
  expect(first.map((options) => options.length)).toEqual([4, 3]);
  expect(first).not.toEqual([
    ['令牌桶', '漏桶', '固定窗口计数', '滑动日志'],
    ['令牌桶，桶里攒着令牌', '没有队列的严格漏桶', 'limit_req 配上 burst 和 nodelay'],
  ]);
  await page.reload();
  expect(await shown()).toEqual(first);
});

test('in English the quiz speaks English and accepts answers of either language', async ({ page }, testInfo) => {
  await importDeck(page, testInfo);
  await chooseLanguage(page, 'en');
  await page.goto('/cards/my-buckets');
  await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
  const single = item(page, 1);
  await expect(single).toContainText('Which algorithm does nginx limit_req use?');
  await single.getByLabel('Token bucket').check();
  await single.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(single)).toContainText('✗ Wrong');
  await expect(feedback(single)).toContainText('Right answer: Leaky bucket');
  await expect(feedback(single)).toContainText('queues or rejects the excess');
  const fill = item(page, 4);
  await fill.getByLabel('Your answer').fill('桶容量');
  await fill.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(fill)).toContainText('✓ Right');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: card page with the quiz block answered (${scheme})`, async ({ app, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await importDeck(page, testInfo);
    await page.goto('/settings');
    await page.getByTestId('show-both-languages').check();
    await page.goto('/cards/my-buckets');
    await expect(page.getByTestId('quiz-item')).toHaveCount(5);
    await app.expectNoAxeViolations();
    await item(page, 1).getByLabel('令牌桶').check();
    await item(page, 1).getByRole('button', { name: '检查' }).click();
    await item(page, 3).getByLabel('错误').check();
    await item(page, 3).getByRole('button', { name: '检查' }).click();
    await item(page, 5).getByRole('button', { name: '检查' }).click();
    await page.getByTestId('other-language').locator('summary').click();
    await expect(feedback(item(page, 5))).toContainText('答错了');
    await app.expectNoAxeViolations();
  });
}
