// Markdown deck -> Deck. One pure function used by the build (Vite plugin) and the browser (decks a
// user imports). It never throws on bad input: every problem comes back as `file:line: message`,
// and the build fails on any. Format: content/FORMAT.md.
import { parseFrontmatter } from './frontmatter.ts';
import type { Card, CardLink, Deck, DeckMeta, DeckProblem, KnownIds, LinkKind } from './types.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CARD_HEADING = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/;
const FIELD_LINE = /^(notes|en):\s*(.*)$/;
const LINK = /\]\((card|lab|puzzle):([^)\s]+)\)/g;
const KEY_POINTS_HEADINGS = new Set(['要点', 'key points']);
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
  const fail = (line: number, message: string) => { ok = false; report(line, message); };
  for (const [key, { line }] of fields) {
    if (!FRONTMATTER_KEYS.has(key)) fail(line, `unknown frontmatter key \`${key}\``);
  }
  const text = (key: string): string => {
    const field = fields.get(key);
    if (!field) { fail(1, `frontmatter is missing \`${key}\``); return ''; }
    if (typeof field.value !== 'string' || field.value === '') { fail(field.line, `\`${key}\` must be a non-empty text`); return ''; }
    return field.value;
  };
  const list = (key: string, allowed: ReadonlySet<string>, what: string): string[] => {
    const field = fields.get(key);
    if (!field) return [];
    if (!Array.isArray(field.value)) { fail(field.line, `\`${key}\` must be a list like [a, b]`); return []; }
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

interface CardBlock {
  readonly heading: string;
  readonly line: number;
  /** Lines after the heading with their 1-based line numbers. */
  readonly body: readonly { text: string; line: number }[];
}

function splitCards(lines: readonly string[], start: number, report: Report): CardBlock[] {
  const blocks: { heading: string; line: number; body: { text: string; line: number }[] }[] = [];
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

function readCard(block: CardBlock, deckId: string, known: KnownIds, report: Report): Card | null {
  const match = CARD_HEADING.exec(block.heading);
  const question = match?.[1]?.trim() ?? '';
  const id = match?.[2]?.trim();
  if (!question) { report(block.line, 'card heading has no question'); return null; }
  if (id === undefined) { report(block.line, `card "${question}" has no id; add {#some-id} to the heading`); return null; }
  if (!ID_PATTERN.test(id)) { report(block.line, `card id \`${id}\` must be kebab-case ASCII (a-z, 0-9, -)`); return null; }

  let notes: string | null = null;
  let questionEn = '';
  let index = 0;
  for (; index < block.body.length; index++) {
    const field = FIELD_LINE.exec(block.body[index]?.text ?? '');
    if (!field) break;
    const value = (field[2] ?? '').trim();
    const line = block.body[index]?.line ?? block.line;
    if (!value) report(line, `field \`${field[1]}:\` of card \`${id}\` is empty`);
    if (field[1] === 'notes') notes = value;
    else questionEn = value;
  }
  const answerLines = block.body.slice(index);
  const answer = answerLines.map((l) => l.text).join('\n').trim();
  if (!answer) { report(block.line, `card \`${id}\` has an empty answer`); return null; }

  const links = findLinks(answerLines, id, known, report);
  return {
    id, deckId, question, questionEn, notes, answer, links, line: block.line,
    summary: firstParagraph(answer),
    keyPoints: keyPoints(answer),
  };
}

function findLinks(lines: readonly { text: string; line: number }[], cardId: string, known: KnownIds, report: Report): CardLink[] {
  const links: CardLink[] = [];
  let inFence = false;
  for (const { text, line } of lines) {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) continue;
    for (const m of text.matchAll(LINK)) {
      const kind = m[1] as LinkKind;
      const target = m[2] ?? '';
      links.push({ kind, target, line });
      const problem = checkLink(kind, target, known);
      if (problem) report(line, `card \`${cardId}\`: ${problem}`);
    }
  }
  return links;
}

function checkLink(kind: LinkKind, target: string, known: KnownIds): string | null {
  if (kind === 'card') return ID_PATTERN.test(target) ? null : `bad card link \`card:${target}\``;
  const [id = '', query = ''] = target.split('?');
  if (kind === 'puzzle') return known.puzzles.has(id) ? null : `unknown puzzle id \`${id}\``;
  if (!known.labs.has(id)) return `unknown lab id \`${id}\``;
  const preset = new URLSearchParams(query).get('preset');
  if (preset !== null && !known.labPresets.get(id)?.has(preset)) return `unknown preset \`${preset}\` of lab \`${id}\``;
  return null;
}

function firstParagraph(answer: string): string {
  const first = answer.split(/\n\s*\n/)[0]?.trim() ?? '';
  return first.startsWith('#') ? '' : first;
}

function keyPoints(answer: string): string[] {
  const points: string[] = [];
  let inSection = false;
  for (const line of answer.split('\n')) {
    const heading = /^###\s+(.*)$/.exec(line);
    if (heading) { inSection = KEY_POINTS_HEADINGS.has((heading[1] ?? '').trim().toLowerCase()); continue; }
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (inSection && bullet) points.push((bullet[1] ?? '').trim());
  }
  return points;
}
