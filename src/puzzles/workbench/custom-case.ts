// A case the user types in: the arguments as a JSON array, and optionally the expected output as
// JSON. Checked against the shape of the puzzle's first example, so a typo gets a clear message
// before anything runs instead of a confusing crash inside the user's function.

export interface CustomCaseInput {
  readonly args: string;
  readonly expected: string;
}

export type ParsedCustomCase =
  | { readonly ok: true; readonly args: readonly unknown[]; readonly hasExpected: false }
  | { readonly ok: true; readonly args: readonly unknown[]; readonly hasExpected: true; readonly expected: unknown }
  | { readonly ok: false; readonly field: 'args' | 'expected'; readonly message: string };

type Shape = 'array' | 'null' | 'object' | 'number' | 'string' | 'boolean' | 'other';

function shapeOf(x: unknown): Shape {
  if (Array.isArray(x)) return 'array';
  if (x === null) return 'null';
  const t = typeof x;
  return t === 'object' || t === 'number' || t === 'string' || t === 'boolean' ? t : 'other';
}

const SHAPE_NAMES: Record<Shape, string> = {
  array: '数组', null: 'null', object: '对象', number: '数字', string: '字符串', boolean: '布尔值', other: '值',
};

function readJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `不是有效的 JSON（${detail}）` };
  }
}

const example = (x: unknown): string => {
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/**
 * `exampleArgs` / `exampleExpected` come from the puzzle's first visible case. A top-level null
 * is accepted where the example has an array or object (an empty tree is null in some puzzles).
 */
export function parseCustomCase(input: CustomCaseInput, exampleArgs: readonly unknown[], exampleExpected: unknown): ParsedCustomCase {
  const argsText = input.args.trim();
  if (argsText === '') return { ok: false, field: 'args', message: `请输入参数，写成 JSON 数组，例如 ${example(exampleArgs)}` };
  const args = readJson(argsText);
  if (!args.ok) return { ok: false, field: 'args', message: `参数${args.message}` };
  if (!Array.isArray(args.value)) {
    return { ok: false, field: 'args', message: `参数要写成 JSON 数组（每个参数一项），例如 ${example(exampleArgs)}` };
  }
  if (args.value.length !== exampleArgs.length) {
    return { ok: false, field: 'args', message: `函数有 ${exampleArgs.length} 个参数，这里给了 ${args.value.length} 个；例如 ${example(exampleArgs)}` };
  }
  for (let i = 0; i < exampleArgs.length; i++) {
    const want = shapeOf(exampleArgs[i]);
    const got = shapeOf(args.value[i]);
    if (want !== got && !(got === 'null' && (want === 'array' || want === 'object'))) {
      return { ok: false, field: 'args', message: `第 ${i + 1} 个参数应是${SHAPE_NAMES[want]}（例如 ${example(exampleArgs[i])}），这里是${SHAPE_NAMES[got]}` };
    }
  }
  const expectedText = input.expected.trim();
  if (expectedText === '') return { ok: true, args: args.value, hasExpected: false };
  const expected = readJson(expectedText);
  if (!expected.ok) return { ok: false, field: 'expected', message: `期望输出${expected.message}；不确定可以留空，只看输出` };
  const want = shapeOf(exampleExpected);
  const got = shapeOf(expected.value);
  if (want !== got) {
    return { ok: false, field: 'expected', message: `期望输出应是${SHAPE_NAMES[want]}（例如 ${example(exampleExpected)}），这里是${SHAPE_NAMES[got]}` };
  }
  return { ok: true, args: args.value, hasExpected: true, expected: expected.value };
}
