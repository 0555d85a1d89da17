// Type a key, see its UTF-8 bytes with the hashed ones highlighted, the CRC16, the slot and the
// master that owns it at the player's moment. The key lives in the URL (`key=`).
import { useId } from 'react';
import { crc16 } from './core/crc16.ts';
import { hashedRange, keyBytes, SLOT_COUNT } from './core/key-slot.ts';
import { MAX_KEY_LENGTH } from './core/params.ts';
import type { Snapshot } from './core/snapshot.ts';
import { S } from './strings.ts';

export interface KeySlotCalculatorProps {
  readonly value: string;
  readonly error: string | undefined;
  readonly snapshot: Snapshot;
  readonly onChange: (key: string) => void;
}

export function KeySlotCalculator({ value, error, snapshot, onChange }: KeySlotCalculatorProps) {
  const id = useId();
  const bytes = keyBytes(value);
  const range = hashedRange(bytes);
  const crc = crc16(bytes, range.start, range.end);
  const slot = crc & (SLOT_COUNT - 1);
  const owner = snapshot.ranges.find((r) => slot >= r.start && slot <= r.end)?.owner ?? '—';
  return (
    <section className="rc-calc panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="rc-h">
        {S.calcTitle}
      </h2>
      <div className="param-field">
        <label htmlFor={id}>
          {S.calcLabel} <code>key</code>
        </label>
        <input
          id={id}
          type="text"
          value={value}
          spellCheck={false}
          autoComplete="off"
          data-testid="key-input"
          maxLength={MAX_KEY_LENGTH}
          aria-describedby={`${id}-help`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <span id={`${id}-help`} className="muted small">
          {S.calcHelp}
        </span>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <p className="small">{S.calcBytes(bytes.length)}</p>
      <p className="rc-bytes" data-testid="key-bytes">
        {[...bytes].map((b, i) => (
          <code key={i} className={i >= range.start && i < range.end ? 'hashed' : undefined}>
            {b.toString(16).padStart(2, '0')}
          </code>
        ))}
      </p>
      <p className="small">{S.calcHashed(range.tagged)}</p>
      <dl className="rc-calc-out">
        <div>
          <dt>{S.calcSlot}</dt>
          <dd data-testid="key-slot">{slot}</dd>
        </div>
        <div>
          <dt>{S.calcOwner}</dt>
          <dd data-testid="key-owner">{owner}</dd>
        </div>
      </dl>
      <p className="muted small">{S.calcFormula(`0x${crc.toString(16).padStart(4, '0')}`, slot)}</p>
    </section>
  );
}
