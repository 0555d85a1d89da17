// URL parameters of the BFS page: ?tree=[3,9,20,null,null,15,7]&variant=zigzag. A bad field gets
// the parser's Chinese message and falls back to the default, so a broken link still opens.
import { BFS_VARIANTS, type BfsVariant } from './levels.ts';
import { parseTree } from './parse-tree.ts';

export interface BfsParams {
  readonly values: readonly (number | null)[];
  readonly variant: BfsVariant;
}

export const DEFAULT_BFS: BfsParams = { values: [3, 9, 20, null, null, 15, 7], variant: 'levels' };

export function parseBfsParams(search: URLSearchParams, language: 'zh' | 'en' = 'zh'): { values: BfsParams; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let values = DEFAULT_BFS.values;
  let variant = DEFAULT_BFS.variant;
  const rawTree = search.get('tree');
  if (rawTree !== null) {
    const parsed = parseTree(rawTree, language);
    if (parsed.ok) values = parsed.values;
    else errors['tree'] = `tree${language === 'en' ? ': ' : '：'}${parsed.error.message}`;
  }
  const rawVariant = search.get('variant');
  if (rawVariant !== null) {
    const found = BFS_VARIANTS.find((v) => v === rawVariant);
    if (found) variant = found;
    else errors['variant'] = language === 'en' ? `variant must be one of ${BFS_VARIANTS.join(' / ')}` : `variant 必须是 ${BFS_VARIANTS.join(' / ')} 之一`;
  }
  return { values: { values, variant }, errors };
}

export function toBfsSearch(values: BfsParams): URLSearchParams {
  return new URLSearchParams({ tree: JSON.stringify(values.values), variant: values.variant });
}
