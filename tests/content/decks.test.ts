// Checks over all content: the decks parse, every question of the notes has a card, and every
// card has the shape of content/FORMAT.md in both languages (short answer, key points, sections,
// the same links, quiz items, diagrams that follow the colour rules).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../src/app/known-ids.ts';
import { loadDeckFolder } from '../../src/decks/load-decks.ts';
import { formatProblem, type Card } from '../../src/decks/types.ts';
import { extractNotesQuestions } from './notes-questions.ts';

const { decks, problems } = loadDeckFolder('content/decks', knownIds, 'content/decks');
const cards = decks.flatMap((d) => d.deck.cards);
const notes = readFileSync('content/notes/interview-notes.md', 'utf8');
const SECTIONS = {
  zh: ['要点', '深入', '权衡与坑', '追问', '动手'],
  en: ['Key points', 'Depth', 'Trade-offs and pitfalls', 'Follow-ups', 'Try it'],
};
const SVG_CLASSES = new Set(['diagram', 'box', 'accent', 'muted', 'edge', 'dashed', 'arrow-head', 'label', 'small', 'strong']);

describe('content', () => {
  it('every deck parses without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('the copy of the notes is the seed the decks come from', () => {
    expect(notes).toContain('K8s 的服务注册');
    expect(extractNotesQuestions(notes)).toHaveLength(24);
  });

  it('every question of the notes has a card marked as coming from the notes', () => {
    const answered = new Set(cards.map((c) => c.notes).filter(Boolean));
    const missing = extractNotesQuestions(notes).filter((q) => !answered.has(q));
    expect(missing).toEqual([]);
  });

  it('no card claims a notes question that does not exist', () => {
    const questions = new Set(extractNotesQuestions(notes));
    expect(cards.filter((c) => c.notes && !questions.has(c.notes)).map((c) => c.id)).toEqual([]);
  });

  it('has the eight decks, at least 25 cards each and over 235 in all', () => {
    expect(decks.map((d) => d.deck.meta.id)).toEqual([
      'kubernetes',
      'rpc-service-discovery',
      'rate-limiting-circuit-breaking',
      'load-balancing',
      'docker',
      'linux',
      'distributed-systems',
      'coding-puzzles',
    ]);
    const small = decks.filter(({ deck }) => deck.cards.length < 25).map(({ deck }) => `${deck.meta.id}: ${deck.cards.length}`);
    expect(small).toEqual([]);
    expect(cards.length).toBeGreaterThan(235);
  });

  it('every card is written in both languages', () => {
    expect(cards.filter((c) => !c.zh || !c.en || !c.questionEn).map((c) => `${c.id}: zh=${!!c.zh} en=${!!c.en}`)).toEqual([]);
  });

  it('every card has a short answer and 3–6 key points in each language, the same number in both', () => {
    const bad: string[] = [];
    for (const c of cards) {
      for (const [lang, text] of [
        ['zh', c.zh],
        ['en', c.en],
      ] as const) {
        if (!text) continue;
        if (text.summary.length < 10 || text.keyPoints.length < 3 || text.keyPoints.length > 6)
          bad.push(`${c.id} ${lang}: summary=${text.summary.length} points=${text.keyPoints.length}`);
      }
      if (c.zh && c.en && c.zh.keyPoints.length !== c.en.keyPoints.length)
        bad.push(`${c.id}: ${c.zh.keyPoints.length} 要点 but ${c.en.keyPoints.length} key points`);
    }
    expect(bad).toEqual([]);
  });

  it('answers use the sections in order in each language, with follow-ups that link to cards', () => {
    const bad: string[] = [];
    for (const c of cards) {
      for (const [lang, text] of [
        ['zh', c.zh],
        ['en', c.en],
      ] as const) {
        if (!text) continue;
        const sections = SECTIONS[lang];
        const found = [...text.answer.matchAll(/^###\s+(.+)$/gm)].map((m) => (m[1] ?? '').trim());
        const known = found.filter((s) => sections.includes(s));
        const ordered = [...known].sort((a, b) => sections.indexOf(a) - sections.indexOf(b));
        if (known.join() !== ordered.join()) bad.push(`${c.id} ${lang}: sections out of order: ${found.join(', ')}`);
        for (const s of sections.slice(0, 4)) if (!found.includes(s)) bad.push(`${c.id} ${lang}: no ### ${s}`);
        if (!c.links.some((l) => l.kind === 'card' && l.language === lang)) bad.push(`${c.id} ${lang}: no follow-up link`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('both languages link to the same cards, labs and puzzles', () => {
    const targets = (c: Card, lang: 'zh' | 'en') =>
      [...new Set(c.links.filter((l) => l.language === lang).map((l) => `${l.kind}:${l.target}`))].sort().join(' ');
    expect(
      cards.filter((c) => c.zh && c.en && targets(c, 'zh') !== targets(c, 'en')).map((c) => `${c.id}: zh [${targets(c, 'zh')}] en [${targets(c, 'en')}]`),
    ).toEqual([]);
  });

  it('every card has at least two quiz items in both languages, over 310 in all', () => {
    const items = cards.flatMap((c) => c.quiz);
    expect(cards.filter((c) => c.quiz.length < 2).map((c) => `${c.id}: ${c.quiz.length}`)).toEqual([]);
    expect(items.filter((i) => !i.zh || !i.en).map((i) => i.id)).toEqual([]);
    expect(items.length).toBeGreaterThan(310);
  });

  it('quiz items are well formed: distinct, non-empty options; 4–7 steps; accepted answers', () => {
    const bad: string[] = [];
    const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const item of cards.flatMap((c) => c.quiz)) {
      for (const [lang, text] of [
        ['zh', item.zh],
        ['en', item.en],
      ] as const) {
        if (!text) continue;
        const where = `${item.id} ${lang}`;
        if (!text.prompt.trim() || !text.explanation.trim()) bad.push(`${where}: empty prompt or explanation`);
        if ('options' in text) {
          const [min, max] = item.kind === 'single' ? [3, 5] : [3, 6];
          if (text.options.length < min || text.options.length > max) bad.push(`${where}: ${text.options.length} options (${item.kind} takes ${min}–${max})`);
          if (text.options.some((o) => !o.trim())) bad.push(`${where}: an empty option`);
          if (new Set(text.options.map(norm)).size !== text.options.length)
            bad.push(`${where}: two options say the same (a distractor repeats the answer or another distractor)`);
          if (text.options.some((o) => /^(all|none) of the above$|^以上(都|全)(对|是|不对|不是)$/i.test(o.trim())))
            bad.push(`${where}: "all/none of the above"`);
        }
        if ('steps' in text) {
          if (text.steps.length < 4 || text.steps.length > 7) bad.push(`${where}: ${text.steps.length} steps (4–7)`);
          if (new Set(text.steps.map(norm)).size !== text.steps.length) bad.push(`${where}: two steps say the same`);
        }
        if ('accepted' in text && text.accepted.length === 0) bad.push(`${where}: no accepted answer`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('diagrams use only the theme classes and unique marker ids, in both languages', () => {
    const bad: string[] = [];
    // A marker id belongs to one card and language: the English copy of a diagram suffixes `-en`.
    const markerIds = new Map<string, string>();
    for (const c of cards) {
      for (const [lang, text] of [
        ['zh', c.zh],
        ['en', c.en],
      ] as const) {
        const owner = `${c.id} ${lang}`;
        for (const svg of text?.answer.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
          if (!/role="img"/.test(svg) || !/aria-label="[^"]+"/.test(svg)) bad.push(`${owner}: svg needs role="img" and aria-label`);
          if (/\n\s*\n/.test(svg)) bad.push(`${owner}: blank line inside svg`);
          if (/\s(fill|stroke|style|color)="/.test(svg.replace(/<path d="[^"]*" class="arrow-head"\/>/g, ''))) bad.push(`${owner}: inline colour in svg`);
          for (const m of svg.matchAll(/class="([^"]+)"/g)) {
            for (const cls of (m[1] ?? '').split(/\s+/)) if (!SVG_CLASSES.has(cls)) bad.push(`${owner}: svg class ${cls}`);
          }
          for (const m of svg.matchAll(/<marker id="([^"]+)"/g)) {
            const other = markerIds.get(m[1] ?? '');
            if (other && other !== owner) bad.push(`${owner}: marker id ${m[1]} also in ${other}`);
            markerIds.set(m[1] ?? '', owner);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("a deck's page lists every lab and puzzle its cards link to", () => {
    const unlisted: string[] = [];
    for (const { deck } of decks) {
      for (const link of deck.cards.flatMap((c) => c.links)) {
        const id = link.target.split('?')[0] as string;
        if (link.kind === 'lab' && !deck.meta.labs.includes(id)) unlisted.push(`${deck.meta.id}: lab ${id}`);
        if (link.kind === 'puzzle' && !deck.meta.puzzles.includes(id)) unlisted.push(`${deck.meta.id}: puzzle ${id}`);
      }
    }
    expect([...new Set(unlisted)]).toEqual([]);
  });

  it('the four pictures of the notes are redrawn as diagrams', () => {
    for (const id of ['rpc-architecture', 'draw-rpc-framework', 'redis-cluster', 'docker-architecture']) {
      expect(cards.find((c) => c.id === id)?.zh?.answer, id).toMatch(/<svg class="diagram"/);
    }
  });

  it('corrects what the notes get wrong', () => {
    const text = (id: string) => cards.find((c) => c.id === id)?.zh?.answer ?? '';
    expect(text('rate-limiting-how')).toMatch(/GCRA/);
    expect(text('rate-limiting-how')).toMatch(/CL\.THROTTLE/);
    expect(text('cap-theorem')).toMatch(/分区/);
    expect(text('cap-theorem')).toMatch(/PACELC/);
    expect(text('docker-commands')).toMatch(/docker logs/);
    expect(text('smooth-weighted-round-robin')).toMatch(/a a b a c a a|a, a, b, a, c, a, a|aabacaa/i);
  });
});
