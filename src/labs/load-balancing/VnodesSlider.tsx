// The ring's virtual-node count as a slider: the ring redraws while it moves (onPreview), and the
// run is redone once the value rests (a quarter second after the last move). Its top is where the
// ring would pass MAX_RING_POINTS for these servers, so dragging never builds a ring the URL refuses.
import { useEffect, useId, useRef, useState } from 'react';
import { FieldNote, noteId } from '../../ui/lab/FieldNote.tsx';
import { S } from './strings.ts';

export interface VnodesSliderProps {
  readonly value: number;
  /** The slider's top: where the ring would pass the cap for the current servers (core/ring-budget.ts). */
  readonly max: number;
  readonly error: string | undefined;
  readonly onPreview: (value: number | null) => void;
  readonly onCommit: (value: number) => void;
}

export function VnodesSlider({ value, max, error, onPreview, onCommit }: VnodesSliderProps) {
  const id = useId();
  const [shown, setShown] = useState(value);
  const timer = useRef<number | null>(null);
  useEffect(() => setShown(value), [value]);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const move = (v: number) => {
    setShown(v);
    onPreview(v);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      onPreview(null);
      onCommit(v);
    }, 250);
  };
  return (
    <div className="param-field">
      <label htmlFor={id}>
        {S.vnodes} <code>vnodes</code>:{' '}
        <output htmlFor={id} data-testid="vnodes-value">
          {shown}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={1}
        max={max}
        step={1}
        value={shown}
        data-param="vnodes"
        aria-invalid={error ? true : undefined}
        aria-describedby={noteId(id, error, S.vnodesHelp)}
        onChange={(e) => move(Number(e.target.value))}
      />
      <FieldNote id={id} error={error} help={S.vnodesHelp} />
    </div>
  );
}
