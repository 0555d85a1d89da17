// Messages of the shared lab form pieces, in both UI languages.
import { liveStrings } from '../use-language.ts';

const zh = {
  numberEmpty: '请输入一个数',
  notANumber: (text: string) => `“${text}” 不是一个数`,
  integer: '必须是整数',
  range: (min: number, max: number) => `必须在 ${min}–${max} 之间`,
};

const en: typeof zh = {
  numberEmpty: 'Enter a number',
  notANumber: (text: string) => `"${text}" is not a number`,
  integer: 'Must be a whole number',
  range: (min: number, max: number) => `Must be between ${min} and ${max}`,
};

export const L = liveStrings({ zh, en });
