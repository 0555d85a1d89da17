// Parameter schemas for the lab's controls and URL. Each parameter is named after the real config key
// (nginx `rate`/`burst`/`nodelay`/`delay`, redis-cell `max_burst`/`count`/`period`, `capacity`…).
// Parsing a raw URL string never throws: it returns a value or a message for the field, worded in
// the language the caller passes (the UI's).

export type Language = 'zh' | 'en';

export type ParamValue = number | boolean | string;
export type ParamValues = Readonly<Record<string, ParamValue>>;

interface ParamBase {
  /** The config key, also the URL key. */
  readonly name: string;
  readonly label: string;
  readonly labelEn: string;
  /** One line on what it does, in Chinese and English (tooltip). */
  readonly help: string;
  readonly helpEn: string;
}

export type ParamSpec =
  | (ParamBase & {
      readonly kind: 'int' | 'number';
      readonly min: number;
      readonly max: number;
      readonly default: number;
      readonly unit: string;
      readonly unitEn: string;
      readonly step: number;
    })
  | (ParamBase & { readonly kind: 'boolean'; readonly default: boolean })
  | (ParamBase & { readonly kind: 'enum'; readonly options: readonly string[]; readonly default: string });

export type ParseResult = { ok: true; value: ParamValue } | { ok: false; message: string };

/** Parses one raw string against its spec. Numbers must lie in [min, max]; ints must be whole. */
export function parseParamValue(spec: ParamSpec, raw: string, language: Language = 'zh'): ParseResult {
  const text = raw.trim();
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const n = text === '' ? NaN : Number(text);
      const whole = spec.kind === 'int';
      if (!Number.isFinite(n) || n < spec.min || n > spec.max || (whole && !Number.isInteger(n))) {
        return { ok: false, message: rangeMessage(spec.name, spec.min, spec.max, whole, language) };
      }
      return { ok: true, value: n };
    }
    case 'boolean':
      if (text === '1' || text === 'true' || text === '') return { ok: true, value: true };
      if (text === '0' || text === 'false') return { ok: true, value: false };
      return { ok: false, message: language === 'en' ? `${spec.name} must be 1 or 0` : `${spec.name} 只能是 1 或 0` };
    case 'enum':
      if (spec.options.includes(text)) return { ok: true, value: text };
      return {
        ok: false,
        message: language === 'en' ? `${spec.name} must be one of ${spec.options.join(', ')}` : `${spec.name} 只能是 ${spec.options.join('、')} 之一`,
      };
  }
}

export function rangeMessage(name: string, min: number, max: number, whole: boolean, language: Language = 'zh'): string {
  if (language === 'en') return `${name} must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}`;
  return `${name} 必须是 ${min}–${max} 之间的${whole ? '整数' : '数'}`;
}

/** The URL form of a value (booleans as 1/0). */
export function formatParamValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** Reads a number from validated values, falling back to the spec default. */
export function readNumber(values: ParamValues, spec: ParamSpec): number {
  const v = values[spec.name];
  if (typeof v === 'number') return v;
  return typeof spec.default === 'number' ? spec.default : 0;
}

export function readBoolean(values: ParamValues, spec: ParamSpec): boolean {
  const v = values[spec.name];
  if (typeof v === 'boolean') return v;
  return typeof spec.default === 'boolean' ? spec.default : false;
}

export function readString(values: ParamValues, spec: ParamSpec): string {
  const v = values[spec.name];
  if (typeof v === 'string') return v;
  return typeof spec.default === 'string' ? spec.default : '';
}
