// A tiny frontmatter reader: `key: value` and `key: [a, b]` lines between `---` fences. Decks
// need no more of YAML, and a small reader gives exact line numbers for every problem.

export interface FrontmatterResult {
  readonly fields: ReadonlyMap<string, { value: string | string[]; line: number }>;
  /** Index (0-based) of the first line after the closing fence. */
  readonly bodyStart: number;
  readonly problems: readonly { line: number; message: string }[];
}

export function parseFrontmatter(lines: readonly string[]): FrontmatterResult {
  const fields = new Map<string, { value: string | string[]; line: number }>();
  const problems: { line: number; message: string }[] = [];
  if (lines[0]?.trim() !== '---') {
    return { fields, bodyStart: 0, problems: [{ line: 1, message: 'deck must start with a `---` frontmatter block' }] };
  }
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '---') return { fields, bodyStart: i + 1, problems };
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(raw);
    if (!match) {
      problems.push({ line: i + 1, message: `bad frontmatter line: ${JSON.stringify(raw)}` });
      continue;
    }
    const key = match[1] ?? '';
    const text = (match[2] ?? '').trim();
    if (fields.has(key)) problems.push({ line: i + 1, message: `frontmatter key \`${key}\` appears twice` });
    fields.set(key, { value: parseValue(text), line: i + 1 });
  }
  return { fields, bodyStart: lines.length, problems: [...problems, { line: 1, message: 'frontmatter is not closed with `---`' }] };
}

function parseValue(text: string): string | string[] {
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((item) => unquote(item.trim()));
  }
  return unquote(text);
}

function unquote(text: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(text);
  return quoted ? (quoted[2] ?? '') : text;
}
