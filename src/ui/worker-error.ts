// What the page says when one of its Web Workers fails. A worker script that did not load (an old
// deploy's chunk after an update, no network) reports an error event with no message at all, which
// showed as an empty "failed:" line; say what happened instead, in the page's language.
import { currentLanguage } from './use-language.ts';

const NOT_LOADED = {
  zh: '计算线程没有加载成功（网络中断，或应用刚更新：刷新页面后再试）',
  en: 'the worker that computes it did not load (a network error, or the app was just updated: reload the page and try again)',
} as const;

/** The error's own message, or why there is none. Also keeps the event from reaching the console as uncaught. */
export function workerErrorMessage(e: ErrorEvent): string {
  e.preventDefault();
  return e.message || NOT_LOADED[currentLanguage()];
}
