// The shell one-liners the page shows as equivalent to its counter. shell-pipelines.test.ts runs
// exactly these strings against the real awk, sort and uniq, so the page cannot drift from them.
// LC_ALL=C on the last sort fixes the order of ties: GNU sort breaks a tie on the numeric key by
// comparing whole lines, bytewise in the C locale, and -r reverses that too.
export const PIPELINE = "awk '{print $1}' access.log | sort | uniq -c | LC_ALL=C sort -rn | head -10";
export const FASTER = "awk '{c[$1]++} END {for (ip in c) print c[ip], ip}' access.log \\\n  | LC_ALL=C sort -k1,1nr -k2,2r | head -10";

/** A top list printed as `uniq -c` prints it: the count right-aligned in 7 columns, a space, the key. */
export function toUniqCount(entries: readonly (readonly [string, number])[]): string {
  return entries.map(([ip, n]) => `${String(n).padStart(7)} ${ip}\n`).join('');
}
