// One language's part of a card -> its answer Markdown, short answer and key points, and the
// lines of its quiz section (`### 自测` / `### Quiz`), which is taken out of the rendered answer.
import { codeMask, joinLines, type SourceLine } from './source-lines.ts';
import type { CardText } from './types.ts';

const KEY_POINTS_HEADINGS = new Set(['要点', 'key points']);
const QUIZ_HEADINGS = new Set(['自测', 'quiz']);
const SECTION = /^#{1,3}\s+(.*?)\s*$/;

export interface CardTextParts {
  readonly text: CardText;
  /** Lines of the quiz section after its heading; empty when there is none. */
  readonly quiz: readonly SourceLine[];
  /** Line of the quiz heading, or null. */
  readonly quizLine: number | null;
}

export function readCardText(lines: readonly SourceLine[], question: string, fallbackLine: number): CardTextParts {
  const code = codeMask(lines);
  const answer: SourceLine[] = [];
  const quiz: SourceLine[] = [];
  let quizLine: number | null = null;
  let inQuiz = false;
  lines.forEach((l, i) => {
    const heading = code[i] ? null : SECTION.exec(l.text);
    if (heading) {
      inQuiz = QUIZ_HEADINGS.has((heading[1] ?? '').toLowerCase());
      if (inQuiz) {
        quizLine ??= l.line;
        return;
      }
    }
    (inQuiz ? quiz : answer).push(l);
  });
  const markdown = joinLines(answer);
  const first = lines.find((l) => l.text.trim() !== '');
  return {
    text: { question, answer: markdown, summary: firstParagraph(markdown), keyPoints: keyPoints(answer), line: first?.line ?? fallbackLine },
    quiz,
    quizLine,
  };
}

function firstParagraph(answer: string): string {
  const first = answer.split(/\n\s*\n/)[0]?.trim() ?? '';
  return first.startsWith('#') ? '' : first;
}

function keyPoints(lines: readonly SourceLine[]): string[] {
  const code = codeMask(lines);
  const points: string[] = [];
  let inSection = false;
  lines.forEach(({ text }, i) => {
    if (code[i]) return;
    const heading = /^###\s+(.*)$/.exec(text);
    if (heading) {
      inSection = KEY_POINTS_HEADINGS.has((heading[1] ?? '').trim().toLowerCase());
      return;
    }
    const bullet = /^[-*]\s+(.*)$/.exec(text);
    if (inSection && bullet) points.push((bullet[1] ?? '').trim());
  });
  return points;
}
