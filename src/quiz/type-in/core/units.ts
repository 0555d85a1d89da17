// A text as a sequence of units the matcher compares: English words (lower case, lightly stemmed),
// numbers and code tokens (`limit_req`, `CL.THROTTLE`, `10.96.0.0/12`), and single Chinese
// characters. Each unit keeps its span in the ORIGINAL text, so what matched can be highlighted.
// Folding: NFKC (full-width `ＡＢＣ１２３` → `ABC123`), lower case; punctuation separates units and
// is otherwise ignored, so `token-bucket`, `token bucket` and `Token Bucket!` give the same units.

export interface Unit {
  readonly kind: 'word' | 'han';
  /** Stemmed word, or one Chinese character. */
  readonly text: string;
  /** True for a number or code-like token (digits, `_`, `.`, `/` inside): these carry more weight. */
  readonly code: boolean;
  readonly start: number;
  readonly end: number;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Joiners kept inside a word when letters or digits follow (`cl.throttle`, `1/n`, `10.96.0.0/12`). */
const JOINERS = new Set(['.', '/', ':']);

/** Folds one character (NFKC, lower case); may return '' or several characters. */
function fold(ch: string): string {
  return ch.normalize('NFKC').toLowerCase();
}

/** Light stemming: the same rules on both sides matter more than linguistic accuracy. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (/\d|_/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  return w;
}

export function toUnits(text: string): Unit[] {
  // Folded characters with the original offset each came from.
  const chars: { ch: string; at: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    for (const ch of fold(text.slice(i, i + len))) chars.push({ ch, at: i, end: i + len });
    i += len;
  }
  const units: Unit[] = [];
  for (let i = 0; i < chars.length;) {
    const c = chars[i]!;
    if (HAN.test(c.ch)) {
      units.push({ kind: 'han', text: c.ch, code: false, start: c.at, end: c.end });
      i++;
      continue;
    }
    if (!WORD_CHAR.test(c.ch)) {
      i++;
      continue;
    }
    let j = i;
    let raw = '';
    while (j < chars.length) {
      const d = chars[j]!.ch;
      if (WORD_CHAR.test(d) && !HAN.test(d)) {
        raw += d;
        j++;
        continue;
      }
      const after = chars[j + 1]?.ch;
      if (JOINERS.has(d) && after !== undefined && WORD_CHAR.test(after) && !HAN.test(after)) {
        raw += d;
        j++;
        continue;
      }
      break;
    }
    const code = /[\d_./:]/.test(raw);
    units.push({ kind: 'word', text: code ? raw : stem(raw), code, start: c.at, end: chars[j - 1]!.end });
    i = j;
  }
  return units;
}
