import { describe, expect, it } from 'vitest';
import { afterAsking, cardsToStudy, interviewScore, nextQuestion, openingOrder, START, weakestTopics, type PlanCard } from './plan.ts';

const cards: PlanCard[] = [
  { id: 'rpc', deckId: 'rpc', fromNotes: true, related: ['registry', 'lb', 'outside'] },
  { id: 'registry', deckId: 'rpc', fromNotes: false, related: ['zk-down', 'rpc'] },
  { id: 'zk-down', deckId: 'rpc', fromNotes: true, related: [] },
  { id: 'lb', deckId: 'lb', fromNotes: false, related: [] },
  { id: 'limit', deckId: 'rl', fromNotes: true, related: ['lb'] },
  { id: 'misc', deckId: 'rl', fromNotes: false, related: [] },
];

function run(seed: number, minutes: number, boxMin = 3): string[] {
  const openers = openingOrder(cards, seed);
  let state = START;
  const out: string[] = [];
  for (let remaining = minutes * 60_000; ; remaining -= boxMin * 60_000) {
    const next = nextQuestion(cards, openers, state, remaining, boxMin * 60_000);
    if (!next) break;
    out.push(`${next.newTopic ? '*' : ''}${next.cardId}`);
    state = afterAsking(state, next);
  }
  return out;
}

describe('mock interview plan', () => {
  it('opens with a notes question, drills into its follow-ups, then opens a new topic', () => {
    const order = openingOrder(cards, 1);
    expect(order.slice(0, 3).sort()).toEqual(['limit', 'rpc', 'zk-down']);
    const openers = ['rpc', 'limit', 'zk-down', 'lb', 'registry', 'misc'];
    let state = START;
    const asked: string[] = [];
    for (;;) {
      const next = nextQuestion(cards, openers, state, 3_600_000, 180_000);
      if (!next) break;
      asked.push(`${next.newTopic ? '*' : ''}${next.cardId}`);
      state = afterAsking(state, next);
    }
    // The follow-up's follow-up comes before the sibling; a link outside the decks is skipped.
    expect(asked).toEqual(['*rpc', 'registry', 'zk-down', 'lb', '*limit', '*misc']);
    expect(run(1, 60)).toHaveLength(6);
  });

  it('stops when less than half a time box is left, and replays the same from its seed', () => {
    expect(run(2, 7, 3)).toHaveLength(2); // 7 and 4 minutes left: asked; 1 minute is under half a 3-minute box
    expect(run(2, 60)).toEqual(run(2, 60));
  });

  it('reports the weakest topics, the cards to study and the score', () => {
    const answers = [
      { cardId: 'rpc', deckId: 'rpc', grade: 1 as const, ms: 1, missed: ['x'] },
      { cardId: 'registry', deckId: 'rpc', grade: 3 as const, ms: 1, missed: [] },
      { cardId: 'limit', deckId: 'rl', grade: 4 as const, ms: 1, missed: [] },
      { cardId: 'lb', deckId: 'lb', grade: 2 as const, ms: 1, missed: [] },
    ];
    expect(weakestTopics(answers).map((t) => t.deckId)).toEqual(['rpc', 'lb', 'rl']); // a tie at 2.0: more questions first
    expect(cardsToStudy(answers)).toEqual(['rpc', 'lb']);
    expect(interviewScore(answers)).toEqual({ right: 2, total: 4 });
  });
});
