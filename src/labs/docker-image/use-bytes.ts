// Byte sizes in the UI language's number format.
import { useCallback } from 'react';
import { localeOf, useLanguage } from '../../ui/use-language.ts';
import { formatBytes } from './core/format.ts';

export function useBytes(): (n: number) => string {
  const locale = localeOf(useLanguage());
  return useCallback((n: number) => formatBytes(n, locale), [locale]);
}
