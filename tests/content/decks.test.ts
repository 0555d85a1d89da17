// Checks over all content: the decks parse, every question of the notes has a card, and every
// card has the shape of content/FORMAT.md (short answer, key points, sections, diagrams that
// follow the colour rules).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../../src/app/known-ids.ts';
import { loadDeckFolder } from '../../src/decks/load-decks.ts';
import { formatProblem } from '../../src/decks/types.ts';
import { extractNotesQuestions } from './notes-questions.ts';

const { decks, problems } = loadDeckFolder('content/decks', knownIds, 'content/decks');
const cards = decks.flatMap((d) => d.deck.cards);
const notes = readFileSync('content/notes/interview-notes.md', 'utf8');
const SECTIONS = ['要点', '深入', '权衡与坑', '追问', '动手'];
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

  it('has the eight decks, at least 15 cards each and over 120 in all', () => {
    expect(decks.map((d) => d.deck.meta.id)).toEqual([
      'kubernetes', 'rpc-service-discovery', 'rate-limiting-circuit-breaking', 'load-balancing', 'docker', 'linux', 'distributed-systems', 'coding-puzzles',
    ]);
    for (const { deck } of decks) expect(deck.cards.length, deck.meta.id).toBeGreaterThanOrEqual(15);
    expect(cards.length).toBeGreaterThan(120);
  });

  it('every card has an English question, a short answer and 3–6 key points', () => {
    const bad = cards.filter((c) => !c.questionEn || c.summary.length < 10 || c.keyPoints.length < 3 || c.keyPoints.length > 6);
    expect(bad.map((c) => `${c.id}: en=${!!c.questionEn} summary=${c.summary.length} points=${c.keyPoints.length}`)).toEqual([]);
  });

  it('answers use the sections in order, with follow-ups that link to cards', () => {
    const bad: string[] = [];
    for (const c of cards) {
      const found = [...c.answer.matchAll(/^###\s+(.+)$/gm)].map((m) => (m[1] ?? '').trim());
      const known = found.filter((s) => SECTIONS.includes(s));
      const ordered = [...known].sort((a, b) => SECTIONS.indexOf(a) - SECTIONS.indexOf(b));
      if (known.join() !== ordered.join()) bad.push(`${c.id}: sections out of order: ${found.join(', ')}`);
      for (const s of ['要点', '深入', '权衡与坑', '追问']) if (!found.includes(s)) bad.push(`${c.id}: no ### ${s}`);
      if (!c.links.some((l) => l.kind === 'card')) bad.push(`${c.id}: no follow-up link`);
    }
    expect(bad).toEqual([]);
  });

  it('diagrams use only the theme classes and unique marker ids', () => {
    const bad: string[] = [];
    const markerIds = new Map<string, string>();
    for (const c of cards) {
      for (const svg of c.answer.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
        if (!/role="img"/.test(svg) || !/aria-label="[^"]+"/.test(svg)) bad.push(`${c.id}: svg needs role="img" and aria-label`);
        if (/\n\s*\n/.test(svg)) bad.push(`${c.id}: blank line inside svg`);
        if (/\s(fill|stroke|style|color)="/.test(svg.replace(/<path d="[^"]*" class="arrow-head"\/>/g, ''))) bad.push(`${c.id}: inline colour in svg`);
        for (const m of svg.matchAll(/class="([^"]+)"/g)) {
          for (const cls of (m[1] ?? '').split(/\s+/)) if (!SVG_CLASSES.has(cls)) bad.push(`${c.id}: svg class ${cls}`);
        }
        for (const m of svg.matchAll(/<marker id="([^"]+)"/g)) {
          const other = markerIds.get(m[1] ?? '');
          if (other && other !== c.id) bad.push(`${c.id}: marker id ${m[1]} also in ${other}`);
          markerIds.set(m[1] ?? '', c.id);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the four pictures of the notes are redrawn as diagrams', () => {
    for (const id of ['rpc-architecture', 'draw-rpc-framework', 'redis-cluster', 'docker-architecture']) {
      expect(cards.find((c) => c.id === id)?.answer, id).toMatch(/<svg class="diagram"/);
    }
  });

  it('corrects what the notes get wrong', () => {
    const text = (id: string) => cards.find((c) => c.id === id)?.answer ?? '';
    expect(text('rate-limiting-how')).toMatch(/GCRA/);
    expect(text('rate-limiting-how')).toMatch(/CL\.THROTTLE/);
    expect(text('cap-theorem')).toMatch(/分区/);
    expect(text('cap-theorem')).toMatch(/PACELC/);
    expect(text('docker-commands')).toMatch(/docker logs/);
    expect(text('smooth-weighted-round-robin')).toMatch(/a a b a c a a|a, a, b, a, c, a, a|aabacaa/i);
  });
});
