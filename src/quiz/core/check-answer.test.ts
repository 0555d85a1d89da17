import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../decks/quiz-types.ts';
import { checkAnswer, isAnswered, moveStep } from './check-answer.ts';

const base = { line: 1, explanation: 'why' };
const single: QuizItem = {
  id: 'c#1',
  kind: 'single',
  line: 1,
  correct: [1],
  zh: { ...base, prompt: '哪个', options: ['甲', '乙', '丙'] },
  en: { ...base, prompt: 'Which', options: ['a', 'b', 'c'] },
};
const multi: QuizItem = { id: 'c#2', kind: 'multi', line: 1, correct: [0, 2], zh: null, en: { ...base, prompt: 'Which', options: ['a', 'b', 'c'] } };
const tf: QuizItem = { id: 'c#3', kind: 'true-false', line: 1, answer: false, zh: { ...base, prompt: '是吗' }, en: null };
const fill: QuizItem = {
  id: 'c#4',
  kind: 'fill',
  line: 1,
  zh: { ...base, prompt: '算法', accepted: ['令牌桶'] },
  en: { ...base, prompt: 'Algorithm', accepted: ['token bucket'] },
};
const order: QuizItem = { id: 'c#5', kind: 'order', line: 1, zh: null, en: { ...base, prompt: 'Order', steps: ['SYN', 'SYN-ACK', 'ACK', 'ESTABLISHED'] } };

describe('checkAnswer', () => {
  it('single: only the right option', () => {
    expect(checkAnswer(single, { kind: 'choice', selected: [1] })).toBe(true);
    expect(checkAnswer(single, { kind: 'choice', selected: [0] })).toBe(false);
    expect(checkAnswer(single, { kind: 'choice', selected: [0, 1] })).toBe(false);
  });
  it('multi: exactly the right set, in any order', () => {
    expect(checkAnswer(multi, { kind: 'choice', selected: [2, 0] })).toBe(true);
    expect(checkAnswer(multi, { kind: 'choice', selected: [0] })).toBe(false);
    expect(checkAnswer(multi, { kind: 'choice', selected: [0, 1, 2] })).toBe(false);
  });
  it('true-false', () => {
    expect(checkAnswer(tf, { kind: 'true-false', value: false })).toBe(true);
    expect(checkAnswer(tf, { kind: 'true-false', value: true })).toBe(false);
    expect(checkAnswer(tf, { kind: 'true-false', value: null })).toBe(false);
  });
  it('fill: an accepted answer of either language, tolerant of case, spaces and width', () => {
    expect(checkAnswer(fill, { kind: 'fill', text: '令牌桶' })).toBe(true);
    expect(checkAnswer(fill, { kind: 'fill', text: 'Token  Bucket' })).toBe(true);
    expect(checkAnswer(fill, { kind: 'fill', text: 'ＴＯＫＥＮ ＢＵＣＫＥＴ' })).toBe(true);
    expect(checkAnswer(fill, { kind: 'fill', text: 'leaky bucket' })).toBe(false);
  });
  it('order: the written order only', () => {
    expect(checkAnswer(order, { kind: 'order', order: [0, 1, 2, 3] })).toBe(true);
    expect(checkAnswer(order, { kind: 'order', order: [1, 0, 2, 3] })).toBe(false);
    expect(checkAnswer(order, { kind: 'order', order: [0, 1, 2] })).toBe(false);
  });
  it('a response of another kind is wrong, never an error', () => {
    expect(checkAnswer(single, { kind: 'fill', text: 'b' })).toBe(false);
    expect(checkAnswer(order, { kind: 'choice', selected: [0] })).toBe(false);
  });
});

describe('isAnswered', () => {
  it('is false until something is picked or typed', () => {
    expect(isAnswered({ kind: 'choice', selected: [] })).toBe(false);
    expect(isAnswered({ kind: 'true-false', value: null })).toBe(false);
    expect(isAnswered({ kind: 'fill', text: '  ' })).toBe(false);
    expect(isAnswered({ kind: 'fill', text: 'x' })).toBe(true);
    expect(isAnswered({ kind: 'order', order: [1, 0] })).toBe(true);
  });
});

describe('moveStep', () => {
  it('moves one entry and keeps the others in order; out-of-range targets are clamped', () => {
    expect(moveStep(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a'], 3, 0)).toEqual(['a']);
  });
});
