// One card block (its `##` heading and the lines under it) -> a Card: field lines, the Chinese and
// English parts (split-languages.ts), each part's text and quiz (card-text.ts, parse-quiz.ts), the
// two quiz lists paired (mirror-quiz.ts) and the links of both parts. Problems are reported, never thrown.
import { readCardText } from './card-text.ts';
import { mirrorQuiz } from './mirror-quiz.ts';
import { parseQuizSection } from './parse-quiz.ts';
import { codeMask, type SourceLine } from './source-lines.ts';
import { splitLanguages } from './split-languages.ts';
import type { Card, CardLanguage, CardLink, KnownIds, LinkKind } from './types.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CARD_HEADING = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/;
const FIELD_LINE = /^(notes|en):\s*(.*)$/;
const LINK = /\]\((card|lab|puzzle):([^)\s]+)\)/g;

export interface CardBlock {
  readonly heading: string;
  readonly line: number;
  readonly body: readonly SourceLine[];
}

type Report = (line: number, message: string) => void;

export function readCard(block: CardBlock, deckId: string, known: KnownIds, report: Report): Card | null {
  const match = CARD_HEADING.exec(block.heading);
  const question = match?.[1]?.trim() ?? '';
  const id = match?.[2]?.trim();
  if (!question) {
    report(block.line, 'card heading has no question');
    return null;
  }
  if (id === undefined) {
    report(block.line, `card "${question}" has no id; add {#some-id} to the heading`);
    return null;
  }
  if (!ID_PATTERN.test(id)) {
    report(block.line, `card id \`${id}\` must be kebab-case ASCII (a-z, 0-9, -)`);
    return null;
  }

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
  const parts = splitLanguages(block.body.slice(index), id, report);
  const zh = parts.zh ? readCardText(parts.zh, question, block.line) : null;
  const enQuestion = questionEn || (parts.zh ? '' : question);
  const en = parts.en ? readCardText(parts.en, enQuestion, parts.enLine ?? block.line) : null;
  if (!zh?.text.answer && !en?.text.answer) {
    report(block.line, `card \`${id}\` has an empty answer`);
    return null;
  }
  if (en && !en.text.answer) {
    report(parts.enLine ?? block.line, `card \`${id}\` has an empty English answer after \`::: en\``);
    return null;
  }
  if (en && zh && !questionEn) report(parts.enLine ?? block.line, `card \`${id}\` has an English answer but no \`en:\` question`);

  const quiz = mirrorQuiz(
    id,
    {
      zh: zh ? parseQuizSection(zh.quiz, id, report) : null,
      en: en ? parseQuizSection(en.quiz, id, report) : null,
      enLine: en?.quizLine ?? parts.enLine ?? block.line,
    },
    report,
  );
  const links = [...linksOf(parts.zh, 'zh', id, known, report), ...linksOf(parts.en, 'en', id, known, report)];
  return { id, deckId, question, questionEn: enQuestion, notes, zh: zh?.text ?? null, en: en?.text ?? null, links, quiz, line: block.line };
}

function linksOf(lines: readonly SourceLine[] | null, language: CardLanguage, cardId: string, known: KnownIds, report: Report): CardLink[] {
  if (!lines) return [];
  const code = codeMask(lines);
  const links: CardLink[] = [];
  lines.forEach(({ text, line }, i) => {
    if (code[i]) return;
    for (const m of text.matchAll(LINK)) {
      const kind = m[1] as LinkKind;
      const target = m[2] ?? '';
      links.push({ kind, target, line, language });
      const problem = checkLink(kind, target, known);
      if (problem) report(line, `card \`${cardId}\`: ${problem}`);
    }
  });
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
