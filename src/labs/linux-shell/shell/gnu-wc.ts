// GNU wc's column width, which just-bash does not copy. just-bash pads every count to the width of
// the largest count printed. GNU coreutils (wc.c, compute_number_width) prints one count of one
// file unpadded; otherwise every count gets the width of the digits of the total size of the
// input files, at least 7 when one input is not a regular file (standard input, a pipe).
// So `wc -l a b` prints "  3374 total" for files of 1 MB where just-bash prints "3374 total".

export interface WcCall {
  /** How many of -l -w -c -m -L were asked for (all three of lines, words, bytes when none). */
  readonly counts: number;
  /** File operands; empty means standard input. */
  readonly files: readonly string[];
}

const COUNT_FLAGS = new Set(['l', 'w', 'c', 'm', 'L']);
const LONG: Readonly<Record<string, string>> = { '--lines': 'l', '--words': 'w', '--bytes': 'c', '--chars': 'm', '--max-line-length': 'L' };

export function parseWcArgs(args: readonly string[]): WcCall {
  const flags = new Set<string>();
  const files: string[] = [];
  let operandsOnly = false;
  for (const arg of args) {
    if (operandsOnly || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') operandsOnly = true;
    else if (LONG[arg]) flags.add(LONG[arg]);
    else if (!arg.startsWith('--')) for (const c of arg.slice(1)) if (COUNT_FLAGS.has(c)) flags.add(c);
  }
  return { counts: flags.size === 0 ? 3 : flags.size, files };
}

/** The width GNU gives each count; `sizes` are the files' sizes, null for one that is not a regular file. */
export function gnuWcWidth(call: WcCall, sizes: readonly (number | null)[]): number {
  const inputs = call.files.length === 0 ? 1 : call.files.length;
  if (call.counts === 1 && inputs === 1) return 1;
  const minimum = call.files.length === 0 || sizes.some((s) => s === null) ? 7 : 1;
  const total = sizes.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  return Math.max(minimum, String(total).length);
}

/** Re-pads each line "<n> <n> … [name]" to `width` per count. */
export function padWcOutput(stdout: string, counts: number, width: number): string {
  const row = new RegExp(`^ *((?:\\d+ +){${counts - 1}}\\d+)(?: (.*))?$`);
  return stdout.replace(/^.*$/gm, (line) => {
    const m = row.exec(line);
    if (!m) return line;
    const numbers = (m[1] as string)
      .split(/ +/)
      .map((n) => n.padStart(width))
      .join(' ');
    return m[2] === undefined ? numbers : `${numbers} ${m[2]}`;
  });
}
