// The significant terms of a text, each with a weight and the spans where it occurs:
//   concept  a glossary group found in the text (any of its terms, either language): weight 2
//   code     a number or code token (`limit_req`, `503`, `1/n`): weight 1.5
//   word     an English word that is not a stopword: weight 1
//   bigram   two adjacent Chinese characters outside glossary terms and stop characters: 0.5
// A glossary match consumes its units, so `leaky bucket` yields the concept 漏桶, never the word
// `bucket` that a token-bucket point also contains.
import type { Glossary } from './glossary.ts';
import { toUnits, type Unit } from './units.ts';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Term {
  readonly key: string;
  readonly weight: number;
  readonly spans: readonly Span[];
}

export const WEIGHTS = { concept: 2, code: 1.5, word: 1, bigram: 0.5 } as const;

const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from as is are was were be been being it its it's this that these those " +
    'there here what which who whom when where why how can could would should will shall may might must do does did done has have had ' +
    'not no yes you your we our they their them he she his her i me my one also only just than more most less very too into onto over ' +
    'under about after before again each every any some such own same other both all up down out off per via e.g i.e etc get got use used using way'
  )
    .split(' ')
    .map((w) => w.replace(/'s$/, '')),
);

/** Characters that carry no meaning of their own in an answer; they split Chinese runs. */
const STOP_HAN = new Set([
  ...'的了是在就也和与或及而把被让给对于从到向用以为着过吗呢吧啊这那个些一不没有都还要会能可很更最再又并且但其所它他她们我你之上下中里时后前等',
]);

export function extractTerms(text: string, glossary: Glossary): Term[] {
  const units = toUnits(text);
  const used = new Array<boolean>(units.length).fill(false);
  const found = new Map<string, { weight: number; spans: Span[] }>();
  const add = (key: string, weight: number, span: Span) => {
    const t = found.get(key);
    if (t) t.spans.push(span);
    else found.set(key, { weight, spans: [span] });
  };
  // Glossary terms, longest first; a unit belongs to at most one match.
  for (const term of glossary.terms) {
    const n = term.units.length;
    for (let i = 0; i + n <= units.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !used[i + k] && units[i + k]!.text === term.units[k]!.text;
      if (!ok) continue;
      for (let k = 0; k < n; k++) used[i + k] = true;
      add(`g:${term.group}`, WEIGHTS.concept, { start: units[i]!.start, end: units[i + n - 1]!.end });
      i += n - 1;
    }
  }
  units.forEach((u, i) => {
    if (used[i]) return;
    if (u.kind === 'word') {
      if (u.code) add(`c:${u.text}`, WEIGHTS.code, u);
      else if (!STOPWORDS.has(u.text) && u.text.length > 1) add(`w:${u.text}`, WEIGHTS.word, u);
      return;
    }
    const next: Unit | undefined = units[i + 1];
    if (next && !used[i + 1] && next.kind === 'han' && next.start === u.end && !STOP_HAN.has(u.text) && !STOP_HAN.has(next.text)) {
      add(`z:${u.text}${next.text}`, WEIGHTS.bigram, { start: u.start, end: next.end });
    }
  });
  return [...found].map(([key, t]) => ({ key, weight: t.weight, spans: t.spans }));
}
