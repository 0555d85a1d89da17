// The numeric limits of each URL key (from the parser's own table), for the form's fields.
import { NUMBER_FIELDS } from './core/params.ts';

export function limitsOf(url: string): { min: number; max: number; integer: boolean } {
  const f = NUMBER_FIELDS.find((x) => x.url === url);
  return f === undefined ? { min: 0, max: Number.MAX_SAFE_INTEGER, integer: false } : { min: f.min, max: f.max, integer: f.int };
}
