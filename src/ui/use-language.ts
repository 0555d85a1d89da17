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

/** The UI language right now, for helpers that format text outside a hook (row formatters, tables). */
export function currentLanguage(): Language {
  return useAppearanceStore.getState().language;
}

/**
 * A feature's string table that answers in the UI language at the moment a property is read.
 * The older lab and puzzle views read their tables from plain helpers as well as components, so
 * instead of threading a hook through each one, the route remounts the view when the language
 * changes (see lab-route / puzzle-route) and every read during that render sees the new language.
 */
export function liveStrings<T extends object>(byLanguage: { readonly zh: T; readonly en: T }): T {
  return new Proxy(byLanguage.zh, {
    get: (_target, key) => Reflect.get(byLanguage[currentLanguage()], key) as unknown,
  });
}
