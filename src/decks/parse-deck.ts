// Markdown deck -> Deck. One pure function used by the build (Vite plugin) and the browser (decks a
// user imports). It never throws on bad input: every problem comes back as `file:line: message`,
// and the build fails on any. Format: content/FORMAT.md.
import { parseFrontmatter } from './frontmatter.ts';
import { ID_PATTERN, readCard, type CardBlock } from './parse-card.ts';
import type { SourceLine } from './source-lines.ts';
import type { Card, Deck, DeckMeta, DeckProblem, KnownIds } from './types.ts';

const FRONTMATTER_KEYS = new Set(['id', 'title', 'title_en', 'order', 'labs', 'puzzles']);

export interface ParseDeckResult {
  readonly deck: Deck | null;
  readonly problems: DeckProblem[];
}

export function parseDeck(source: string, file: string, known: KnownIds): ParseDeckResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: DeckProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });

  const front = parseFrontmatter(lines);
  for (const p of front.problems) report(p.line, p.message);
  const meta = readMeta(front.fields, known, report);

  const cards: Card[] = [];
  const firstLine = new Map<string, number>();
  for (const block of splitCards(lines, front.bodyStart, report)) {
    const card = readCard(block, meta?.id ?? '', known, report);
    if (!card) continue;
    const seen = firstLine.get(card.id);
    if (seen !== undefined) {
      report(card.line, `duplicate card id \`${card.id}\` (first used at line ${seen})`);
      continue;
    }
    firstLine.set(card.id, card.line);
    cards.push(card);
  }
  if (meta && cards.length === 0 && problems.length === 0) report(front.bodyStart + 1, 'deck has no cards (a card is a `## question {#id}` heading)');

  return { deck: meta && problems.length === 0 ? { meta, cards } : null, problems };
}

type Report = (line: number, message: string) => void;
type Fields = ReturnType<typeof parseFrontmatter>['fields'];

function readMeta(fields: Fields, known: KnownIds, report: Report): DeckMeta | null {
  let ok = true;
  const fail = (line: number, message: string) => {
    ok = false;
    report(line, message);
  };
  for (const [key, { line }] of fields) {
    if (!FRONTMATTER_KEYS.has(key)) fail(line, `unknown frontmatter key \`${key}\``);
  }
  const text = (key: string): string => {
    const field = fields.get(key);
    if (!field) {
      fail(1, `frontmatter is missing \`${key}\``);
      return '';
    }
    if (typeof field.value !== 'string' || field.value === '') {
      fail(field.line, `\`${key}\` must be a non-empty text`);
      return '';
    }
    return field.value;
  };
  const list = (key: string, allowed: ReadonlySet<string>, what: string): string[] => {
    const field = fields.get(key);
    if (!field) return [];
    if (!Array.isArray(field.value)) {
      fail(field.line, `\`${key}\` must be a list like [a, b]`);
      return [];
    }
    for (const id of field.value) if (!allowed.has(id)) fail(field.line, `unknown ${what} id \`${id}\``);
    return field.value;
  };
  const id = text('id');
  if (id && !ID_PATTERN.test(id)) fail(fields.get('id')?.line ?? 1, `deck id \`${id}\` must be kebab-case`);
  const title = text('title');
  const titleEn = text('title_en');
  const orderText = text('order');
  const order = Number(orderText);
  if (orderText && !Number.isInteger(order)) fail(fields.get('order')?.line ?? 1, '`order` must be a whole number');
  const labs = list('labs', known.labs, 'lab');
  const puzzles = list('puzzles', known.puzzles, 'puzzle');
  return ok ? { id, title, titleEn, order, labs, puzzles } : null;
}

function splitCards(lines: readonly string[], start: number, report: Report): CardBlock[] {
  const blocks: { heading: string; line: number; body: SourceLine[] }[] = [];
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) fence = fence === null ? fenceMark : null;
    const current = blocks[blocks.length - 1];
    if (fence === null && !fenceMark && /^##\s/.test(text)) {
      blocks.push({ heading: text, line: i + 1, body: [] });
    } else if (current) {
      current.body.push({ text, line: i + 1 });
    } else if (text.trim() !== '') {
      report(i + 1, 'text before the first card; a card starts with a `## question {#id}` heading');
    }
  }
  if (fence !== null) report(lines.length, `code block opened with ${fence} is never closed`);
  return blocks;
}
