// Play, pause, step, step back, seek, speed and fast-forward, with the keys of every lab:
// Space play/pause, ←/→ step, [ / ] speed.
import { useEffect, useRef } from 'react';
import { SPEEDS, type Player } from './use-player.ts';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && (el as HTMLInputElement).type !== 'range');
}

export function PlayerControls({ player, rowCount }: { player: Player; rowCount: number }) {
  const ref = useRef(player);
  ref.current = player;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const p = ref.current;
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (e.key === ' ' && tag !== 'BUTTON' && tag !== 'A') { e.preventDefault(); p.toggle(); }
      else if (e.key === 'ArrowRight' && tag !== 'INPUT') { e.preventDefault(); p.step(); }
      else if (e.key === 'ArrowLeft' && tag !== 'INPUT') { e.preventDefault(); p.stepBack(); }
      else if (e.key === ']') p.faster();
      else if (e.key === '[') p.slower();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  return (
    <div className="player" role="group" aria-label="播放控制">
      <div className="player-buttons">
        <button type="button" onClick={player.stepBack} aria-label="后退一步 (←)" title="后退一步 (←)"><Icon d={ICONS.stepBack} /></button>
        <button type="button" className="primary" onClick={player.toggle} aria-label={player.playing ? '暂停 (空格)' : '播放 (空格)'} data-testid="play">
          <Icon d={player.playing ? ICONS.pause : ICONS.play} />{player.playing ? '暂停' : '播放'}
        </button>
        <button type="button" onClick={player.step} aria-label="前进一步 (→)" title="前进一步 (→)"><Icon d={ICONS.step} /></button>
        <button type="button" onClick={player.toEnd} aria-label="快进到结尾" title="快进到结尾"><Icon d={ICONS.toEnd} /></button>
        <label className="speed">
          <span className="visually-hidden">速度</span>
          <select value={player.speed} onChange={(e) => player.setSpeed(Number(e.target.value))} aria-label="播放速度 ([ / ])">
            {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
          </select>
        </label>
        <span className="player-time" data-testid="player-time">
          t = {seconds(player.timeMs)} s · {player.index + 1}/{rowCount}
        </span>
      </div>
      <input
        type="range"
        className="timeline"
        min={0}
        max={player.durationMs}
        step={Math.max(1, Math.round(player.durationMs / 1000))}
        value={player.timeMs}
        onChange={(e) => player.seek(Number(e.target.value))}
        aria-label="时间轴"
        aria-valuetext={`${seconds(player.timeMs)} 秒`}
      />
    </div>
  );
}

// Drawn icons: media-control glyphs (⏮ ⏭) are missing from many fonts and showed as empty boxes.
const ICONS = {
  play: 'M4 2l10 6-10 6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  step: 'M2 2l8 6-8 6zM11 2h3v12h-3z',
  stepBack: 'M14 2L6 8l8 6zM2 2h3v12H2z',
  toEnd: 'M1 2l7 6-7 6zM8 2l7 6-7 6z',
} as const;

function Icon({ d }: { d: string }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
