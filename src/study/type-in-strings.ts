// Words of the type-in recall box and its result, in both languages.
const zh = {
  typeLabel: '先写下你的答案（可选）',
  typeHint: 'Ctrl+Enter 显示答案；输入时快捷键不生效。',
  yourAnswer: '你的答案',
  keyPoints: '要点',
  hit: '答到',
  missed: '漏了',
  summary: (hits: number, total: number) => `答到 ${hits} / ${total} 条要点`,
  suggested: '建议',
  suggestedGrade: (grade: string) => `建议评分：${grade}（以你的评分为准）`,
  noKeyPoints: '这张卡没有要点，无法比对。',
  checking: '正在比对…',
  saveFailed: '答案记录没能保存：',
};
const en: typeof zh = {
  typeLabel: 'Type your answer first (optional)',
  typeHint: 'Ctrl+Enter shows the answer; shortcuts are off while you type.',
  yourAnswer: 'Your answer',
  keyPoints: 'Key points',
  hit: 'Hit',
  missed: 'Missed',
  summary: (hits: number, total: number) => `${hits} of ${total} key points recalled`,
  suggested: 'suggested',
  suggestedGrade: (grade: string) => `Suggested grade: ${grade} (your grade wins)`,
  noKeyPoints: 'This card has no key points to compare with.',
  checking: 'Comparing…',
  saveFailed: 'The typed answer could not be saved: ',
};
export const typeInStrings = { zh, en };
