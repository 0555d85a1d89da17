// Every route names itself in the tab (card question, deck, lab or puzzle name, "· 面试实验室"), in
// the UI's language. The routes are those of src/app/paths.ts, every lab and every puzzle.
import { readFileSync } from 'node:fs';
import { labCatalogue } from '../../src/labs/catalogue.ts';
import { puzzleCatalogue } from '../../src/puzzles/catalogue.ts';
import { paths } from '../../src/app/paths.ts';
import { expect, test } from './fixtures.ts';

const deckSource = readFileSync('content/decks/load-balancing.md', 'utf8');
const deck = { zh: /^title: (.+)$/m.exec(deckSource)![1]!, en: /^title_en: (.+)$/m.exec(deckSource)![1]! };
const cardSource = readFileSync('content/decks/coding-puzzles.md', 'utf8');
const card = { zh: '如何批量生成几十万到上百万个兑换码？', en: /\{#redemption-codes\}\n(?:notes: .*\n)?en: (.+)\n/.exec(cardSource)![1]! };

type Lang = 'zh' | 'en';
const app: Record<Lang, string> = { zh: '面试实验室', en: 'Interview Lab' };
function expected(lang: Lang): [path: string, title: string][] {
  const zh = lang === 'zh';
  return [
    [paths.home(), zh ? '今天要复习的' : 'Due today'],
    [paths.deck('load-balancing'), deck[lang]],
    [paths.study('load-balancing'), zh ? `学习：${deck.zh}` : `Study: ${deck.en}`],
    [paths.studyAll(), zh ? '学习今天的卡' : "Study today's cards"],
    [paths.card('redemption-codes'), card[lang]],
    [paths.search(), zh ? '搜索' : 'Search'],
    [paths.search('令牌桶'), zh ? '搜索：令牌桶' : 'Search: 令牌桶'],
    [paths.settings(), zh ? '设置' : 'Settings'],
    [paths.stats(), zh ? '统计' : 'Statistics'],
    [paths.cram(), zh ? '冲刺' : 'Cram'],
    [paths.test(), zh ? '测验' : 'Test'],
    [paths.interview(), zh ? '模拟面试' : 'Interview'],
    [paths.labs(), zh ? '实验' : 'Labs'],
    ...labCatalogue.map((l): [string, string] => [paths.lab(l.id), zh ? l.title : l.titleEn]),
    [paths.lab('rate-limiting', 'preset=compare-all'), zh ? '限流实验' : 'Rate-limiting lab'],
    [paths.puzzles(), zh ? '编程题' : 'Puzzles'],
    ...puzzleCatalogue.map((p): [string, string] => [paths.puzzle(p.id), zh ? p.title : p.titleEn]),
    ['/no-such-page', zh ? '页面不存在' : 'Page not found'],
    [paths.card('no-such-card'), zh ? '页面不存在' : 'Page not found'],
  ];
}

for (const lang of ['zh', 'en'] as const) {
  test(`every route sets its title (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    if (lang === 'en') {
      await page.addInitScript(() =>
        localStorage.setItem('interview-lab-appearance', JSON.stringify({ state: { theme: 'system', language: 'en' }, version: 1 })),
      );
    }
    for (const [path, title] of expected(lang)) {
      await page.goto(path);
      await expect(page, path).toHaveTitle(`${title} · ${app[lang]}`);
    }
  });
}

test('the title follows client-side navigation and a change of language', async ({ page }) => {
  await page.goto(paths.labs());
  await expect(page).toHaveTitle('实验 · 面试实验室');
  await page.getByRole('link', { name: '负载均衡实验' }).click();
  await expect(page).toHaveTitle('负载均衡实验 · 面试实验室');
  await page.getByRole('button', { name: '语言: English' }).click();
  await expect(page).toHaveTitle('Load-balancing lab · Interview Lab');
});
