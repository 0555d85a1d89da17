// Strings about a card's two languages, in both UI languages. Kept out of src/ui/i18n.ts so they
// load with the card chunks, not with the home page.
import { useAppearanceStore } from '../ui/appearance-store.ts';

const zh = {
  answerInChinese: '中文答案',
  answerInEnglish: '英文答案',
};

const en: typeof zh = {
  answerInChinese: 'Answer in Chinese',
  answerInEnglish: 'Answer in English',
};

export type CardStrings = typeof zh;

export function useCardStrings(): CardStrings {
  return useAppearanceStore((s) => s.language) === 'en' ? en : zh;
}
