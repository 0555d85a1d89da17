// BFS by level: enter a tree, see its levels; a malformed array is refused in place; the BFS steps
// play with the player; the tree can be edited by clicking; axe in light and dark.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const open = async (page: Page, query = '') => {
  await page.goto(`/puzzles/bfs-levels${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二叉树按层输出（BFS）', { timeout: 20_000 }); // the first load on a busy machine
};
const output = (page: Page) => page.getByTestId('bfs-output');
const stepForward = (page: Page) => page.getByRole('button', { name: '前进一步 (→)' }).click();

test('entering an array prints one line per level, and the URL keeps it', async ({ page }) => {
  await open(page);
  await expect(output(page)).toHaveText('3\n9 20\n15 7');
  await page.getByTestId('tree-array').fill('[1,2,3,4,null,null,5]');
  await expect(output(page)).toHaveText('1\n2 3\n4 5');
  await expect(page).toHaveURL(/tree=%5B1%2C2%2C3%2C4%2Cnull%2Cnull%2C5%5D/);
  await page.getByRole('radio', { name: '之字形（103）' }).click(); // the URL holds the variant: the radio shows it once the page has re-rendered
  await expect(output(page)).toHaveText('1\n3 2\n4 5');
  await page.reload();
  await expect(output(page)).toHaveText('1\n3 2\n4 5');
  await page.getByRole('radio', { name: '右视图（199）' }).click();
  await expect(output(page)).toHaveText('1\n3\n5');
  await page.getByRole('radio', { name: '每层平均值（637）' }).click();
  await expect(output(page)).toHaveText('1\n2.5\n4.5');
});

test('a malformed array shows the parser message and the last valid tree stays', async ({ page }) => {
  await open(page);
  const field = page.getByTestId('tree-array');
  await field.fill('[3,9,20,null,null,15,7');
  await expect(page.getByTestId('tree-error')).toContainText('缺少 ]');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page)).toHaveText('3\n9 20\n15 7');
  await field.fill('[1,null,null,2]');
  await expect(page.getByTestId('tree-error')).toContainText('没有父节点');
  await field.fill('[1,None,2]');
  await expect(page.getByTestId('tree-error')).toContainText('空节点请写 null');
  await expect(output(page)).toHaveText('3\n9 20\n15 7');
  await field.fill('[]');
  await expect(page.getByTestId('tree-error')).toHaveCount(0);
  await expect(output(page)).toHaveText('（空树，没有输出）');
});

test('a bad tree in the URL shows the message and opens the default tree', async ({ page }) => {
  await open(page, '?tree=[1,2,x]&variant=spiral');
  await expect(page.getByTestId('tree-error')).toContainText('tree：');
  await expect(page.getByText('variant 必须是')).toBeVisible();
  await expect(output(page)).toHaveText('3\n9 20\n15 7');
});

test('stepping the animation shows the queue, the level and the lines printed', async ({ page }) => {
  await open(page);
  const queue = page.getByTestId('bfs-queue');
  const sentence = page.getByTestId('bfs-sentence');
  await expect(sentence).toContainText('准备');
  await stepForward(page); // level 1 starts with the root in the queue
  await expect(sentence).toContainText('第 1 层开始');
  await expect(queue).toHaveText('3');
  await stepForward(page); // dequeue 3
  await expect(sentence).toContainText('出队 3');
  await expect(queue).toContainText('（空）');
  await stepForward(page); // enqueue 9
  await stepForward(page); // enqueue 20
  await expect(sentence).toContainText('3 的右孩子 20 入队');
  await expect(queue.locator('li')).toHaveText(['9', '20']);
  await stepForward(page); // level 1 ends
  await expect(page.getByTestId('bfs-printed')).toHaveText('3');
  // The keyboard drives the same player (focus outside any field).
  await page.getByRole('heading', { name: '树与动画' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('bfs-level')).toHaveText('当前层：第 2 层，共 2 个节点');
  await page.keyboard.press('ArrowLeft');
  await expect(sentence).toContainText('第 1 层的 1 个节点都出队了');
  await page.getByRole('button', { name: '快进到结尾' }).click();
  await expect(page.getByTestId('bfs-printed')).toHaveText('3\n9 20\n15 7');
  await expect(sentence).toContainText('共 3 层');
  await expect(page.getByTestId('tree-picture').locator('.state-visited')).toHaveCount(5);
});

test('the tree can be built and edited by clicking, with the keyboard', async ({ page }) => {
  await open(page);
  await page.getByTestId('edit-toggle').click();
  await page.getByRole('button', { name: '在 9 的右孩子位置添加节点' }).click();
  await page.getByLabel('节点值').fill('4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tree-array')).toHaveValue('[3,9,20,null,4,15,7]');
  await expect(output(page)).toHaveText('3\n9 20\n4 15 7');
  await page.getByRole('button', { name: '节点 20（第 2 层）：修改或删除' }).click();
  await page.getByLabel('节点值').fill('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-editor').getByRole('alert')).toContainText('整数');
  await page.getByRole('button', { name: '删除（连同 2 个子孙）' }).click();
  await expect(output(page)).toHaveText('3\n9\n4');
  // Keyboard only: focus a node with Tab, Enter opens the editor, Esc closes it.
  await page.getByRole('button', { name: '节点 3（第 1 层）：修改或删除' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-editor')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('node-editor')).toHaveCount(0);
  await page.getByTestId('tree-array').fill('[]');
  await page.getByRole('button', { name: '添加根节点' }).click();
  await page.getByLabel('节点值').fill('-7');
  await page.keyboard.press('Enter');
  await expect(output(page)).toHaveText('-7');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`axe: BFS page, playing and editing (${scheme})`, async ({ app, page }) => {
      test.slow(); // axe over the whole page (workbench editor included) takes seconds on a busy machine
      await open(page);
      await stepForward(page);
      await app.expectNoAxeViolations();
      await page.getByTestId('edit-toggle').click();
      await page.getByRole('button', { name: '在 9 的左孩子位置添加节点' }).click();
      await app.expectNoAxeViolations();
    });
  });
}
