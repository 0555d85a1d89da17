// The deck checker's messages in Chinese, for the import panel. The checker words its problems in
// English (the build and `npm test` print them for authors); a user importing a deck reads them in
// the UI's language. Each message the parsers can produce has a pattern here, placeholders kept;
// problem-zh.test.ts feeds broken decks through the real parser and checks every message is covered.

type Rule = readonly [RegExp, (...groups: string[]) => string];

// Prefixes that wrap another message: translated around the translated rest.
const PREFIXES: readonly Rule[] = [
  [/^card `([^`]*)`: quiz item (\d+): ([\s\S]*)$/, (id, n, rest) => `卡片 \`${id}\` 的第 ${n} 道自测题：${toChinese(rest ?? '')}`],
  [/^card `([^`]*)`: ([\s\S]*)$/, (id, rest) => `卡片 \`${id}\`：${toChinese(rest ?? '')}`],
];

const RULES: readonly Rule[] = [
  // frontmatter.ts
  [/^deck must start with a `---` frontmatter block$/, () => '卡组必须以 `---` 开头的 frontmatter 块开始'],
  [/^bad frontmatter line: (.*)$/, (raw) => `frontmatter 里这一行看不懂：${raw}`],
  [/^frontmatter key `([^`]*)` appears twice$/, (key) => `frontmatter 的 \`${key}\` 出现了两次`],
  [/^frontmatter is not closed with `---`$/, () => 'frontmatter 没有用 `---` 结束'],
  // parse-deck.ts
  [/^duplicate card id `([^`]*)` \(first used at line (\d+)\)$/, (id, line) => `卡片 id \`${id}\` 重复（第 ${line} 行已经用过）`],
  [/^duplicate card id `([^`]*)` \(also (.*)\)$/, (id, where) => `卡片 id \`${id}\` 重复（${where} 也用了）`],
  [/^deck has no cards \(a card is a `## question \{#id\}` heading\)$/, () => '卡组里没有卡片（一张卡片以 `## 问题 {#id}` 标题开始）'],
  [/^unknown frontmatter key `([^`]*)`$/, (key) => `frontmatter 里没有 \`${key}\` 这个字段`],
  [/^frontmatter is missing `([^`]*)`$/, (key) => `frontmatter 缺少 \`${key}\``],
  [/^`([^`]*)` must be a non-empty text$/, (key) => `\`${key}\` 必须是非空文字`],
  [/^`([^`]*)` must be a list like \[a, b\]$/, (key) => `\`${key}\` 必须是 [a, b] 这样的列表`],
  [/^unknown (lab|puzzle) id `([^`]*)`$/, (what, id) => `没有 id 为 \`${id}\` 的${what === 'lab' ? '实验' : '编程题'}`],
  [/^deck id `([^`]*)` must be kebab-case$/, (id) => `卡组 id \`${id}\` 只能用小写字母、数字和连字符（kebab-case）`],
  [/^`order` must be a whole number$/, () => '`order` 必须是整数'],
  [/^text before the first card; a card starts with a `## question \{#id\}` heading$/, () => '第一张卡片之前有文字；卡片以 `## 问题 {#id}` 标题开始'],
  [/^code block opened with (\S+) is never closed$/, (fence) => `用 ${fence} 开始的代码块没有结束`],
  [/^deck id `([^`]*)` is also used by (.*)$/, (id, other) => `卡组 id \`${id}\` 已被 ${other} 使用`],
  // parse-card.ts
  [/^card heading has no question$/, () => '卡片标题里没有问题'],
  [/^card "([\s\S]*)" has no id; add \{#some-id\} to the heading$/, (q) => `卡片“${q}”没有 id；在标题末尾加上 {#some-id}`],
  [/^card id `([^`]*)` must be kebab-case ASCII \(a-z, 0-9, -\)$/, (id) => `卡片 id \`${id}\` 只能用小写字母、数字和连字符（a-z、0-9、-）`],
  [/^field `([^`]*):` of card `([^`]*)` is empty$/, (field, id) => `卡片 \`${id}\` 的字段 \`${field}:\` 是空的`],
  [/^card `([^`]*)` has an empty answer$/, (id) => `卡片 \`${id}\` 的答案是空的`],
  [/^card `([^`]*)` has an empty English answer after `::: en`$/, (id) => `卡片 \`${id}\` 在 \`::: en\` 之后的英文答案是空的`],
  [/^card `([^`]*)` has an English answer but no `en:` question$/, (id) => `卡片 \`${id}\` 有英文答案，但没有 \`en:\` 英文问题`],
  [/^card `([^`]*)` links to unknown card `([^`]*)`$/, (id, target) => `卡片 \`${id}\` 链接到不存在的卡片 \`${target}\``],
  [/^bad card link `([^`]*)`$/, (link) => `卡片链接 \`${link}\` 不对`],
  [/^unknown preset `([^`]*)` of lab `([^`]*)`$/, (preset, lab) => `实验 \`${lab}\` 没有 \`${preset}\` 这个场景`],
  // split-languages.ts
  [/^`::: en` appears twice \(first at line (\d+)\)$/, (line) => `\`::: en\` 出现了两次（第一次在第 ${line} 行）`],
  // parse-quiz.ts
  [/^text in the quiz section before its first `#### kind: prompt` item$/, () => '自测部分在第一道 `#### 题型: 题目` 之前有文字'],
  [/^the heading must be `#### kind: prompt`$/, () => '题目标题必须是 `#### 题型: 题目`'],
  [/^unknown kind `([^`]*)` \(use (.*)\)$/, (kind, kinds) => `没有 \`${kind}\` 这种题型（可用：${kinds}）`],
  [/^has no prompt$/, () => '没有题目'],
  [/^no links, images or HTML inside quiz items$/, () => '自测题里不能有链接、图片或 HTML'],
  [/^unexpected line in a `([^`]*)` item: (.*)$/, (kind, text) => `\`${kind}\` 题里有一行看不懂：${text}`],
  [/^has no `>` explanation line$/, () => '缺少以 `>` 开头的解释'],
  [/^a `([^`]*)` item needs options: `- \[ \] …` and `- \[x\] …`$/, (kind) => `\`${kind}\` 题需要选项：\`- [ ] …\` 和 \`- [x] …\``],
  [/^a choice list of one; give 3–5 options$/, () => '只有一个选项；请给 3–5 个'],
  [/^has no right answer; mark the right option `\[x\]`$/, () => '没有正确答案；把正确的选项标成 `[x]`'],
  [/^a `single` item has exactly one `\[x\]`, this one has (\d+)$/, (n) => `单选题只能有一个 \`[x]\`，这道有 ${n} 个`],
  [/^a `multi` item needs at least one wrong option `\[ \]`$/, () => '多选题至少要有一个错误选项 `[ ]`'],
  [/^has an empty option$/, () => '有一个空选项'],
  [/^a `true-false` item needs `answer: true` or `answer: false`$/, () => '判断题需要 `answer: true` 或 `answer: false`'],
  [/^a `fill` item needs `answer: …` \(accepted answers separated by ` \| `\)$/, () => '填空题需要 `answer: …`（多个可接受的答案用 ` | ` 分隔）'],
  [
    /^an `order` item needs at least 3 steps \(a numbered list in the right order\), this one has (\d+)$/,
    (n) => `排序题至少要 3 个步骤（按正确顺序的编号列表），这道只有 ${n} 个`,
  ],
  [/^has an empty step$/, () => '有一个空步骤'],
];

/** The message in Chinese; a message without a rule is returned as it is (still readable). */
export function toChinese(message: string): string {
  for (const [pattern, say] of [...PREFIXES, ...RULES]) {
    const m = pattern.exec(message);
    if (m) return say(...m.slice(1).map((g) => g ?? ''));
  }
  return message;
}
