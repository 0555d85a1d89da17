// The lab's URL: ?preset=<scenario>&seed=<n>&cluster-node-timeout=<ms>&wait=<0|1>&key=<key>.
// Parsing never throws: a bad value gets a message naming the key, in the UI language, and the lab
// runs with the preset's value instead. Only values that differ from the preset's are written back.
import { DEFAULT_NODE_TIMEOUT_MS, isPresetId, PRESET_IDS, type PresetId } from './presets.ts';

export interface RedisClusterParams {
  readonly preset: PresetId;
  readonly seed: number;
  readonly nodeTimeoutMs: number;
  readonly wait: 0 | 1;
  /** The key in the key → slot calculator. */
  readonly key: string;
}

export const NODE_TIMEOUT_KEY = 'cluster-node-timeout';
export const MIN_NODE_TIMEOUT_MS = 1000;
export const MAX_NODE_TIMEOUT_MS = 60_000;
export const MAX_KEY_LENGTH = 200;
const DEFAULT_SEED = 1;
const DEFAULT_KEY = '{user1000}.following';

export function presetDefaults(preset: PresetId): RedisClusterParams {
  return { preset, seed: DEFAULT_SEED, nodeTimeoutMs: DEFAULT_NODE_TIMEOUT_MS, wait: 0, key: DEFAULT_KEY };
}

export const DEFAULT_PARAMS = presetDefaults('keyslot');

export type ParamErrors = Readonly<Record<string, string>>;
export type Lang = 'zh' | 'en';

const MESSAGES = {
  zh: {
    preset: (raw: string) => `preset 只能是 ${PRESET_IDS.join('、')} 之一（收到 “${raw}”）`,
    seed: 'seed 必须是 0–4294967295 之间的整数',
    timeout: `${NODE_TIMEOUT_KEY} 必须是 ${MIN_NODE_TIMEOUT_MS}–${MAX_NODE_TIMEOUT_MS} 之间的毫秒数`,
    wait: 'wait 只能是 0（不等副本）或 1（每次 SET 后 WAIT 1 1000）',
    key: `key 最长 ${MAX_KEY_LENGTH} 个字符`,
  },
  en: {
    preset: (raw: string) => `preset must be one of ${PRESET_IDS.join(', ')} (got “${raw}”)`,
    seed: 'seed must be an integer from 0 to 4294967295',
    timeout: `${NODE_TIMEOUT_KEY} must be a number of milliseconds from ${MIN_NODE_TIMEOUT_MS} to ${MAX_NODE_TIMEOUT_MS}`,
    wait: 'wait must be 0 (no waiting for replicas) or 1 (WAIT 1 1000 after every SET)',
    key: `key is at most ${MAX_KEY_LENGTH} characters`,
  },
} as const;

export function parseRedisClusterParams(search: URLSearchParams, lang: Lang = 'zh'): { values: RedisClusterParams; errors: ParamErrors } {
  const errors: Record<string, string> = {};
  const m = MESSAGES[lang];
  const rawPreset = search.get('preset');
  let preset: PresetId = DEFAULT_PARAMS.preset;
  if (rawPreset !== null) {
    if (isPresetId(rawPreset)) preset = rawPreset;
    else errors['preset'] = m.preset(rawPreset.slice(0, 40));
  }
  const base = presetDefaults(preset);
  const int = (key: string, min: number, max: number, message: string): number | null => {
    const raw = search.get(key);
    if (raw === null) return null;
    const n = /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    errors[key] = message;
    return null;
  };
  const seed = int('seed', 0, 4_294_967_295, m.seed);
  const timeout = int(NODE_TIMEOUT_KEY, MIN_NODE_TIMEOUT_MS, MAX_NODE_TIMEOUT_MS, m.timeout);
  const wait = int('wait', 0, 1, m.wait);
  let key = base.key;
  const rawKey = search.get('key');
  if (rawKey !== null) {
    if (rawKey.length <= MAX_KEY_LENGTH) key = rawKey;
    else errors['key'] = m.key;
  }
  return {
    values: { preset, seed: seed ?? base.seed, nodeTimeoutMs: timeout ?? base.nodeTimeoutMs, wait: wait === 1 ? 1 : wait === 0 ? 0 : base.wait, key },
    errors,
  };
}

export function toRedisClusterSearch(values: RedisClusterParams): URLSearchParams {
  const base = presetDefaults(values.preset);
  const out = new URLSearchParams({ preset: values.preset });
  if (values.seed !== base.seed) out.set('seed', String(values.seed));
  if (values.nodeTimeoutMs !== base.nodeTimeoutMs) out.set(NODE_TIMEOUT_KEY, String(values.nodeTimeoutMs));
  if (values.wait !== base.wait) out.set('wait', String(values.wait));
  if (values.key !== base.key) out.set('key', values.key);
  return out;
}
