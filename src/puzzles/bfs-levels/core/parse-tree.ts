// Parses the LeetCode array form of a tree ("[3,9,20,null,null,15,7]") with errors a person can
// act on, in Chinese, each with the character position. A hand-written tokenizer instead of
// JSON.parse: JSON.parse's messages are English, engine-specific, and cannot tell "not an array"
// from "trailing garbage" from "a Python None".
// Limits: values are 32-bit signed integers (LeetCode's `int`, and it keeps level sums of up to
// 10,000 nodes exact in a double); at most 10,000 nodes.
import { treeMessages, type Language } from './parse-tree-messages.ts';
import { type BinaryTree, fromLevelArray } from './tree.ts';

export const MAX_NODES = 10_000;
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

export type TreeParseErrorCode = 'empty' | 'not-json' | 'not-array' | 'not-integer' | 'out-of-range' | 'orphan-child' | 'trailing' | 'too-big';

export interface TreeParseError {
  readonly code: TreeParseErrorCode;
  readonly message: string;
  /** 0-based character offset in the input, when the error has one. */
  readonly at: number | null;
}

export type TreeParseResult =
  { readonly ok: true; readonly tree: BinaryTree; readonly values: readonly (number | null)[] } | { readonly ok: false; readonly error: TreeParseError };

type Token =
  | { kind: '[' | ']' | ',' | '{'; at: number; text: string }
  | { kind: 'number' | 'word' | 'string'; at: number; text: string }
  | { kind: 'bad'; at: number; text: string }
  | { kind: 'end'; at: number; text: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LOOSE_NUMBER = /[-+]?[\d.]+(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_]\w*/y;
const STRING = /"(?:[^"\\]|\\.)*"|'[^']*'/y;

function tokenAt(src: string, pos: number): Token {
  while (pos < src.length && /\s/.test(src[pos] ?? '')) pos++;
  const c = src[pos];
  if (c === undefined) return { kind: 'end', at: pos, text: '' };
  if (c === '[' || c === ']' || c === ',' || c === '{') return { kind: c, at: pos, text: c };
  for (const [re, kind] of [
    [NUMBER, 'number'],
    [LOOSE_NUMBER, 'bad'],
    [WORD, 'word'],
    [STRING, 'string'],
  ] as const) {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m) {
      // "01" or "1." match NUMBER only partly; the loose pattern catches the whole malformed token.
      if (kind === 'number') {
        LOOSE_NUMBER.lastIndex = pos;
        const loose = LOOSE_NUMBER.exec(src);
        if (loose && loose[0].length > m[0].length) return { kind: 'bad', at: pos, text: loose[0] };
      }
      return { kind, at: pos, text: m[0] };
    }
  }
  return { kind: 'bad', at: pos, text: c };
}

const fail = (code: TreeParseErrorCode, message: string, at: number | null): TreeParseResult => ({ ok: false, error: { code, message, at } });

export function parseTree(input: string, language: Language = 'zh'): TreeParseResult {
  const m = treeMessages(language);
  const col = (at: number): number => at + 1;
  let tok = tokenAt(input, 0);
  const after = (t: Token): Token => tokenAt(input, t.at + t.text.length);
  if (tok.kind === 'end') return fail('empty', m.empty, null);
  if (tok.kind !== '[') {
    const isJsonValue =
      tok.kind === 'number' || tok.kind === '{' || (tok.kind === 'string' && tok.text.startsWith('"')) || ['true', 'false', 'null'].includes(tok.text);
    return isJsonValue ? fail('not-array', m.notArray, tok.at) : fail('not-json', m.notJsonStart(col(tok.at), tok.text), tok.at);
  }
  const values: (number | null)[] = [];
  const positions: number[] = [];
  let nonNull = 0;
  tok = after(tok);
  if (tok.kind !== ']') {
    for (;;) {
      const index = values.length + 1;
      const t = tok;
      if (t.kind === 'number') {
        const v = Number(t.text);
        if (!Number.isInteger(v)) return fail('not-integer', m.notInteger(index, t.text, col(t.at)), t.at);
        if (v < INT_MIN || v > INT_MAX) return fail('out-of-range', m.outOfRange(index, t.text), t.at);
        values.push(v === 0 ? 0 : v); // -0 → 0
        if (++nonNull > MAX_NODES) return fail('too-big', m.tooBig(MAX_NODES), t.at);
      } else if (t.kind === 'word' && t.text === 'null') {
        values.push(null);
      } else if (t.kind === 'word' && ['None', 'nil', 'NULL', 'Null', 'undefined'].includes(t.text)) {
        return fail('not-json', m.notNull(col(t.at), t.text), t.at);
      } else if (t.kind === 'string') {
        const inner = t.text.slice(1, -1);
        const hint = /^-?\d+$/.test(inner) ? 'number' : inner === 'null' ? 'null' : '';
        return fail('not-integer', m.stringItem(index, t.text, hint), t.at);
      } else if (t.kind === 'word' || t.kind === '[' || t.kind === '{') {
        return fail('not-integer', m.badItem(index, col(t.at)), t.at);
      } else if (t.kind === ',') {
        return fail('not-json', m.missingValue(col(t.at)), t.at);
      } else if (t.kind === ']') {
        return fail('not-json', m.trailingComma(col(t.at)), t.at);
      } else if (t.kind === 'end') {
        return fail('not-json', m.unclosed, t.at);
      } else {
        return fail('not-json', m.unknown(col(t.at), t.text), t.at);
      }
      positions.push(t.at);
      tok = after(tok);
      if (tok.kind === ']') break;
      if (tok.kind !== ',') {
        return tok.kind === 'end' ? fail('not-json', m.unclosed, tok.at) : fail('not-json', m.commaOrClose(col(tok.at), tok.text), tok.at);
      }
      tok = after(tok);
    }
  }
  const close = tok;
  tok = after(tok);
  if (tok.kind !== 'end') {
    const rest = input.slice(close.at + 1).trim();
    const shown = rest.length > 20 ? `${rest.slice(0, 20)}…` : rest;
    return fail('trailing', m.trailing(col(close.at), shown), tok.at);
  }
  const built = fromLevelArray(values);
  if ('orphan' in built) {
    const { index, value } = built.orphan;
    return fail('orphan-child', m.orphan(index + 1, value), positions[index] ?? null);
  }
  return { ok: true, tree: built.tree, values };
}
