// The seed of the generated files, and a button for another batch (same seed, same bytes).
import { useId } from 'react';
import { usePick } from '../../ui/use-language.ts';
import { en, zh } from './strings.ts';

export function SeedField({ seed, max, onSeed }: { seed: number; max: number; onSeed: (seed: number) => void }) {
  const S = usePick({ zh, en });
  const id = useId();
  return (
    <section className="panel shell-seed row">
      <label htmlFor={id}>
        {S.seedLabel} <code>seed</code>
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        value={seed}
        data-testid="shell-seed"
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n) && n >= 0 && n <= max) onSeed(n);
        }}
      />
      <button type="button" className="button" onClick={() => onSeed(1 + ((seed * 2654435761) % 1_000_000))}>
        {S.newFiles}
      </button>
    </section>
  );
}
