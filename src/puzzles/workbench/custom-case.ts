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

export type Language = 'zh' | 'en';

// The messages, in the language the caller passes (the UI's).
const MESSAGES = {
  zh: {
    shapes: { array: '数组', null: 'null', object: '对象', number: '数字', string: '字符串', boolean: '布尔值', other: '值' } as Record<Shape, string>,
    badJson: (detail: string) => `不是有效的 JSON（${detail}）`,
    noArgs: (ex: string) => `请输入参数，写成 JSON 数组，例如 ${ex}`,
    args: (message: string) => `参数${message}`,
    notArray: (ex: string) => `参数要写成 JSON 数组（每个参数一项），例如 ${ex}`,
    count: (want: number, got: number, ex: string) => `函数有 ${want} 个参数，这里给了 ${got} 个；例如 ${ex}`,
    argShape: (i: number, want: string, ex: string, got: string) => `第 ${i} 个参数应是${want}（例如 ${ex}），这里是${got}`,
    expected: (message: string) => `期望输出${message}；不确定可以留空，只看输出`,
    expectedShape: (want: string, ex: string, got: string) => `期望输出应是${want}（例如 ${ex}），这里是${got}`,
  },
  en: {
    shapes: { array: 'an array', null: 'null', object: 'an object', number: 'a number', string: 'a string', boolean: 'a boolean', other: 'a value' } as Record<
      Shape,
      string
    >,
    badJson: (detail: string) => `is not valid JSON (${detail})`,
    noArgs: (ex: string) => `Enter the arguments as a JSON array, e.g. ${ex}`,
    args: (message: string) => `The arguments ${message}`,
    notArray: (ex: string) => `Write the arguments as a JSON array (one item per argument), e.g. ${ex}`,
    count: (want: number, got: number, ex: string) => `The function takes ${want} argument(s), ${got} given; e.g. ${ex}`,
    argShape: (i: number, want: string, ex: string, got: string) => `Argument ${i} should be ${want} (e.g. ${ex}), not ${got}`,
    expected: (message: string) => `The expected output ${message}; if unsure, leave it empty and just look at the output`,
    expectedShape: (want: string, ex: string, got: string) => `The expected output should be ${want} (e.g. ${ex}), not ${got}`,
  },
};

function readJson(text: string, m: (typeof MESSAGES)[Language]): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: m.badJson(detail) };
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
export function parseCustomCase(
  input: CustomCaseInput,
  exampleArgs: readonly unknown[],
  exampleExpected: unknown,
  language: Language = 'zh',
): ParsedCustomCase {
  const m = MESSAGES[language];
  const argsText = input.args.trim();
  if (argsText === '') return { ok: false, field: 'args', message: m.noArgs(example(exampleArgs)) };
  const args = readJson(argsText, m);
  if (!args.ok) return { ok: false, field: 'args', message: m.args(args.message) };
  if (!Array.isArray(args.value)) {
    return { ok: false, field: 'args', message: m.notArray(example(exampleArgs)) };
  }
  if (args.value.length !== exampleArgs.length) {
    return { ok: false, field: 'args', message: m.count(exampleArgs.length, args.value.length, example(exampleArgs)) };
  }
  for (let i = 0; i < exampleArgs.length; i++) {
    const want = shapeOf(exampleArgs[i]);
    const got = shapeOf(args.value[i]);
    if (want !== got && !(got === 'null' && (want === 'array' || want === 'object'))) {
      return { ok: false, field: 'args', message: m.argShape(i + 1, m.shapes[want], example(exampleArgs[i]), m.shapes[got]) };
    }
  }
  const expectedText = input.expected.trim();
  if (expectedText === '') return { ok: true, args: args.value, hasExpected: false };
  const expected = readJson(expectedText, m);
  if (!expected.ok) return { ok: false, field: 'expected', message: m.expected(expected.message) };
  const want = shapeOf(exampleExpected);
  const got = shapeOf(expected.value);
  if (want !== got) {
    return { ok: false, field: 'expected', message: m.expectedShape(m.shapes[want], example(exampleExpected), m.shapes[got]) };
  }
  return { ok: true, args: args.value, hasExpected: true, expected: expected.value };
}
