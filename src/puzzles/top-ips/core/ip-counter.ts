// Streaming "top N client IPs" over an nginx access log, the job of
//   awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -10
// in one pass and O(distinct IPs) memory instead of a sort of every line.
// Input arrives in chunks split anywhere (a line, even an IP, can span chunks). A two-state
// machine carries across chunks: FIELD (copying the first field's bytes, at most 64) and SKIP
// (looking for the end of the line). SKIP uses Uint8Array.indexOf(10), a native memchr, so the
// JS loop touches only the ~15 bytes of the IP in a ~200-byte line.
// As awk's default field splitting does, blanks (spaces, tabs) before the first field are
// skipped. The first field ends at a space, tab, CR or LF (nginx's combined format puts $remote_addr
// first, followed by a space). A field that is not an IPv4/IPv6 address (ip-validate.ts), or
// is empty, or is longer than 64 bytes, makes the line malformed: counted, not tallied.
// Per line the JS work is one pass over the field (copy + FNV-1a hash together) and one hash
// probe; an IP already in the table was validated when it was inserted, so validation runs
// once per distinct field, not once per line.
// Differences from the awk pipeline, on purpose: awk counts any word ("-", "unknown", an empty
// field for a blank line) and keeps a CR inside the field; here those lines are malformed.
import { FNV_OFFSET, FNV_PRIME, type IpTable, createIpTable, hashBytes } from './ip-table.ts';
import { isIpBytes } from './ip-validate.ts';
import { type TopEntry, topEntries } from './top-n.ts';

export const MAX_FIELD = 64;

export interface CounterStats {
  /** Lines seen: every "\n", plus a last line without one if it is not empty. */
  readonly lines: number;
  readonly malformedLines: number;
  /** Bytes consumed (UTF-8 bytes for string chunks). */
  readonly bytes: number;
  readonly distinctIps: number;
}

export interface IpCounter {
  push(chunk: Uint8Array | string): void;
  /** Flushes a last line that had no newline. Idempotent; push after end starts a new line. */
  end(): void;
  stats(): CounterStats;
  /** Count desc, then IP desc in byte order (as `LC_ALL=C sort -rn` orders `uniq -c` lines). */
  top(n: number): TopEntry[];
  countOf(ip: string): number;
  /** Every (ip, count), for tests and small logs. */
  entries(): TopEntry[];
}

export function createIpCounter(): IpCounter {
  // Imported bindings may compile to getter calls (tsx/esbuild CommonJS interop); the hot loop
  // reads these locals instead.
  const prime = FNV_PRIME;
  const offset = FNV_OFFSET;
  const isIp = isIpBytes;
  const table: IpTable = createIpTable();
  const encoder = new TextEncoder();
  const field = new Uint8Array(MAX_FIELD);
  let fieldLen = 0;
  let fieldHash = offset;
  let overflow = false;
  let inField = true; // at the start of a line
  let lineOpen = false; // some byte of the current line has been seen
  let lines = 0;
  let malformed = 0;
  let bytes = 0;

  const finishField = (): void => {
    if (overflow || fieldLen === 0) {
      malformed++;
      return;
    }
    const hash = fieldHash >>> 0;
    if (table.increment(field, 0, fieldLen, hash)) return;
    if (isIp(field, 0, fieldLen)) table.add(field, 0, fieldLen, hash);
    else malformed++;
  };
  const newLine = (): void => {
    inField = true;
    lineOpen = false;
    fieldLen = 0;
    fieldHash = offset;
    overflow = false;
  };

  const pushBytes = (chunk: Uint8Array): void => {
    const n = chunk.length;
    bytes += n;
    let i = 0;
    while (i < n) {
      if (inField) {
        lineOpen = true;
        let b = 0;
        let h = fieldHash;
        while (i < n) {
          b = chunk[i] as number;
          if (fieldLen === 0 && !overflow && (b === 32 || b === 9)) {
            i++; // a leading blank, skipped as awk's default FS does
            continue;
          }
          if (b === 32 || b === 10 || b === 9 || b === 13) break;
          if (fieldLen < MAX_FIELD) {
            field[fieldLen++] = b;
            h = Math.imul(h ^ b, prime);
          } else overflow = true;
          i++;
        }
        fieldHash = h;
        if (i === n) return; // the field continues in the next chunk
        finishField();
        inField = false;
        if (b === 10) {
          lines++;
          i++;
          newLine();
          continue;
        }
      }
      const nl = chunk.indexOf(10, i);
      if (nl === -1) return;
      lines++;
      i = nl + 1;
      newLine();
    }
  };

  const keyBuf = new Uint8Array(MAX_FIELD);
  return {
    push(chunk) {
      pushBytes(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
    end() {
      if (!lineOpen) return;
      if (inField) finishField();
      lines++;
      newLine();
    },
    stats: () => ({ lines, malformedLines: malformed, bytes, distinctIps: table.size }),
    top: (n) => topEntries(table, n),
    countOf(ip) {
      if (ip.length > MAX_FIELD) return 0;
      const r = encoder.encodeInto(ip, keyBuf);
      return table.get(keyBuf, 0, r.written, hashBytes(keyBuf, 0, r.written));
    },
    entries: () => topEntries(table, table.size),
  };
}
