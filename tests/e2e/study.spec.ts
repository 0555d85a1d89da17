import { expect, test } from './fixtures.ts';

test('study three cards with the keyboard only; progress survives a reload', async ({ app, page }) => {
  await app.gotoHome();
  const before = await app.counts('kubernetes');
  expect(before.due + before.learned).toBe(0);

  // Keyboard only: Tab to the deck's study link, Enter, then Space / number keys.
  await page.goto('/decks/kubernetes/study');
  await expect(app.studyCard()).toBeVisible();
  const studied = [await app.gradeWithKeys(3), await app.gradeWithKeys(4)];
  await expect(app.studyCard()).not.toHaveAttribute('data-card-id', studied[1]!);
  studied.push(await app.gradeWithKeys(1));
  expect(new Set(studied).size).toBe(3);

  await app.gotoHome();
  const after = await app.counts('kubernetes');
  expect(after.new).toBe(before.new - 3);
  expect(after.due + after.learned).toBe(3);

  await page.reload();
  await expect(page.getByTestId('total-due')).not.toHaveText('–');
  expect(await app.counts('kubernetes')).toEqual(after);

  // The history is there too: the Easy card shows as learned with its next review date.
  await page.goto(`/cards/${studied[1]}`);
  await expect(page.locator('.breadcrumbs .badge')).toContainText('已学');
});

test('undo with u and Ctrl+Z brings the last card back', async ({ app, page }) => {
  await page.goto('/decks/docker/study');
  await expect(app.studyCard()).toBeVisible();
  const first = await app.gradeWithKeys(3);
  const second = await app.gradeWithKeys(3);
  await expect(app.studyCard()).not.toHaveAttribute('data-card-id', second!);
  await page.keyboard.press('u');
  await expect(app.studyCard()).toHaveAttribute('data-card-id', second!);
  await expect(page.getByText('已撤销上一次评分')).toBeAttached();
  await page.keyboard.press('Control+z');
  await expect(app.studyCard()).toHaveAttribute('data-card-id', first!);
  await app.gotoHome();
  expect((await app.counts('docker')).learned + (await app.counts('docker')).due).toBe(0);
});

test('? lists the keys and a session ends with a summary', async ({ app, page }) => {
  await page.goto('/settings');
  await page.getByLabel('每天新卡上限').fill('2');
  await expect(page.getByTestId('settings-save-state')).toHaveAttribute('data-state', 'saved');
  await page.goto('/decks/linux/study');
  await expect(app.studyCard()).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '快捷键' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await app.gradeWithKeys(4);
  await app.gradeWithKeys(4);
  await expect(page.getByTestId('session-summary')).toContainText('本轮复习');
  await expect(page.getByTestId('session-summary')).toContainText('2');
});

test('undo twice in a row: the first card back on its question side, and grading works', async ({ app, page }) => {
  await page.goto('/decks/docker/study');
  const first = await app.gradeWithKeys(3);
  await app.gradeWithKeys(3);
  // Two presses at once: the second waits for the first instead of being dropped.
  await page.keyboard.press('u');
  await page.keyboard.press('u');
  await expect.poll(() => app.savedReviewCount()).toBe(0);
  await expect(app.studyCard()).toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('grade-3')).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => app.savedReviewCount()).toBe(1);
  await expect(app.studyCard()).not.toHaveAttribute('data-card-id', first!);
});

test('the learning count shows beside new and due; learned counts cards ever studied', async ({ app, page }) => {
  await page.goto('/decks/linux/study');
  await expect(page.getByTestId('session-learning')).toHaveText('学习中 0');
  await app.gradeWithKeys(1);
  await expect(page.getByTestId('session-learning')).toHaveText('学习中 1');
  await app.gotoHome();
  const tile = app.deckTile('linux').tile;
  await expect(tile.getByTestId('count-learning')).toHaveText('1');
  await expect(tile.getByTestId('count-learned')).toHaveText('1');
});
