import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../decks/quiz-types.ts';
import { itemText } from './item-text.ts';

const both: QuizItem = {
  id: 'c#1',
  kind: 'true-false',
  line: 1,
  answer: true,
  zh: { prompt: '是吗', explanation: '是' },
  en: { prompt: 'Is it?', explanation: 'Yes' },
};
const zhOnly: QuizItem = { ...both, en: null };

describe('itemText', () => {
  it('takes the UI language when the item has it', () => {
    expect(itemText(both, 'en')).toEqual({ text: both.en, language: 'en', tag: 'en' });
    expect(itemText(both, 'zh')).toEqual({ text: both.zh, language: 'zh', tag: 'zh-CN' });
  });
  it('falls back to the language the item has', () => {
    expect(itemText(zhOnly, 'en')).toEqual({ text: zhOnly.zh, language: 'zh', tag: 'zh-CN' });
    expect(itemText({ ...both, zh: null, en: null }, 'zh')).toBeNull();
  });
});
