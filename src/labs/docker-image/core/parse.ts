// A Dockerfile parser for the instructions the lab models. It follows the Dockerfile reference
// (https://docs.docker.com/reference/dockerfile/) and moby/buildkit's frontend/dockerfile/parser:
// a line ending in `\` continues on the next one; whole-line comments (`#`, also `# syntax=`
// directives) and blank lines are dropped, even inside a continuation; keywords are
// case-insensitive; exec form is a JSON array, anything else is shell form. Comments never reach an
// instruction, which is why editing one cannot bust the build cache.
// Problems are reported as `line N: message`, N being the instruction's first line (1-based).

export const KEYWORDS = ['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR', 'ENV', 'ARG', 'EXPOSE', 'USER', 'CMD', 'ENTRYPOINT', 'LABEL', 'HEALTHCHECK'] as const;
export type Keyword = (typeof KEYWORDS)[number];

export interface Instruction {
  /** First and last source line (1-based). */
  readonly line: number;
  readonly endLine: number;
  readonly keyword: Keyword;
  /** The arguments with continuations joined, as BuildKit keeps them: this text enters the cache key. */
  readonly args: string;
  /** 0-based index of the build stage (FROM) the instruction belongs to; -1 for ARGs before the first FROM. */
  readonly stage: number;
  /** `--flag=value` options (COPY --from, --chown, --link; HEALTHCHECK --interval…). */
  readonly flags: Readonly<Record<string, string>>;
  /** Positional words after the flags (exec form arrays are unpacked). */
  readonly words: readonly string[];
}

export interface Stage {
  readonly index: number;
  readonly base: string;
  readonly name: string | null;
  readonly line: number;
}

export interface Parsed {
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
  readonly errors: readonly string[];
}

interface Logical {
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
}

/** Joins continuation lines and drops comments and blank lines. */
export function toLogicalLines(text: string): Logical[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Logical[] = [];
  let buffer: string | null = null;
  let start = 0;
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const continues = /\\\s*$/.test(raw);
    const piece = continues ? raw.replace(/\\\s*$/, '') : raw;
    if (buffer === null) {
      buffer = piece.trim();
      start = i + 1;
    } else buffer = `${buffer} ${piece.trim()}`;
    if (!continues) {
      out.push({ line: start, endLine: i + 1, text: buffer.trim() });
      buffer = null;
    }
  });
  if (buffer !== null) out.push({ line: start, endLine: lines.length, text: (buffer as string).trim() });
  return out;
}

function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest);
    if (!m || m[1] === undefined) break;
    flags[m[1]] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/** Exec form if the text is a JSON array of strings, else whitespace-separated words. */
export function toWords(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(rest);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    } catch {
      // Not JSON: Docker treats it as shell form.
    }
  }
  return rest.split(/\s+/).filter((w) => w !== '');
}

const NEEDS_ARGS: Readonly<Record<Keyword, number>> = {
  FROM: 1,
  RUN: 1,
  COPY: 2,
  ADD: 2,
  WORKDIR: 1,
  ENV: 1,
  ARG: 1,
  EXPOSE: 1,
  USER: 1,
  CMD: 1,
  ENTRYPOINT: 1,
  LABEL: 1,
  HEALTHCHECK: 1,
};

function check(
  keyword: Keyword,
  words: readonly string[],
  line: number,
  stageNames: ReadonlySet<string>,
  flags: Readonly<Record<string, string>>,
  current: Stage | undefined,
): string | null {
  if (words.length < NEEDS_ARGS[keyword])
    return `line ${line}: ${keyword} requires at least ${NEEDS_ARGS[keyword]} argument${NEEDS_ARGS[keyword] > 1 ? 's' : ''}`;
  if (keyword === 'FROM' && !(words.length === 1 || (words.length === 3 && words[1]?.toUpperCase() === 'AS')))
    return `line ${line}: FROM takes an image and optionally AS <name>`;
  if (keyword === 'EXPOSE') {
    const bad = words.find((w) => !/^\d{1,5}(\/(tcp|udp))?$/i.test(w) || Number(w.split('/')[0]) > 65535);
    if (bad !== undefined) return `line ${line}: EXPOSE: invalid port "${bad}"`;
  }
  // BuildKit refuses a stage that copies from itself: "circular dependency detected on stage".
  if ((keyword === 'COPY' || keyword === 'ADD') && current && (flags['from'] === String(current.index) || flags['from'] === current.name)) {
    return `line ${line}: COPY --from=${flags['from']}: a stage cannot copy from itself (BuildKit: circular dependency detected on stage ${flags['from']})`;
  }
  if ((keyword === 'COPY' || keyword === 'ADD') && flags['from'] !== undefined && !stageNames.has(flags['from'])) {
    return `line ${line}: COPY --from=${flags['from']}: no earlier stage has that name or number (other images are not modelled)`;
  }
  return null;
}

export function parseDockerfile(text: string): Parsed {
  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  const errors: string[] = [];
  const stageNames = new Set<string>();
  for (const logical of toLogicalLines(text)) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(logical.text);
    const word = (m?.[1] ?? '').toUpperCase();
    const keyword = KEYWORDS.find((k) => k === word);
    if (keyword === undefined) {
      errors.push(`line ${logical.line}: unknown instruction: ${m?.[1] ?? logical.text}`);
      continue;
    }
    const args = (m?.[2] ?? '').trim();
    if (stages.length === 0 && keyword !== 'FROM' && keyword !== 'ARG') {
      errors.push(`line ${logical.line}: ${keyword} before the first FROM (only ARG may come first)`);
      continue;
    }
    const { flags, rest } = keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT' ? { flags: {}, rest: args } : splitFlags(args);
    const words = toWords(rest);
    const problem = check(keyword, words, logical.line, stageNames, flags, stages.at(-1));
    if (problem) {
      errors.push(problem);
      continue;
    }
    if (keyword === 'FROM') {
      const name = words.length === 3 ? (words[2] ?? '').toLowerCase() : null;
      if (name !== null && stageNames.has(name)) {
        errors.push(`line ${logical.line}: duplicate stage name "${name}"`);
        continue;
      }
      stages.push({ index: stages.length, base: words[0] ?? '', name, line: logical.line });
      stageNames.add(String(stages.length - 1));
      if (name !== null) stageNames.add(name);
    }
    instructions.push({ line: logical.line, endLine: logical.endLine, keyword, args, stage: stages.length - 1, flags, words });
  }
  if (stages.length === 0 && errors.length === 0) errors.push('line 1: no FROM instruction: a Dockerfile must start a build stage');
  return { instructions, stages, errors };
}
