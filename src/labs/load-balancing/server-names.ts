// Short names for the lab's servers: 10.0.0.1:8080 is "a", 10.0.0.2:8080 "b"… (the names the
// notes use for nginx's 5:1:1 example), and a colour slot per server for the ring and the charts.
import { serverNumberOf } from './core/actions.ts';
import { S } from './strings.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function serverLabel(id: string): string {
  const n = serverNumberOf(id);
  if (n === null) return id;
  return n <= LETTERS.length ? (LETTERS[n - 1] as string) : `s${n}`;
}

/** One of 8 colour slots (CSS variables --lb-c0 … --lb-c7). */
export function serverColor(id: string): number {
  const n = serverNumberOf(id);
  if (n !== null) return (n - 1) % 8;
  // A server of a pasted upstream block: a colour from its name, the same on every render.
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 8;
}

/** "a (10.0.0.1:8080)" */
export function serverTitle(id: string): string {
  const label = serverLabel(id);
  return label === id ? id : `${label}${S.paren(id)}`;
}
