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
  themeToggle: '切换深浅色',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  language: '语言',
  loading: '加载中…',
  loadFailed: '加载失败',
  retry: '重试',
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
  cards: '张卡',
  deckStudy: '开始学习',
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
  importWrongFormat: '这不是面试实验室的进度文件，未导入任何内容',
  importNewerVersion: '文件来自更新的版本（格式版本 {n}），未导入任何内容；请先更新本应用',
  importBadEntries: '第 {n} 条记录格式不对，未导入任何内容',
  importBadSettings: '文件里的学习设置格式不对，未导入任何内容',
  importTooBig: '文件超过 50 MB，未导入任何内容',
  importUnknownCards: '其中 {n} 张卡在现有卡组里找不到：记录已保留，导入对应卡组后生效',
  importSettingsApplied: '已恢复文件里的学习设置',
  unreadableTitle: '有一份保存的进度无法读取',
  unreadableDecksTitle: '有一份导入的卡组无法读取',
  unreadableSettingsTitle: '有一份保存的设置无法读取',
  unreadableBody: '原数据没有被覆盖，已另存一份。你可以下载它，之后再导入或反馈给我们。',
  unreadableDownload: '下载无法读取的数据',
  unreadableDelete: '删除这份备份',
  storageTitle: '进度现在只保存在本页内存中',
  storageBody: '关闭或刷新页面后，从现在起的复习会丢失：请先导出。',
  storageExport: '导出复习记录和设置 (JSON)',
  storageReload: '重新加载页面',
  storageNoIndexedDb: '原因：浏览器不提供 IndexedDB（例如某些隐私模式）。',
  storageNewerVersion: '原因：本地数据库来自更新版本的面试实验室，这个版本不能打开它（数据没有被改动）。请打开最新版本。',
  storageBlocked: '原因：另一个标签页里的旧版本占用着数据库。关闭其他面试实验室标签页后重新加载。',
  storageQuota: '原因：浏览器存储空间已满。',
  storageOpenFailed: '原因：无法打开本地数据库。',
  storageWriteFailed: '原因：保存失败。',
  storageVersionChange: '原因：另一个标签页更新了数据库版本，这个标签页已断开。请重新加载。',
  labsTitle: '实验',
  puzzlesTitle: '编程题',
  comingLater: '这个实验还在建设中。',
  tryIt: '动手试试',
  relatedCards: '相关卡片',
  importedBadge: '导入',
  importDeckTitle: '导入自己的卡组 (Markdown)',
  importDeckHelp: '格式见 content/FORMAT.md：frontmatter + “## 问题 {#id}” + 答案。用构建时同一个解析器检查，有任何问题都会列出“文件:行: 原因”，不会保存。',
  importDeckChoose: '选择 .md 文件',
  importDeckRemove: '删除',
  importDeckAdded: '已导入卡组',
  importDeckTooBig: '文件超过 2 MB，未导入',
} as const;

export type Strings = { readonly [K in keyof typeof zh]: string };



// English loads only when chosen, keeping it off the first page for the Chinese-first UI.
let english: Strings | null = null;
let loadingEnglish: Promise<void> | null = null;
const loadEnglish = () => (loadingEnglish ??= import('./i18n-en.ts').then((m) => { english = m.en; }));

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
