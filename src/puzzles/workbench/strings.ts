// Every user-facing string of the workbench, in one place.
import type { Grade } from '../../study/review-log.ts';
import type { ReportStatus, RowStatus } from './judge-report.ts';

export const S = {
  title: '写你的解法',
  signature: '函数签名',
  limit: (ms: number) => `每个用例限时 ${ms / 1000} s`,
  savedHere: '代码自动保存在这个浏览器里',
  saveFailed: '浏览器拒绝保存（存储已满或被禁用）：刷新后代码会丢失，请自己复制一份。',
  unreadable: (reason: string) => `之前保存的代码无法读取（${reason}），已换成初始代码。原内容已另存，没有丢：`,
  unreadableShow: '查看原内容',
  editorLabel: (fn: string) => `TypeScript 代码编辑器：${fn}`,
  editorLoading: '编辑器加载中…',
  editorFailed: '代码编辑器加载失败，先用这个文本框：',
  editorKeys: 'Ctrl+Enter 运行，Ctrl+Shift+Enter 提交，运行中按 Esc 停止；Tab 缩进，先按 Esc 再按 Tab 可以离开编辑器。',
  run: '运行',
  runHint: '示例 + 自定义用例',
  submit: '提交',
  submitHint: '也跑隐藏用例，计入复习',
  running: (done: number, total: number) => `运行中… ${done}/${total}`,
  stop: '停止',
  stopHint: 'Esc',
  reset: '恢复初始代码',
  resetConfirm: '确定恢复初始代码？你现在的代码会被替换。',
  giveUp: '放弃',
  giveUpConfirm: '确定放弃？这次练习记为「重来」，明天再来。',
  confirm: '确定',
  cancel: '取消',
  customTitle: '自定义用例',
  customHelp: '参数写成 JSON 数组（每个参数一项）；期望输出可以不填，那样只显示你的输出。',
  customArgs: (i: number) => `自定义用例 ${i} 的参数（JSON 数组）`,
  customExpected: (i: number) => `自定义用例 ${i} 的期望输出（JSON，可选）`,
  customArgsShort: '参数',
  customExpectedShort: '期望输出（可选）',
  customAdd: '＋ 添加用例',
  customRemove: (i: number) => `删除自定义用例 ${i}`,
  customSkipped: (n: number) => `${n} 个自定义用例有错误，这次没有运行。`,
  reportTitle: '运行结果',
  reportRun: '运行',
  reportSubmit: '提交',
  status: {
    passed: '全部通过',
    failed: '未通过',
    timeout: '超时',
    stopped: '已停止',
    'load-error': '代码无法加载',
    'compile-error': '语法错误',
  } satisfies Record<ReportStatus, string>,
  rowStatus: {
    pass: '通过',
    fail: '错误',
    error: '异常',
    timeout: '超时',
    'not-run': '未运行',
    output: '输出',
  } satisfies Record<RowStatus, string>,
  passedOf: (passed: number, judged: number) => `${passed}/${judged} 个用例通过`,
  totalTime: (ms: number) => `用时 ${formatMs(ms)}`,
  compileAt: (line: number, column: number) => `第 ${line} 行，第 ${column} 列`,
  input: '输入',
  expected: '期望',
  actual: '实际输出',
  why: '说明',
  logs: 'console.log',
  outputProblem: {
    'too-large': '返回值太大（超过约 1 MB），没有传出沙箱，判为不通过',
    unclonable: '返回值无法传出沙箱（含函数、Symbol 或嵌套过深），判为不通过',
  },
  outputThrew: (message: string) => `读取返回值时抛出了异常：${message}`,
  logsDropped: (n: number) => `console 输出超过上限（每个用例 100 行、2 万字符）：另有 ${n} 行没有显示`,
  logsCut: 'console 输出过长，已截断（每行 2000 字符、每个用例 2 万字符）',
  missingFunction: (name: string) => `没有找到函数 ${name}`,
  incomplete: '沙箱没有返回全部用例的结果',
  time: '用时',
  noExpected: '（未填写，只显示输出）',
  reviewTitle: '复习',
  reviewNew: '新题：还没做过',
  reviewDue: '到期：今天该复习了',
  reviewHelp: '这道题和卡片一样按 FSRS 安排复习：第一次提交就全部通过记为「良好」，提交失败后再通过记为「困难」，放弃记为「重来」。',
  graded: (grade: Grade) => `这次练习已记录：${GRADE_NAMES[grade]}。`,
  practiseAgain: '再练一次',
  nextReviewOn: (date: string) => `下次复习：${date}`,
  failedSubmits: (n: number) => `本次已提交失败 ${n} 次：现在通过将记为「困难」。`,
} as const;

export const GRADE_NAMES: Record<Grade, string> = { 1: '重来', 2: '困难', 3: '良好', 4: '简单' };

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
