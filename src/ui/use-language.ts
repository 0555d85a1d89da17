// The UI language for views outside the shell's own strings (labs, puzzles, quiz modes). Each
// feature keeps its words in a `strings.ts` with `zh` and `en: typeof zh`, and picks them here,
// so a lab page switches language with the rest of the app.
import { useAppearanceStore, type Language } from './appearance-store.ts';

export function useLanguage(): Language {
  return useAppearanceStore((s) => s.language);
}

/** `const S = usePick({ zh, en })`: the strings of the current UI language. */
export function usePick<T>(byLanguage: { readonly zh: T; readonly en: T }): T {
  return byLanguage[useLanguage()];
}

/** Locale tag for Intl (numbers, dates, times follow the UI language, not the browser's). */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-US' : 'zh-CN';
}
