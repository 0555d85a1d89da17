// A line diff between the expected output and the user's, for the view: the longest common
// subsequence of lines (dynamic programming, O(n·m)), reported as kept, missing (expected but not
// printed) and extra (printed but not expected) lines in order. Big outputs skip the table and
// compare line by line, so a 100k-line mistake cannot hang the page.

export type DiffKind = 'same' | 'missing' | 'extra';
export interface DiffLine {
  readonly kind: DiffKind;
  readonly text: string;
}

const MAX_CELLS = 4_000_000;

/** Lines of a command's output; the final newline ends the last line, it does not start a new one. */
export function toLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function positional(a: readonly string[], b: readonly string[]): DiffLine[] {
  const out: DiffLine[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && x === y) out.push({ kind: 'same', text: x });
    else {
      if (x !== undefined) out.push({ kind: 'missing', text: x });
      if (y !== undefined) out.push({ kind: 'extra', text: y });
    }
  }
  return out;
}

export function lineDiff(expected: readonly string[], actual: readonly string[]): DiffLine[] {
  const n = expected.length;
  const m = actual.length;
  if (n * m > MAX_CELLS) return positional(expected, actual);
  // lcs[i][j] = LCS length of expected[i..] and actual[j..], flattened.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        expected[i] === actual[j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push({ kind: 'same', text: expected[i] as string });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) {
      out.push({ kind: 'extra', text: actual[j] as string });
      j++;
    } else {
      out.push({ kind: 'missing', text: expected[i] as string });
      i++;
    }
  }
  return out;
}

export interface Verdict {
  readonly matches: boolean;
  readonly diff: DiffLine[];
  readonly trailingNewlineOnly: boolean;
}

/** Byte-for-byte comparison; the diff explains a mismatch line by line. */
export function compareOutputs(expected: string, actual: string): Verdict {
  const matches = expected === actual;
  const diff = matches ? [] : lineDiff(toLines(expected), toLines(actual));
  const trailingNewlineOnly = !matches && diff.every((d) => d.kind === 'same');
  return { matches, diff, trailingNewlineOnly };
}
