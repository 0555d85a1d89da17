// Which language's text of a quiz item to show: the UI's, or the one the item has (an imported
// card may have one language; built-in items have both).
import type { QuizItem } from '../../decks/quiz-types.ts';
import type { CardLanguage } from '../../decks/types.ts';

export interface ItemText<I extends QuizItem> {
  readonly text: NonNullable<I['zh']>;
  readonly language: CardLanguage;
  /** For the `lang` attribute. */
  readonly tag: 'zh-CN' | 'en';
}

export function itemText<I extends QuizItem>(item: I, language: CardLanguage): ItemText<I> | null {
  const order: readonly CardLanguage[] = language === 'en' ? ['en', 'zh'] : ['zh', 'en'];
  for (const lang of order) {
    const text = item[lang] as I['zh'];
    if (text) return { text: text as NonNullable<I['zh']>, language: lang, tag: lang === 'zh' ? 'zh-CN' : 'en' };
  }
  return null;
}
