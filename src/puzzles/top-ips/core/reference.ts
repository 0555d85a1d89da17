// Reference solution: count the first field of each line in a Map (leading blanks skipped, as
// awk does), skip what is not an IP, sort by count descending then IP descending in byte order
// (the order `LC_ALL=C sort -rn` gives lines of equal count), keep the first n.
// This is what `awk '{print $1}' | sort | uniq -c | LC_ALL=C sort -rn | head` does, in one
// process, for every line whose first field is an IP.
// (The streaming counter in ip-counter.ts does the same on raw bytes, without a string per line.)
//
// Time: O(L + d log d) for L lines and d distinct IPs (a size-n heap makes it O(L + d log n)).
// Space: O(d).

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(s: string): boolean {
  // An optional dotted IPv4 tail counts as two groups.
  let groups = 0;
  let body = s;
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    body = s.slice(0, lastColon + 1) + '0'; // stand-in group for the parse below
    groups = 1;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const parse = (part: string): string[] | null => {
    if (part === '') return [];
    const gs = part.split(':');
    return gs.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)) ? gs : null;
  };
  const left = parse(halves[0] ?? '');
  const right = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!left || !right) return false;
  groups += left.length + right.length;
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

export function topIps(lines: string[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const field = line.replace(/^[ \t]+/, '');
    const end = field.search(/[ \t\r]/);
    const ip = end === -1 ? field : field.slice(0, end);
    const valid = ip.includes(':') ? isIPv6(ip) : isIPv4(ip);
    if (valid) counts.set(ip, (counts.get(ip) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : a[0] < b[0] ? 1 : 0)).slice(0, n);
}
