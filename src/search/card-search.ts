// Full-text search over every card's question and answer, Chinese and English, with minisearch.
import MiniSearch from 'minisearch';
import type { SearchDoc } from '../decks/deck-data.ts';
import { tokenize, tokenizeQuery } from './tokenize.ts';

export interface SearchHit {
  readonly id: string;
  readonly deckId: string;
  readonly question: string;
  readonly questionEn: string;
  readonly snippet: string;
  /** The index tokens this card matched (words, Chinese bigrams), to mark them in the result. */
  readonly terms: readonly string[];
  readonly score: number;
}

export function createCardSearch(docs: readonly SearchDoc[]) {
  const index = new MiniSearch<SearchDoc>({
    fields: ['question', 'questionEn', 'text', 'textEn'],
    storeFields: ['deckId', 'question', 'questionEn'],
    tokenize,
    searchOptions: { boost: { question: 3, questionEn: 2 }, prefix: (term) => /^[a-z0-9]{3,}$/.test(term), combineWith: 'AND', tokenize: tokenizeQuery },
  });
  index.addAll(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));

  /** `language`: the snippet comes from the answer in that language when a term is found there. */
  return function search(query: string, limit = 30, language: 'zh' | 'en' = 'zh'): SearchHit[] {
    if (!query.trim()) return [];
    let results = index.search(query);
    // A long query rarely has every term; fall back to any term, still ranked by relevance.
    if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
    return results.slice(0, limit).map((r) => {
      const doc = byId.get(String(r.id));
      return {
        id: String(r.id),
        deckId: doc?.deckId ?? '',
        question: doc?.question ?? '',
        questionEn: doc?.questionEn ?? '',
        snippet: doc ? snippetIn(doc, r.terms, language) : '',
        terms: r.terms,
        score: r.score,
      };
    });
  };
}

function snippetIn(doc: SearchDoc, terms: readonly string[], language: 'zh' | 'en'): string {
  const [first, second] = language === 'en' ? [doc.textEn, doc.text] : [doc.text, doc.textEn];
  const has = (text: string) => terms.some((t) => text.toLowerCase().includes(t));
  const text = (has(first) || !has(second)) && first ? first : second;
  return snippet(text, terms);
}

/** About 120 characters of the answer around the first matched term. */
export function snippet(text: string, terms: readonly string[]): string {
  const lower = text.toLowerCase();
  const at =
    terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 120)}${start + 120 < text.length ? '…' : ''}`;
}
