// Play, pause, step, step back, seek, speed and fast-forward, with the keys of every lab:
// Space play/pause, ←/→ step, [ / ] speed.
import { useEffect, useRef } from 'react';
import { P } from './strings.ts';
import { SPEEDS, type Player } from './use-player.ts';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && (el as HTMLInputElement).type !== 'range'));
}

export function PlayerControls({ player, rowCount }: { player: Player; rowCount: number }) {
  const ref = useRef(player);
  ref.current = player;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const p = ref.current;
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (e.key === ' ' && tag !== 'BUTTON' && tag !== 'A') {
        e.preventDefault();
        p.toggle();
      } else if (e.key === 'ArrowRight' && tag !== 'INPUT') {
        e.preventDefault();
        p.step();
      } else if (e.key === 'ArrowLeft' && tag !== 'INPUT') {
        e.preventDefault();
        p.stepBack();
      } else if (e.key === ']') p.faster();
      else if (e.key === '[') p.slower();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  return (
    <div className="player" role="group" aria-label={P.controls}>
      <div className="player-buttons">
        <button type="button" onClick={player.stepBack} aria-label={P.stepBack} title={P.stepBack}>
          <Icon d={ICONS.stepBack} />
        </button>
        <button type="button" className="primary" onClick={player.toggle} aria-label={player.playing ? P.pauseKey : P.playKey} data-testid="play">
          <Icon d={player.playing ? ICONS.pause : ICONS.play} />
          {player.playing ? P.pause : P.play}
        </button>
        <button type="button" onClick={player.step} aria-label={P.step} title={P.step}>
          <Icon d={ICONS.step} />
        </button>
        <button type="button" onClick={player.toEnd} aria-label={P.toEnd} title={P.toEnd}>
          <Icon d={ICONS.toEnd} />
        </button>
        <label className="speed">
          <span className="visually-hidden">{P.speed}</span>
          <select value={player.speed} onChange={(e) => player.setSpeed(Number(e.target.value))} aria-label={P.speedKey}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
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
        aria-label={P.timeline}
        aria-valuetext={P.secondsValue(seconds(player.timeMs))}
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
