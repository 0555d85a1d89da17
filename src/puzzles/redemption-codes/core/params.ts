// URL parameters of the redemption-code page: ?count=1000000&prefix=SPR&secret=demo&length=9.
// Invalid fields get a Chinese message and fall back to the default (or last valid) value.
import { MAX_BODY, MAX_COUNT, MAX_PREFIX, MIN_BODY, defaultBodyLength, validatePrefix } from './codes.ts';

export interface CodesParams {
  readonly count: number;
  readonly prefix: string;
  readonly secret: string;
  /** null = derived from count (defaultBodyLength). */
  readonly bodyLength: number | null;
}

export const DEFAULT_CODES: CodesParams = { count: 100_000, prefix: '', secret: 'interview-lab-demo', bodyLength: null };

export function parseCodesParams(search: URLSearchParams, language: 'zh' | 'en' = 'zh'): { values: CodesParams; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const en = language === 'en';
  let { count, prefix, secret, bodyLength } = DEFAULT_CODES;

  const rawCount = search.get('count');
  if (rawCount !== null) {
    const v = Number(rawCount);
    if (!/^\d+$/.test(rawCount.trim()) || v < 1 || v > MAX_COUNT)
      errors['count'] = en
        ? `count must be a whole number from 1 to ${MAX_COUNT.toLocaleString('en-US')}`
        : `count 必须是 1–${MAX_COUNT.toLocaleString('en-US')} 之间的整数`;
    else count = v;
  }
  const rawPrefix = search.get('prefix');
  if (rawPrefix !== null) {
    const p = validatePrefix(rawPrefix);
    if (p === null)
      errors['prefix'] = en
        ? `prefix has at most ${MAX_PREFIX} characters, only 23456789 and capital letters other than I and O`
        : `prefix 最多 ${MAX_PREFIX} 个字符，只能用 23456789 和除 I、O 以外的大写字母`;
    else prefix = p;
  }
  const rawSecret = search.get('secret');
  if (rawSecret !== null) {
    if (rawSecret.length < 1 || rawSecret.length > 128) errors['secret'] = en ? 'secret must be 1–128 characters' : 'secret 必须是 1–128 个字符';
    else secret = rawSecret;
  }
  const rawLength = search.get('length');
  if (rawLength !== null) {
    const v = Number(rawLength);
    // Even the shortest body (32^6 ≈ 1.07·10⁹) holds the largest count, so no cross-check is needed.
    if (!/^\d+$/.test(rawLength.trim()) || v < MIN_BODY || v > MAX_BODY)
      errors['length'] = en ? `length must be a whole number from ${MIN_BODY} to ${MAX_BODY}` : `length 必须是 ${MIN_BODY}–${MAX_BODY} 之间的整数`;
    else bodyLength = v;
  }
  return { values: { count, prefix, secret, bodyLength }, errors };
}

export function toCodesSearch(values: CodesParams): URLSearchParams {
  const p = new URLSearchParams({ count: String(values.count), prefix: values.prefix, secret: values.secret });
  if (values.bodyLength !== null) p.set('length', String(values.bodyLength));
  return p;
}

/** The effective body length for these params. */
export function bodyLengthOf(values: CodesParams): number {
  return values.bodyLength ?? defaultBodyLength(values.count);
}
