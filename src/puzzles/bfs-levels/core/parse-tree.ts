// Parses the LeetCode array form of a tree ("[3,9,20,null,null,15,7]") with errors a person can
// act on, in Chinese, each with the character position. A hand-written tokenizer instead of
// JSON.parse: JSON.parse's messages are English, engine-specific, and cannot tell "not an array"
// from "trailing garbage" from "a Python None".
// Limits: values are 32-bit signed integers (LeetCode's `int`, and it keeps level sums of up to
// 10,000 nodes exact in a double); at most 10,000 nodes.
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
  | { readonly ok: true; readonly tree: BinaryTree; readonly values: readonly (number | null)[] }
  | { readonly ok: false; readonly error: TreeParseError };

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
  for (const [re, kind] of [[NUMBER, 'number'], [LOOSE_NUMBER, 'bad'], [WORD, 'word'], [STRING, 'string']] as const) {
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
const col = (at: number): string => `第 ${at + 1} 个字符处`;
const EXAMPLE = '例如 [3,9,20,null,null,15,7]';

export function parseTree(input: string): TreeParseResult {
  let tok = tokenAt(input, 0);
  const after = (t: Token): Token => tokenAt(input, t.at + t.text.length);
  if (tok.kind === 'end') return fail('empty', `输入为空：请输入一个数组，${EXAMPLE}；空树写 []`, null);
  if (tok.kind !== '[') {
    const isJsonValue = tok.kind === 'number' || tok.kind === '{' || (tok.kind === 'string' && tok.text.startsWith('"')) || ['true', 'false', 'null'].includes(tok.text);
    return isJsonValue
      ? fail('not-array', `输入必须是数组，${EXAMPLE}`, tok.at)
      : fail('not-json', `不是合法的 JSON：${col(tok.at)}无法识别“${tok.text}”。请输入数组，${EXAMPLE}`, tok.at);
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
        if (!Number.isInteger(v)) return fail('not-integer', `第 ${index} 个元素 ${t.text} 不是整数（${col(t.at)}）：节点值必须是整数或 null`, t.at);
        if (v < INT_MIN || v > INT_MAX) return fail('out-of-range', `第 ${index} 个元素 ${t.text} 超出 32 位整数范围（−2147483648 到 2147483647）`, t.at);
        values.push(v === 0 ? 0 : v); // -0 → 0
        if (++nonNull > MAX_NODES) return fail('too-big', `树太大：超过 ${MAX_NODES} 个节点`, t.at);
      } else if (t.kind === 'word' && t.text === 'null') {
        values.push(null);
      } else if (t.kind === 'word' && ['None', 'nil', 'NULL', 'Null', 'undefined'].includes(t.text)) {
        return fail('not-json', `${col(t.at)}：“${t.text}”不是 JSON，空节点请写 null`, t.at);
      } else if (t.kind === 'string') {
        const inner = t.text.slice(1, -1);
        const hint = /^-?\d+$/.test(inner) ? '，数字不要加引号' : inner === 'null' ? '，null 不要加引号' : '';
        return fail('not-integer', `第 ${index} 个元素 ${t.text} 是字符串，不是整数或 null${hint}`, t.at);
      } else if (t.kind === 'word' || t.kind === '[' || t.kind === '{') {
        return fail('not-integer', `第 ${index} 个元素（${col(t.at)}）不是整数或 null`, t.at);
      } else if (t.kind === ',') {
        return fail('not-json', `不是合法的 JSON：${col(t.at)}缺少一个值（两个逗号之间或开头不能为空）`, t.at);
      } else if (t.kind === ']') {
        return fail('not-json', `不是合法的 JSON：${col(t.at)}的 ] 前多了一个逗号（数组末尾不能有逗号）`, t.at);
      } else if (t.kind === 'end') {
        return fail('not-json', '不是合法的 JSON：数组没有结束，缺少 ]', t.at);
      } else {
        return fail('not-json', `不是合法的 JSON：${col(t.at)}无法识别“${t.text}”`, t.at);
      }
      positions.push(t.at);
      tok = after(tok);
      if (tok.kind === ']') break;
      if (tok.kind !== ',') {
        return tok.kind === 'end'
          ? fail('not-json', '不是合法的 JSON：数组没有结束，缺少 ]', tok.at)
          : fail('not-json', `不是合法的 JSON：${col(tok.at)}应该是逗号或 ]，而不是“${tok.text}”`, tok.at);
      }
      tok = after(tok);
    }
  }
  const close = tok;
  tok = after(tok);
  if (tok.kind !== 'end') {
    const rest = input.slice(close.at + 1).trim();
    const shown = rest.length > 20 ? `${rest.slice(0, 20)}…` : rest;
    return fail('trailing', `数组在${col(close.at)}已经结束，后面还有多余的内容“${shown}”`, tok.at);
  }
  const built = fromLevelArray(values);
  if ('orphan' in built) {
    const { index, value } = built.orphan;
    return fail(
      'orphan-child',
      `第 ${index + 1} 个元素 ${value} 没有父节点：按层序它会挂在一个 null 下面，而 null 不能有孩子（LeetCode 格式不为 null 留孩子位置）`,
      positions[index] ?? null,
    );
  }
  return { ok: true, tree: built.tree, values };
}
