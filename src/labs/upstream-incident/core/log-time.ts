// Wall-clock times for the generated logs: the run starts at a fixed moment (2024-03-12
// 14:00:00 +0800), so logs are the same on every machine and in every time zone.

const START_UTC_MS = Date.UTC(2024, 2, 12, 6, 0, 0);
const OFFSET_MS = 8 * 3600 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function local(ms: number): Date {
  return new Date(START_UTC_MS + OFFSET_MS + Math.floor(ms));
}

/** nginx $time_local: 12/Mar/2024:14:00:08 +0800 */
export function formatTimeLocal(ms: number): string {
  const d = local(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
}

/** nginx error log time: 2024/03/12 14:00:08 */
export function formatErrorTime(ms: number): string {
  const d = local(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Milliseconds since the run started, from a $time_local (to the second). */
let lastText = '';
let lastValue: number | null = null;

export function parseTimeLocal(text: string): number | null {
  // Consecutive log lines mostly share their second: remember the last answer.
  if (text === lastText) return lastValue;
  lastText = text;
  lastValue = parseTimeLocalUncached(text);
  return lastValue;
}

function parseTimeLocalUncached(text: string): number | null {
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) \+0800$/.exec(text);
  if (m === null) return null;
  const month = MONTHS.indexOf(m[2] as string);
  if (month < 0) return null;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return utc - OFFSET_MS - START_UTC_MS;
}
