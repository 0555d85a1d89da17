// A CSV or TSV of questions and answers (a spreadsheet, or Anki's "Notes in plain text" export)
// turned into a deck in our Markdown format, so it goes through the same parser, checks and
// storage as a Markdown deck. Problems carry the line they are on, in both UI languages, and
// nothing is produced until there are none.
// Columns: a header row naming them (question/front/问题, answer/back/答案, optional id, tags), or
// else the first two columns are question and answer. Anki's `#separator:` / `#html:` header lines
// are read; other `#` lines at the top are skipped. Card ids come from an id column when it holds
// valid ids, else from a hash of the question, so importing the same file again keeps progress.

export interface CsvProblem {
  readonly line: number;
  readonly zh: string;
  readonly en: string;
}

export interface DelimitedRow {
  readonly line: number;
  readonly cells: string[];
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, newlines allowed inside quotes. */
export function parseDelimited(text: string, sep: string, firstLine = 1): { rows: DelimitedRow[]; problems: CsvProblem[] } {
  const rows: DelimitedRow[] = [];
  const problems: CsvProblem[] = [];
  let line = firstLine;
  let i = 0;
  while (i < text.length) {
    const rowLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let atFieldStart = true;
    for (;;) {
      if (i >= text.length) {
        if (quoted) problems.push({ line: rowLine, zh: `第 ${rowLine} 行：引号没有闭合`, en: `line ${rowLine}: a quoted field is never closed` });
        cells.push(cell);
        break;
      }
      const c = text[i] as string;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        if (c === '"') {
          quoted = false;
          i++;
          continue;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
        continue;
      }
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
        continue;
      }
      if (c === sep) {
        cells.push(cell);
        cell = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        continue;
      }
      if (c === '\n') {
        cells.push(cell);
        line++;
        i++;
        break;
      }
      cell += c;
      atFieldStart = false;
      i++;
    }
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
  }
  return { rows, problems };
}

const QUESTION_NAMES = new Set(['question', 'front', 'q', '问题', '题目', '正面']);
const ANSWER_NAMES = new Set(['answer', 'back', 'a', '答案', '回答', '背面']);
const ANKI_SEPARATORS: Readonly<Record<string, string>> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' };

export function csvToDeckMarkdown(text: string, fileName: string): { source: string | null; problems: CsvProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let sep = /\.tsv$/i.test(fileName) ? '\t' : /\.csv$/i.test(fileName) ? ',' : '';
  let skip = 0;
  // Anki names the columns in a `#columns:` header (its own export: GUID, Front, Back, Tags).
  let ankiColumns: string | null = null;
  while (skip < lines.length && (lines[skip] ?? '').startsWith('#')) {
    const m = /^#separator:(\w+)/i.exec(lines[skip] ?? '');
    if (m) sep = ANKI_SEPARATORS[(m[1] ?? '').toLowerCase()] ?? sep;
    const columns = /^#columns:(.*)$/i.exec(lines[skip] ?? '');
    if (columns) ankiColumns = columns[1] ?? '';
    skip++;
  }
  const body = lines.slice(skip).join('\n');
  if (!sep) sep = (lines[skip] ?? '').includes('\t') ? '\t' : ',';
  const { rows, problems } = parseDelimited(body, sep, skip + 1);
  if (rows.length === 0) problems.push({ line: 1, zh: '第 1 行：文件里没有任何一行问答', en: 'line 1: the file has no question and answer rows' });

  const named = ankiColumns === null ? null : ankiColumns.split(sep).map((c) => c.trim().toLowerCase());
  const head = named ?? rows[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const hasHeader = head.some((c) => QUESTION_NAMES.has(c)) && head.some((c) => ANSWER_NAMES.has(c));
  const col = (names: ReadonlySet<string> | string, fallback: number) => {
    if (!hasHeader) return fallback;
    const i = head.findIndex((c) => (typeof names === 'string' ? c === names : names.has(c)));
    return i;
  };
  const qi = col(QUESTION_NAMES, 0);
  const ai = col(ANSWER_NAMES, 1);
  const idi = hasHeader ? head.indexOf('id') : -1;
  const deckId = toDeckId(fileName);
  const seen = new Map<string, number>();
  const cards: string[] = [];
  for (const row of hasHeader && !named ? rows.slice(1) : rows) {
    const question = (row.cells[qi] ?? '').replace(/\s*\n\s*/g, ' ').trim();
    const answer = (row.cells[ai] ?? '').trim();
    if (row.cells.length < 2) {
      problems.push({
        line: row.line,
        zh: `第 ${row.line} 行：需要问题和答案两列，只找到一列（分隔符是${sep === '\t' ? ' Tab' : `“${sep}”`}）`,
        en: `line ${row.line}: needs a question and an answer column, found one`,
      });
      continue;
    }
    if (!question) {
      problems.push({ line: row.line, zh: `第 ${row.line} 行：问题是空的`, en: `line ${row.line}: the question is empty` });
      continue;
    }
    if (!answer) {
      problems.push({ line: row.line, zh: `第 ${row.line} 行：答案是空的`, en: `line ${row.line}: the answer is empty` });
      continue;
    }
    const given = idi >= 0 ? (row.cells[idi] ?? '').trim() : '';
    const id = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(given) ? given : `${deckId}-${hash8(question)}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        line: row.line,
        zh: `第 ${row.line} 行：和第 ${first} 行是同一个问题（id ${id}）`,
        en: `line ${row.line}: the same question as line ${first} (id ${id})`,
      });
      continue;
    }
    seen.set(id, row.line);
    cards.push(`## ${question.replace(/\{#/g, '{\\#')} {#${id}}\n\n${escapeBlockStarts(answer)}\n`);
  }
  if (problems.length > 0) return { source: null, problems };
  const title = fileName.replace(/\.[^.]+$/, '').replace(/[\r\n]/g, ' ') || deckId;
  const front = ['---', `id: ${deckId}`, `title: ${title}`, `title_en: ${title}`, 'order: 100', 'labs: []', 'puzzles: []', '---', ''];
  return { source: `${front.join('\n')}\n${cards.join('\n')}`, problems: [] };
}

/** Lines that would start a card, a section, the English half or frontmatter are kept as text. */
function escapeBlockStarts(answer: string): string {
  return answer
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => (/^\s*(#|:::|---)/.test(l) ? `\\${l.trimStart()}` : l))
    .join('\n');
}

function toDeckId(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base ? `imported-${base}` : `imported-${hash8(fileName)}`;
}

/** FNV-1a of the text, 8 hex digits: a stable card id for a question. */
function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
