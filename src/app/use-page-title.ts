// Every route names itself in the tab, history and bookmarks: "<what is on the page> · 面试实验室",
// in the UI's language.
import { useEffect } from 'react';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { useStrings } from '../ui/i18n.ts';

/** Undefined while the page does not know its name yet (its data is loading): the title is left as it is. */
export function usePageTitle(title: string | undefined) {
  const appName = useStrings().appName;
  useEffect(() => {
    if (title !== undefined) document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

/** Picks the English or the Chinese name of something for the UI's language (Chinese when there is no English). */
export function usePick(): (zh: string, en: string) => string {
  const english = useAppearanceStore((s) => s.language) === 'en';
  return (zh, en) => (english && en ? en : zh);
}
