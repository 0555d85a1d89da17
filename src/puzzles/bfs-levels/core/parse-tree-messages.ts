// What parseTree says about a bad input, in Chinese and English. Positions are 1-based characters.
export type Language = 'zh' | 'en';

const EXAMPLE_ZH = '例如 [3,9,20,null,null,15,7]';
const EXAMPLE_EN = 'e.g. [3,9,20,null,null,15,7]';

const zh = {
  empty: `输入为空：请输入一个数组，${EXAMPLE_ZH}；空树写 []`,
  notArray: `输入必须是数组，${EXAMPLE_ZH}`,
  notJsonStart: (at: number, text: string) => `不是合法的 JSON：第 ${at} 个字符处无法识别“${text}”。请输入数组，${EXAMPLE_ZH}`,
  notInteger: (index: number, text: string, at: number) => `第 ${index} 个元素 ${text} 不是整数（第 ${at} 个字符处）：节点值必须是整数或 null`,
  outOfRange: (index: number, text: string) => `第 ${index} 个元素 ${text} 超出 32 位整数范围（−2147483648 到 2147483647）`,
  tooBig: (max: number) => `树太大：超过 ${max} 个节点`,
  notNull: (at: number, text: string) => `第 ${at} 个字符处：“${text}”不是 JSON，空节点请写 null`,
  stringItem: (index: number, text: string, hint: 'number' | 'null' | '') =>
    `第 ${index} 个元素 ${text} 是字符串，不是整数或 null${hint === 'number' ? '，数字不要加引号' : hint === 'null' ? '，null 不要加引号' : ''}`,
  badItem: (index: number, at: number) => `第 ${index} 个元素（第 ${at} 个字符处）不是整数或 null`,
  missingValue: (at: number) => `不是合法的 JSON：第 ${at} 个字符处缺少一个值（两个逗号之间或开头不能为空）`,
  trailingComma: (at: number) => `不是合法的 JSON：第 ${at} 个字符处的 ] 前多了一个逗号（数组末尾不能有逗号）`,
  unclosed: '不是合法的 JSON：数组没有结束，缺少 ]',
  unknown: (at: number, text: string) => `不是合法的 JSON：第 ${at} 个字符处无法识别“${text}”`,
  commaOrClose: (at: number, text: string) => `不是合法的 JSON：第 ${at} 个字符处应该是逗号或 ]，而不是“${text}”`,
  trailing: (at: number, shown: string) => `数组在第 ${at} 个字符处已经结束，后面还有多余的内容“${shown}”`,
  orphan: (index: number, value: number) =>
    `第 ${index} 个元素 ${value} 没有父节点：按层序它会挂在一个 null 下面，而 null 不能有孩子（LeetCode 格式不为 null 留孩子位置）`,
};

const en: typeof zh = {
  empty: `The input is empty: enter an array, ${EXAMPLE_EN}; an empty tree is []`,
  notArray: `The input must be an array, ${EXAMPLE_EN}`,
  notJsonStart: (at: number, text: string) => `Not valid JSON: cannot read "${text}" at character ${at}. Enter an array, ${EXAMPLE_EN}`,
  notInteger: (index: number, text: string, at: number) =>
    `Item ${index}, ${text}, is not a whole number (character ${at}): a node value must be a whole number or null`,
  outOfRange: (index: number, text: string) => `Item ${index}, ${text}, is outside the 32-bit integer range (−2147483648 to 2147483647)`,
  tooBig: (max: number) => `The tree is too big: more than ${max} nodes`,
  notNull: (at: number, text: string) => `Character ${at}: "${text}" is not JSON; write null for an empty node`,
  stringItem: (index: number, text: string, hint: 'number' | 'null' | '') =>
    `Item ${index}, ${text}, is a string, not a whole number or null${hint === 'number' ? '; numbers take no quotes' : hint === 'null' ? '; null takes no quotes' : ''}`,
  badItem: (index: number, at: number) => `Item ${index} (character ${at}) is not a whole number or null`,
  missingValue: (at: number) => `Not valid JSON: a value is missing at character ${at} (nothing between two commas, or at the start)`,
  trailingComma: (at: number) => `Not valid JSON: an extra comma before ] at character ${at} (no comma at the end of an array)`,
  unclosed: 'Not valid JSON: the array is not closed, ] is missing',
  unknown: (at: number, text: string) => `Not valid JSON: cannot read "${text}" at character ${at}`,
  commaOrClose: (at: number, text: string) => `Not valid JSON: expected a comma or ] at character ${at}, not "${text}"`,
  trailing: (at: number, shown: string) => `The array ends at character ${at}, but more follows: "${shown}"`,
  orphan: (index: number, value: number) =>
    `Item ${index}, ${value}, has no parent: in level order it would hang below a null, and a null has no children (LeetCode's format leaves no child slots for null)`,
};

export type TreeMessages = typeof zh;
export const treeMessages = (language: Language): TreeMessages => (language === 'en' ? en : zh);
