// Every user-facing string of the card page's quiz block, in both UI languages. Loaded with the
// quiz chunk, not the home page.
import type { CardLanguage } from '../decks/types.ts';

const zh = {
  title: '自测',
  kindSingle: '单选',
  kindMulti: '多选：选出所有正确项',
  kindTrueFalse: '判断',
  kindFill: '填空',
  kindOrder: '排序：用按钮把步骤排成正确顺序',
  trueLabel: '正确',
  falseLabel: '错误',
  yourAnswer: '你的答案',
  moveUp: '上移',
  moveDown: '下移',
  moved: (step: string, n: number) => `「${step}」移到第 ${n} 位`,
  check: '检查',
  retry: '重做',
  right: '答对了',
  wrong: '答错了',
  rightAnswer: '正确答案',
  yourPick: '你的选择',
  answerFirst: '先作答再检查',
  itemOf: (n: number, total: number) => `第 ${n} 题，共 ${total} 题`,
};

const en: typeof zh = {
  title: 'Quiz',
  kindSingle: 'Single choice',
  kindMulti: 'Multiple choice: pick every right one',
  kindTrueFalse: 'True or false',
  kindFill: 'Fill in',
  kindOrder: 'Order: put the steps in the right order with the buttons',
  trueLabel: 'True',
  falseLabel: 'False',
  yourAnswer: 'Your answer',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moved: (step, n) => `"${step}" moved to position ${n}`,
  check: 'Check',
  retry: 'Try again',
  right: 'Right',
  wrong: 'Wrong',
  rightAnswer: 'Right answer',
  yourPick: 'Your pick',
  answerFirst: 'Answer before checking',
  itemOf: (n, total) => `Question ${n} of ${total}`,
};

export type QuizStrings = typeof zh;

/** The language comes from the route (the quiz chunk does not import the app's stores). */
export function quizStrings(language: CardLanguage): QuizStrings {
  return language === 'en' ? en : zh;
}
