// Values of the report as text: JSON where JSON can say it, and the JavaScript spelling where it
// cannot (undefined, 12n, NaN, a function), cut to a readable length for huge inputs.

import { S } from './strings.ts';

const LIMIT = 400;

export function formatValue(value: unknown, limit = LIMIT): string {
  const text = toText(value);
  return text.length > limit ? `${text.slice(0, limit)}${S.cutAt(text.length)}` : text;
}

function toText(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'function') return S.fn(value.name);
  if (typeof value === 'symbol') return value.toString();
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      if (v === undefined) return 'undefined';
      return v;
    });
    return json ?? String(value);
  } catch {
    return String(value);
  }
}
