// Lines of a deck file with their 1-based line numbers, and which of them are code. A `##`, `###`,
// `::: en` or `- [x]` inside a fenced code block is code, never structure.

export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/** For each line, true when it opens, closes or lies inside a fenced code block. */
export function codeMask(lines: readonly SourceLine[]): boolean[] {
  let fence: string | null = null;
  return lines.map(({ text }) => {
    const mark = FENCE.exec(text)?.[1];
    if (fence !== null) {
      if (mark && mark.startsWith(fence)) fence = null;
      return true;
    }
    if (mark) {
      fence = mark;
      return true;
    }
    return false;
  });
}

export function joinLines(lines: readonly SourceLine[]): string {
  return lines
    .map((l) => l.text)
    .join('\n')
    .trim();
}
