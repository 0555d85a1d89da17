// Tokens for full-text search over Chinese and English. Chinese has no spaces, so CJK runs become
// overlapping bigrams (plus single characters, so a one-character query still matches); Latin
// text becomes lower-cased words. The same function tokenizes documents and queries.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const SEGMENT = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9_.+#-]*/gi;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(SEGMENT)) {
    const segment = match[0].replace(/[.-]+$/, '');
    if (!segment) continue;
    if (!CJK.test(segment)) {
      tokens.push(segment);
      continue;
    }
    const chars = [...segment];
    if (chars.length === 1) {
      tokens.push(segment);
      continue;
    }
    for (let i = 0; i < chars.length; i++) {
      tokens.push(chars[i] ?? '');
      if (i + 1 < chars.length) tokens.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return tokens;
}

/** Query tokens: bigrams only for multi-character CJK (single characters match too much). */
export function tokenizeQuery(text: string): string[] {
  const all = tokenize(text);
  const hasBigram = all.some((t) => [...t].length === 2 && CJK.test(t));
  return hasBigram ? all.filter((t) => !(CJK.test(t) && [...t].length === 1)) : all;
}
