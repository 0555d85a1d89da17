// Words of the shared player controls and trace table, in both UI languages.
import { liveStrings } from '../use-language.ts';

const zh = {
  controls: '播放控制',
  stepBack: '后退一步 (←)',
  pauseKey: '暂停 (空格)',
  playKey: '播放 (空格)',
  pause: '暂停',
  play: '播放',
  step: '前进一步 (→)',
  toEnd: '快进到结尾',
  speed: '速度',
  speedKey: '播放速度 ([ / ])',
  timeline: '时间轴',
  secondsValue: (s: string) => `${s} 秒`,
  lastRows: (windowSize: number, total: number) => `（最近 ${windowSize} 行，共 ${total} 行）`,
  emptyTrace: '按 ▶ 播放或 → 单步开始',
};

const en: typeof zh = {
  controls: 'Playback controls',
  stepBack: 'Step back (←)',
  pauseKey: 'Pause (Space)',
  playKey: 'Play (Space)',
  pause: 'Pause',
  play: 'Play',
  step: 'Step forward (→)',
  toEnd: 'Skip to the end',
  speed: 'Speed',
  speedKey: 'Playback speed ([ / ])',
  timeline: 'Timeline',
  secondsValue: (s: string) => `${s} seconds`,
  lastRows: (windowSize: number, total: number) => ` (last ${windowSize} of ${total} rows)`,
  emptyTrace: 'Press ▶ to play or → to step',
};

export const P = liveStrings({ zh, en });
