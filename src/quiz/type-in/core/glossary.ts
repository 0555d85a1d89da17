// The synonym glossary (content/glossary.md): groups of terms that mean the same thing, Chinese and
// English (令牌桶 | token bucket | 令牌桶算法). One line per group, `- term | term | …`; headings and
// other lines are for people. The parser is pure and reports problems as `line: message`, so the
// content test can fail on them as it does for decks.
import { toUnits, type Unit } from './units.ts';

export interface GlossaryGroup {
  readonly line: number;
  readonly terms: readonly string[];
}

export interface Glossary {
  readonly groups: readonly GlossaryGroup[];
  /** Each term as units, with its group's index, longest first (the longest match wins). */
  readonly terms: readonly { readonly units: readonly Unit[]; readonly group: number }[];
}

export interface ParsedGlossary {
  readonly glossary: Glossary;
  readonly problems: readonly string[];
}

/** The folded form two terms are compared by (`Token-Bucket` = `token bucket`). */
export function termKey(term: string): string {
  return toUnits(term)
    .map((u) => u.text)
    .join(' ');
}

export function parseGlossary(text: string): ParsedGlossary {
  const groups: GlossaryGroup[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const m = /^\s*-\s+(.*)$/.exec(raw);
    if (!m) return;
    const terms = (m[1] ?? '')
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (terms.length < 2) problems.push(`${line}: a group needs at least two terms`);
    for (const term of terms) {
      const key = termKey(term);
      if (key === '') {
        problems.push(`${line}: "${term}" has no letters or characters`);
        continue;
      }
      const before = seen.get(key);
      if (before !== undefined) problems.push(`${line}: "${term}" is already listed on line ${before}`);
      else seen.set(key, line);
    }
    groups.push({ line, terms });
  });
  return { glossary: createGlossary(groups), problems };
}

export function createGlossary(groups: readonly GlossaryGroup[]): Glossary {
  const terms = groups
    .flatMap((g, group) => g.terms.map((t) => ({ units: toUnits(t), group })))
    .filter((t) => t.units.length > 0)
    .sort((a, b) => b.units.length - a.units.length);
  return { groups, terms };
}

export const emptyGlossary: Glossary = { groups: [], terms: [] };
