// Type-in recall: which key points of a card a typed answer covers. A key point's significant terms
// (terms.ts) are weighted; the point is hit when the terms found in the typed answer carry at least
// HIT_SHARE of its weight. Word order does not matter; synonyms in either language count through
// the glossary. When the answer is written in the other language than the point, only the
// language-neutral terms (concepts, code, numbers) can match, so the share is taken over those.
// Pure: the glossary is passed in. Quality is measured on a hand-labelled corpus (corpus.ts).
import type { Glossary } from './glossary.ts';
import { extractTerms, type Span, type Term } from './terms.ts';

export const HIT_SHARE = 0.5;

export interface KeyPointResult {
  readonly index: number;
  readonly hit: boolean;
  /** Share of the point's term weight the answer covers, 0–1. */
  readonly score: number;
  /** Keys of the point's terms that the answer contains. */
  readonly matched: readonly string[];
}

export interface MatchResult {
  readonly points: readonly KeyPointResult[];
  /** Spans of the typed text that matched some key point, sorted and merged, for highlighting. */
  readonly highlights: readonly Span[];
  readonly hitCount: number;
}

type Language = 'zh' | 'en';

function languageOf(text: string): Language {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han * 2 >= latin ? 'zh' : 'en';
}

const neutral = (t: Term) => t.key.startsWith('g:') || t.key.startsWith('c:');

export function matchKeyPoints(typed: string, keyPoints: readonly string[], glossary: Glossary): MatchResult {
  const answer = new Map(extractTerms(typed, glossary).map((t) => [t.key, t]));
  const typedLanguage = languageOf(typed);
  const spans: Span[] = [];
  const points = keyPoints.map((point, index): KeyPointResult => {
    const all = extractTerms(point.replace(/`/g, ' '), glossary);
    const terms = typedLanguage === languageOf(point) || !all.some(neutral) ? all : all.filter(neutral);
    const total = terms.reduce((s, t) => s + t.weight, 0);
    const matched = terms.filter((t) => answer.has(t.key));
    const score = total === 0 ? 0 : matched.reduce((s, t) => s + t.weight, 0) / total;
    const hit = typed.trim() !== '' && score >= HIT_SHARE;
    for (const t of matched) spans.push(...answer.get(t.key)!.spans);
    return { index, hit, score, matched: matched.map((t) => t.key) };
  });
  return { points, highlights: mergeSpans(spans), hitCount: points.filter((p) => p.hit).length };
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

export type SuggestedGrade = 1 | 2 | 3;

/** Again below half the points, Hard from half, Good from 80 %; Easy is the user's own call. */
export function suggestGrade(hitCount: number, pointCount: number): SuggestedGrade | null {
  if (pointCount === 0) return null;
  const share = hitCount / pointCount;
  return share >= 0.8 ? 3 : share >= 0.5 ? 2 : 1;
}
