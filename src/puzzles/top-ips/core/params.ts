// URL parameters of the top-IPs page: ?lines=10000&seed=7&top=10&malformed=0.002&ipv6=0.1.
// Invalid fields get a Chinese message and fall back to the default, so a bad link still opens.

export interface TopIpsParams {
  readonly lines: number;
  readonly seed: number;
  readonly top: number;
  readonly malformedShare: number;
  readonly ipv6Share: number;
}

export const DEFAULT_TOP_IPS: TopIpsParams = { lines: 10_000, seed: 1, top: 10, malformedShare: 0.002, ipv6Share: 0.1 };

interface NumberField {
  readonly key: string;
  readonly field: keyof TopIpsParams;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly message: string;
  readonly messageEn: string;
}

const FIELDS: readonly NumberField[] = [
  {
    key: 'lines',
    field: 'lines',
    min: 1,
    max: 2_000_000,
    integer: true,
    message: 'lines 必须是 1–2000000 之间的整数',
    messageEn: 'lines must be a whole number from 1 to 2000000',
  },
  {
    key: 'seed',
    field: 'seed',
    min: 0,
    max: 2 ** 32 - 1,
    integer: true,
    message: 'seed 必须是 0–4294967295 之间的整数',
    messageEn: 'seed must be a whole number from 0 to 4294967295',
  },
  { key: 'top', field: 'top', min: 1, max: 100, integer: true, message: 'top 必须是 1–100 之间的整数', messageEn: 'top must be a whole number from 1 to 100' },
  {
    key: 'malformed',
    field: 'malformedShare',
    min: 0,
    max: 0.5,
    integer: false,
    message: 'malformed 必须是 0–0.5 之间的比例',
    messageEn: 'malformed must be a share from 0 to 0.5',
  },
  { key: 'ipv6', field: 'ipv6Share', min: 0, max: 1, integer: false, message: 'ipv6 必须是 0–1 之间的比例', messageEn: 'ipv6 must be a share from 0 to 1' },
];

export function parseTopIpsParams(search: URLSearchParams, language: 'zh' | 'en' = 'zh'): { values: TopIpsParams; errors: Record<string, string> } {
  const values: { -readonly [K in keyof TopIpsParams]: TopIpsParams[K] } = { ...DEFAULT_TOP_IPS };
  const errors: Record<string, string> = {};
  for (const f of FIELDS) {
    const raw = search.get(f.key);
    if (raw === null) continue;
    const v = Number(raw);
    const ok = raw.trim() !== '' && Number.isFinite(v) && v >= f.min && v <= f.max && (!f.integer || Number.isInteger(v));
    if (ok) values[f.field] = v;
    else errors[f.key] = language === 'en' ? f.messageEn : f.message;
  }
  return { values, errors };
}

export function toTopIpsSearch(v: TopIpsParams): URLSearchParams {
  return new URLSearchParams({
    lines: String(v.lines),
    seed: String(v.seed),
    top: String(v.top),
    malformed: String(v.malformedShare),
    ipv6: String(v.ipv6Share),
  });
}
