import { readFileSync } from 'node:fs';
// Two tabs of one profile: every review from either is kept, each tab sees the other's at once
// (a card graded in one is not offered as new in the other), and a tab that missed every change
// still cannot overwrite newer data.
import { expect, test } from './fixtures.ts';
import { AppPage } from './fixtures.ts';

const DECK = 'rate-limiting-circuit-breaking';
const DECK_CARDS = (readFileSync(`content/decks/${DECK}.md`, 'utf8').match(/^## /gm) ?? []).length;

test('two tabs grading alternately keep all 20 reviews and both show the right counts', async ({ app, page, context }) => {
  const other = new AppPage(await context.newPage());
  await page.goto(`/decks/${DECK}/study`);
  await other.page.goto(`/decks/${DECK}/study`);
  const graded: string[] = [];
  for (let i = 0; i < 20; i++) {
    const tab = i % 2 === 0 ? app : other;
    // The tab must not offer a card the other tab just graded (it was new; now it is not).
    if (graded.length > 0) await expect(tab.studyCard()).not.toHaveAttribute('data-card-id', graded.at(-1)!);
    graded.push((await tab.gradeWithKeys(4))!);
  }
  expect(new Set(graded).size).toBe(20);
  expect(await app.savedReviewCount()).toBe(20);
  for (const tab of [app, other]) {
    await tab.gotoHome();
    const counts = await tab.counts(DECK);
    expect(counts.due + counts.learned).toBe(20);
    expect(counts.new).toBe(DECK_CARDS - 20); // the deck's cards not yet studied
  }
  await page.reload();
  await expect(page.getByTestId('total-due')).not.toHaveText('–');
  expect((await app.counts(DECK)).learned).toBe(20);
});

test('a stale tab changing a setting loses no review and no other setting', async ({ app, page, context }) => {
  const stale = await context.newPage();
  // This tab never hears of the other's writes: it is as stale as a tab can be.
  await stale.addInitScript(() => {
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  await stale.goto('/settings');
  await expect(stale.getByLabel('每天新卡上限')).toHaveValue('20');

  await page.goto(`/decks/${DECK}/study`);
  for (let i = 0; i < 10; i++) await app.gradeWithKeys(3);
  await page.goto('/settings');
  await page.getByLabel('每天新卡上限').fill('30');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('interview-lab');
            open.onsuccess = () => {
              const get = open.result.transaction('values').objectStore('values').get('settings');
              get.onsuccess = () => {
                open.result.close();
                resolve((get.result as { value?: { newPerDay?: number } } | undefined)?.value?.newPerDay);
              };
            };
          }),
      ),
    )
    .toBe(30);

  // The stale tab still shows 20 and a retention of 0.90, then changes the retention only.
  await expect(stale.getByLabel('每天新卡上限')).toHaveValue('20');
  await stale.locator('input[type=range]').fill('0.8');
  await expect(stale.getByTestId('settings-save-state')).toHaveAttribute('data-state', 'saved');
  await stale.reload();
  await expect(stale.getByLabel('每天新卡上限')).toHaveValue('30');
  await expect(stale.locator('output')).toHaveText('0.80');
  expect(await app.savedReviewCount()).toBe(10);
  await app.gotoHome();
  const counts = await app.counts(DECK);
  expect(counts.due + counts.learned).toBe(10);
});
