// A card body -> its Chinese and English parts. A line that is exactly `::: en` (outside code)
// starts the English answer, which runs to the next card. Nothing before it (blank lines aside)
// means the card is English-only; no such line means it is Chinese-only.
import { codeMask, type SourceLine } from './source-lines.ts';

export interface SplitLanguages {
  /** Null for an English-only card. */
  readonly zh: readonly SourceLine[] | null;
  /** Null for a Chinese-only card. */
  readonly en: readonly SourceLine[] | null;
  /** Line of the `::: en` marker, when there is one. */
  readonly enLine: number | null;
}

const MARKER = /^:::\s*en\s*$/;

export function splitLanguages(body: readonly SourceLine[], cardId: string, report: (line: number, message: string) => void): SplitLanguages {
  const code = codeMask(body);
  const markers = body.filter((l, i) => !code[i] && MARKER.test(l.text));
  const first = markers[0];
  for (const extra of markers.slice(1)) {
    report(extra.line, `card \`${cardId}\`: \`::: en\` appears twice (first at line ${first?.line})`);
  }
  if (!first) return { zh: body, en: null, enLine: null };
  const at = body.indexOf(first);
  const next = markers[1] ? body.indexOf(markers[1]) : body.length;
  const zh = body.slice(0, at);
  const en = body.slice(at + 1, next);
  return { zh: zh.some((l) => l.text.trim() !== '') ? zh : null, en, enLine: first.line };
}
