// One language's quiz section -> its items. Each item is a `#### kind: prompt` heading, a body
// that depends on the kind, and a one-line `>` explanation (content/FORMAT.md, "Quiz items").
// Every problem is reported with its line; an item with a problem comes back as null so that the
// mirror check (mirror-quiz.ts) can skip it instead of repeating the same problem.
import type { ChoiceText, FillText, OrderText, QuizKind, QuizText } from './quiz-types.ts';
import { QUIZ_KINDS } from './quiz-types.ts';
import type { SourceLine } from './source-lines.ts';

export type LanguageItem =
  | { readonly kind: 'single' | 'multi'; readonly line: number; readonly text: ChoiceText; readonly correct: readonly number[] }
  | { readonly kind: 'true-false'; readonly line: number; readonly text: QuizText; readonly answer: boolean }
  | { readonly kind: 'fill'; readonly line: number; readonly text: FillText }
  | { readonly kind: 'order'; readonly line: number; readonly text: OrderText };

type Report = (line: number, message: string) => void;

const ITEM_HEADING = /^####\s+(.*?)\s*$/;
const KIND_PROMPT = /^([A-Za-z-]+)\s*:\s*(.*)$/;
const OPTION = /^[-*]\s+\[([ xX])\]\s+(.*?)\s*$/;
const STEP = /^\d+[.)]\s+(.*?)\s*$/;
const ANSWER = /^answer:\s*(.*?)\s*$/;
const EXPLANATION = /^>\s?(.*?)\s*$/;
// Items are plain text with inline code: no links, images or HTML (they are shown in the quiz).
const MARKUP = /!?\[[^\]]*\]\([^)]*\)|<\/?[A-Za-z][^>]*>/;

interface RawItem {
  heading: SourceLine;
  body: SourceLine[];
}

export function parseQuizSection(lines: readonly SourceLine[], cardId: string, report: Report): (LanguageItem | null)[] {
  const raw: RawItem[] = [];
  for (const l of lines) {
    if (ITEM_HEADING.test(l.text)) raw.push({ heading: l, body: [] });
    else if (raw.length > 0) raw[raw.length - 1]?.body.push(l);
    else if (l.text.trim() !== '') report(l.line, `card \`${cardId}\`: text in the quiz section before its first \`#### kind: prompt\` item`);
  }
  return raw.map((item, i) => readItem(item, (line, message) => report(line, `card \`${cardId}\`: quiz item ${i + 1}: ${message}`)));
}

function readItem({ heading, body }: RawItem, report: Report): LanguageItem | null {
  const title = ITEM_HEADING.exec(heading.text)?.[1] ?? '';
  const match = KIND_PROMPT.exec(title);
  if (!match) {
    report(heading.line, 'the heading must be `#### kind: prompt`');
    return null;
  }
  const kindName = (match[1] ?? '').toLowerCase();
  const prompt = (match[2] ?? '').trim();
  if (!QUIZ_KINDS.includes(kindName as QuizKind)) {
    report(heading.line, `unknown kind \`${kindName}\` (use ${QUIZ_KINDS.join(', ')})`);
    return null;
  }
  const kind = kindName as QuizKind;
  let ok = true;
  const fail = (line: number, message: string) => {
    ok = false;
    report(line, message);
  };
  if (!prompt) fail(heading.line, 'has no prompt');

  const options: { text: string; correct: boolean }[] = [];
  const steps: string[] = [];
  const explanation: string[] = [];
  let answer: { value: string; line: number } | null = null;
  for (const l of body) {
    if (l.text.trim() === '') continue;
    const option = OPTION.exec(l.text);
    const step = STEP.exec(l.text);
    const given = ANSWER.exec(l.text);
    const why = EXPLANATION.exec(l.text);
    if (MARKUP.test(l.text)) fail(l.line, 'no links, images or HTML inside quiz items');
    if (option && (kind === 'single' || kind === 'multi')) options.push({ text: option[2] ?? '', correct: option[1] !== ' ' });
    else if (step && kind === 'order') steps.push(step[1] ?? '');
    else if (given && (kind === 'true-false' || kind === 'fill')) answer = { value: given[1] ?? '', line: l.line };
    else if (why) explanation.push(why[1] ?? '');
    else fail(l.line, `unexpected line in a \`${kind}\` item: ${JSON.stringify(l.text.trim())}`);
  }
  if (MARKUP.test(prompt)) fail(heading.line, 'no links, images or HTML inside quiz items');
  const why = explanation.join(' ').trim();
  if (!why) fail(heading.line, 'has no `>` explanation line');
  const base: QuizText = { prompt, explanation: why };
  const line = heading.line;

  if (kind === 'single' || kind === 'multi') {
    const correct = options.flatMap((o, i) => (o.correct ? [i] : []));
    if (options.length === 0) fail(line, `a \`${kind}\` item needs options: \`- [ ] …\` and \`- [x] …\``);
    else if (options.length === 1) fail(line, 'a choice list of one; give 3–5 options');
    else if (correct.length === 0) fail(line, 'has no right answer; mark the right option `[x]`');
    else if (kind === 'single' && correct.length > 1) fail(line, `a \`single\` item has exactly one \`[x]\`, this one has ${correct.length}`);
    else if (kind === 'multi' && correct.length === options.length) fail(line, 'a `multi` item needs at least one wrong option `[ ]`');
    if (options.some((o) => !o.text)) fail(line, 'has an empty option');
    return ok ? { kind, line, correct, text: { ...base, options: options.map((o) => o.text) } } : null;
  }
  if (kind === 'true-false') {
    const value = answer?.value.toLowerCase();
    if (value !== 'true' && value !== 'false') {
      fail(line, 'a `true-false` item needs `answer: true` or `answer: false`');
      return null;
    }
    return ok ? { kind, line, answer: value === 'true', text: base } : null;
  }
  if (kind === 'fill') {
    const accepted = (answer?.value ?? '')
      .split(/\s+\|\s+/)
      .map((a) => a.trim())
      .filter(Boolean);
    if (accepted.length === 0) fail(line, 'a `fill` item needs `answer: …` (accepted answers separated by ` | `)');
    return ok ? { kind, line, text: { ...base, accepted } } : null;
  }
  if (steps.length < 3) fail(line, `an \`order\` item needs at least 3 steps (a numbered list in the right order), this one has ${steps.length}`);
  if (steps.some((s) => !s)) fail(line, 'has an empty step');
  return ok ? { kind, line, text: { ...base, steps } } : null;
}
