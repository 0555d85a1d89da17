// Number formatting shared by pages: thousands separators, powers of ten with superscripts, sizes.

export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');

const SUP: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** 9.3 × 10⁻⁷; plain digits between 0.001 and 1e7. */
export function fmtSci(x: number, digits = 2): string {
  if (x === 0) return '0';
  if (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e7) return Number(x.toPrecision(digits + 1)).toLocaleString('en-US', { maximumFractionDigits: 6 });
  const exp = Math.floor(Math.log10(Math.abs(x)));
  const mant = x / 10 ** exp;
  const sup = [...String(exp)].map((c) => SUP[c] ?? c).join('');
  return `${Number(mant.toFixed(digits - 1))} × 10${sup}`;
}

export function fmtBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function fmtSeconds(ms: number): string {
  const s = ms / 1000;
  return s < 10 ? s.toFixed(1) : String(Math.round(s));
}
