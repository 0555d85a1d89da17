// User-facing strings of the app shell and study screens. Chinese first; English says the same.
import { useEffect, useReducer } from 'react';
import { useAppearanceStore } from './appearance-store.ts';

const zh = {
  appName: '面试实验室',
  skipToContent: '跳到正文',
  navDecks: '卡组',
  navStudy: '学习',
  navLabs: '实验',
  navPuzzles: '编程题',
  navSearch: '搜索',
  navSettings: '设置',
  navStats: '统计',
  navCram: '冲刺',
  navTest: '测验',
  navInterview: '模拟面试',
  themeToggle: '切换深浅色',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  language: '语言',
  loading: '加载中…',
  loadFailed: '加载失败',
  retry: '重试',
  updateReady: '有新版本了。重新加载后使用新版本（你的进度都在）。',
  updateReload: '重新加载',
  updateLater: '稍后',
  reload: '重新加载页面',
  routeLoadFailedTitle: '这个页面的代码没能加载',
  routeLoadFailedBody: '可能是网络断了，或者应用刚发布了新版本。先点“重试”；还不行就重新加载页面。你的学习进度不受影响。',
  titleStudyDeck: '学习：{deck}',
  titleSearch: '搜索：{q}',
  routeErrorTitle: '这个页面出错了',
  routeErrorBody: '出错的只是这一页：导航仍可用，你的学习进度不受影响。',
  notFound: '页面不存在',
  backHome: '回到首页',
  homeTitle: '今天要复习的',
  homeLead: '分布式系统面试卡片：间隔重复记答案，实验里看机制。',
  dueToday: '今日到期',
  newToday: '今日新卡',
  studyAllDue: '学习今天的卡',
  countNew: '新卡',
  countDue: '到期',
  countLearned: '已学',
  rebuilding: '正在根据复习记录计算卡片状态：{done} / {total} 张卡',
  countLearning: '学习中',
  cards: '张卡',
  deckStudy: '开始学习',
  deckExportAnki: '导出给 Anki',
  deckExportAnkiHelp: 'Anki 的“文件 → 导入”读得懂的 .txt：带 GUID，再导入会更新而不是重复；你的进度写在标签里（il::state::…、il::due::…）。',
  deckCards: '问题列表',
  deckProgress: '进度',
  deckLabs: '配套实验与编程题',
  fromNotes: '来自笔记',
  notesQuestion: '笔记原题',
  statusNew: '新',
  statusDue: '到期',
  statusLearned: '已学',
  nextReview: '下次复习',
  cardOpenInDeck: '所在卡组',
  prevCard: '上一张',
  nextCard: '下一张',
  showAnswer: '显示答案',
  gradeAgain: '重来',
  gradeHard: '困难',
  gradeGood: '良好',
  gradeEasy: '简单',
  undo: '撤销',
  undone: '已撤销上一次评分',
  keysTitle: '快捷键',
  keysReveal: '显示答案',
  keysGrade: '评分：重来 / 困难 / 良好 / 简单',
  keysTypeIn: '在答案框里：显示答案',
  keysUndo: '撤销上一次评分',
  keysHelp: '显示或关闭本帮助',
  close: '关闭',
  sessionDone: '这一轮学完了',
  sessionNothing: '现在没有要学的卡。',
  sessionReviewed: '本轮复习',
  sessionTime: '用时',
  sessionBack: '返回卡组',
  sessionAgain: '继续学习',
  newCardBadge: '新卡',
  reviewBadge: '复习',
  remaining: '剩余',
  searchTitle: '搜索问题与答案',
  searchPlaceholder: '输入关键词，如 令牌桶、kube-proxy、CAP',
  searchNoResults: '没有找到',
  searchResults: '条结果',
  settingsTitle: '设置',
  retention: '目标记忆保持率',
  retentionHelp: 'FSRS 按这个保持率安排间隔：越高，复习越频繁。默认 0.90。',
  newPerDay: '每天新卡上限',
  exportTitle: '导出与导入',
  exportButton: '导出复习记录 (JSON)',
  importButton: '导入复习记录',
  importDone: '已导入 {n} 条新记录',
  importNone: '没有新记录（都已存在）',
  importNotJson: '文件不是 JSON，未导入任何内容',
  importBadEntries: '第 {n} 条记录格式不对，未导入任何内容',
  labsTitle: '实验',
  puzzlesTitle: '编程题',
  comingLater: '这个实验还在建设中。',
  tryIt: '动手试试',
  relatedCards: '相关卡片',
  importedBadge: '导入',
  importExtrasAdded: '另加入 {n} 条冲刺、测验记录',
  importExtrasKept: '这台浏览器已有的面试日期保持不变',
  importDeckTitle: '导入自己的卡组 (Markdown)',
  importDeckHelp:
    '格式见 content/FORMAT.md：frontmatter + “## 问题 {#id}” + 答案。也可以是问答的 CSV/TSV（表头写明问题/答案列，或前两列就是问题和答案），比如 Anki 导出的纯文本。用构建时同一个解析器检查，有任何问题都会列出“文件:行: 原因”，不会保存。',
  importDeckChoose: '选择文件（.md、.csv、.tsv）',
  importDeckRemove: '删除',
  importDeckAdded: '已导入卡组',
  importDeckTooBig: '文件超过 2 MB，未导入',
} as const;

export type Strings = { readonly [K in keyof typeof zh]: string };

// English loads only when chosen, keeping it off the first page for the Chinese-first UI.
let english: Strings | null = null;
let loadingEnglish: Promise<void> | null = null;
const loadEnglish = () =>
  (loadingEnglish ??= import('./i18n-en.ts').then((m) => {
    english = m.en;
  }));

/**
 * Resolves once the shell's strings for the saved language are loaded. main.tsx waits for it before
 * the first render, so an English user never sees the Chinese table while the chunk loads (a test
 * read "相关卡片" on an English page that way). A failed load resolves too: Chinese beats a blank page.
 */
export function stringsReady(): Promise<void> {
  if (useAppearanceStore.getState().language !== 'en') return Promise.resolve();
  return loadEnglish().catch(() => {
    loadingEnglish = null;
  });
}

export function useStrings(): Strings {
  const language = useAppearanceStore((s) => s.language);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (language === 'en' && !english) void loadEnglish().then(rerender);
  }, [language]);
  return language === 'en' && english ? english : zh;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
