// Your data in and out: any deck with its scheduling as a file Anki imports, and a CSV/TSV of
// questions and answers (or that very Anki file) imported as a deck, with errors by line in the
// UI's language before anything is saved.
import { readFile, writeFile } from 'node:fs/promises';
import { chooseLanguage } from './bilingual-deck.ts';
import { expect, test } from './fixtures.ts';

test('a deck exports for Anki with GUIDs and the scheduling, and the file imports back as a deck', async ({ app, page }, testInfo) => {
  await page.goto('/decks/docker/study');
  const graded = await app.gradeWithKeys(3);

  await page.goto('/decks/docker');
  await expect(page.locator('.card-list li').first()).toBeVisible();
  const cardCount = await page.locator('.card-list li').count();
  expect(cardCount).toBeGreaterThan(20);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-anki').click()]);
  expect(download.suggestedFilename()).toBe('docker.anki.txt');
  const file = testInfo.outputPath('docker.anki.txt');
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines.slice(0, 7)).toEqual([
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#deck:面试实验室::Docker',
    '#guid column:1',
    '#tags column:4',
    '#columns:GUID\tFront\tBack\tTags',
  ]);
  const guids = text.match(/^interview-lab:[a-z0-9-]+\t/gm) ?? [];
  expect(guids).toHaveLength(cardCount);
  // A quoted answer may span lines; the graded card's row ends with its scheduling tags.
  const row = new RegExp(`^interview-lab:${graded}\\t[^]*?\\tinterview-lab il::state::(learning|review) il::due::\\d{4}-\\d{2}-\\d{2} il::reps::1$`, 'm');
  expect(text).toMatch(row);

  // Anki's own format comes back in: the #columns header names Front and Back.
  await page.goto('/settings');
  await page.getByTestId('import-deck-input').setInputFiles(file);
  await expect(page.getByText('已导入卡组: docker.anki.txt')).toBeVisible();
  await app.gotoHome();
  expect(await app.counts('imported-docker-anki')).toEqual({ new: cardCount, due: 0, learned: 0 });
});

test('a CSV imports as a deck; a bad one is refused with its lines, in the UI language', async ({ app, page }, testInfo) => {
  const bad = testInfo.outputPath('bad.csv');
  await writeFile(bad, 'question,answer\nQ1,A1\n,A2\nQ3,\n');
  await page.goto('/settings');
  await page.getByTestId('import-deck-input').setInputFiles(bad);
  await expect(page.getByTestId('deck-problems')).toContainText('bad.csv:3: 问题是空的');
  await expect(page.getByTestId('deck-problems')).toContainText('bad.csv:4: 答案是空的');

  await chooseLanguage(page, 'en');
  await page.getByTestId('import-deck-input').setInputFiles(bad);
  await expect(page.getByTestId('deck-problems')).toContainText('bad.csv:3: the question is empty');
  await expect(page.getByTestId('deck-problems')).not.toContainText('问题');

  const good = testInfo.outputPath('My Notes.csv');
  await writeFile(good, '问题,答案\n"令牌桶和漏桶的区别？","令牌桶允许突发，漏桶平滑输出。"\nWhat is CAP?,"Consistency, availability, partition tolerance"\n');
  await page.getByTestId('import-deck-input').setInputFiles(good);
  await expect(page.getByTestId('deck-problems')).toHaveCount(0);
  await app.gotoHome();
  expect(await app.counts('imported-my-notes')).toEqual({ new: 2, due: 0, learned: 0 });
});
