import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { DeckView } from '../decks/deck-data.ts';
import { parseDelimited } from '../decks/csv-import.ts';
import { ankiScheduleOf, deckToAnkiTsv, withoutAppLinks } from './anki-deck.ts';

const deck: DeckView = {
  meta: {
    id: 'k8s',
    title: 'Kubernetes 与服务网络',
    titleEn: 'Kubernetes and service networking',
    order: 1,
    labs: [],
    puzzles: [],
  } as unknown as DeckView['meta'],
  cards: [
    {
      id: 'k8s-probes',
      deckId: 'k8s',
      question: '探针有什么区别？',
      questionEn: 'How do probes differ?',
      notes: null,
      quiz: [],
      zh: {
        question: '探针有什么区别？',
        summary: '',
        keyPoints: [],
        html: '<p>见 <a href="/cards/k8s-hpa">HPA</a> 和 <a href="https://kubernetes.io">文档</a></p>',
      },
      en: { question: 'How do probes differ?', summary: '', keyPoints: [], html: '<p>See <a href="/cards/k8s-hpa">HPA</a></p>' },
    },
    {
      id: 'only-zh',
      deckId: 'k8s',
      question: '只有中文',
      questionEn: '',
      notes: null,
      quiz: [],
      zh: { question: '只有中文', summary: '', keyPoints: [], html: '<p>中文答案</p>' },
      en: null,
    },
  ],
};

const rows = (tsv: string) =>
  parseDelimited(
    tsv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n'),
    '\t',
  ).rows.map((r) => r.cells);

describe('a deck as an Anki file', () => {
  it('puts the UI language in front, the other question below it, and drops links into the app', () => {
    const tsv = deckToAnkiTsv(deck, new Map(), 'en');
    expect(tsv).toContain('#deck:面试实验室::Kubernetes and service networking');
    expect(rows(tsv)).toEqual([
      ['interview-lab:k8s-probes', 'How do probes differ?<br><small>探针有什么区别？</small>', '<p>See HPA</p>', 'interview-lab'],
      ['interview-lab:only-zh', '只有中文', '<p>中文答案</p>', 'interview-lab'],
    ]);
  });

  it("carries each card's state, due day, reps and lapses in its tags", () => {
    const f = fsrs();
    const reviewed = f.next(createEmptyCard(new Date(2026, 11, 1, 9)), new Date(2026, 11, 1, 9), Rating.Good).card;
    const schedule = ankiScheduleOf(reviewed)!;
    expect(schedule.state).toBe('learning');
    expect(schedule.reps).toBe(1);
    expect(schedule.due).toMatch(/^2026-12-0[12]$/);
    const tsv = deckToAnkiTsv(deck, new Map([['k8s-probes', reviewed]]), 'zh');
    expect(rows(tsv)[0]![3]).toBe(`interview-lab il::state::learning il::due::${schedule.due} il::reps::1`);
    expect(ankiScheduleOf(createEmptyCard())).toEqual({ state: 'new', reps: 0, lapses: 0 });
  });

  it('keeps external links', () => {
    expect(withoutAppLinks('<a href="/cards/x">x</a> <a href="https://nginx.org/">nginx</a>')).toBe('x <a href="https://nginx.org/">nginx</a>');
  });
});
