// Strings of the storage notices (memory mode, data set aside) and of the progress file import.
// Chinese first, English the same; loaded only with the notice or the settings page, keeping the
// first page light.
import { useAppearanceStore } from './appearance-store.ts';

const zh = {
  importWrongFormat: '这不是面试实验室的进度文件，未导入任何内容',
  importNewerVersion: '文件来自更新的版本（格式版本 {n}），未导入任何内容；请先更新本应用',
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
  storageReadFailedTitle: '保存的进度读取出错',
  storageReadFailed: '显示的数字可能不全；新的复习仍会保存。请重新加载；如果仍然出现，请导出并反馈给我们。',
} as const;

export type StorageStrings = { readonly [K in keyof typeof zh]: string };

const en: StorageStrings = {
  importWrongFormat: 'This is not an Interview Lab progress file; nothing was imported',
  importNewerVersion: 'The file comes from a newer version (format {n}); nothing was imported. Update the app first',
  importBadSettings: 'The study settings in the file are malformed; nothing was imported',
  importTooBig: 'The file is over 50 MB; nothing was imported',
  importUnknownCards: '{n} of its cards are in no deck you have: their reviews are kept and count once you import that deck',
  importSettingsApplied: 'Study settings restored from the file',
  unreadableTitle: 'Some saved progress could not be read',
  unreadableDecksTitle: 'Some imported decks could not be read',
  unreadableSettingsTitle: 'Some saved settings could not be read',
  unreadableBody: 'It was not overwritten: a copy is kept aside. Download it to import later or send it to us.',
  unreadableDownload: 'Download the unreadable data',
  unreadableDelete: 'Delete the kept copy',
  storageTitle: "Progress is now kept in this page's memory only",
  storageBody: 'Reviews from now on are lost when the page closes or reloads: export them first.',
  storageExport: 'Export reviews and settings (JSON)',
  storageReload: 'Reload the page',
  storageNoIndexedDb: 'Why: this browser offers no IndexedDB (some private modes).',
  storageNewerVersion:
    'Why: the local database was written by a newer Interview Lab, which this version cannot open (it was left untouched). Open the latest version.',
  storageBlocked: 'Why: an older version in another tab holds the database. Close the other Interview Lab tabs and reload.',
  storageQuota: "Why: the browser's storage is full.",
  storageOpenFailed: 'Why: the local database could not be opened.',
  storageWriteFailed: 'Why: saving failed.',
  storageVersionChange: 'Why: another tab upgraded the database and this tab was disconnected. Reload the page.',
  storageReadFailedTitle: 'Saved progress could not be read fully',
  storageReadFailed: 'The numbers shown may be incomplete; new reviews are still saved. Reload; if this stays, export and send it to us.',
};

export function useStorageStrings(): StorageStrings {
  return useAppearanceStore((s) => s.language) === 'en' ? en : zh;
}
