// The servers' own names and per-server limits in the URL, for a pasted upstream block (or a hand
// edit): `names=10.1.0.5:8080,app-2:8080` and `limits=2:30:0,1:10:100` (max_fails:fail_timeout
// seconds:max_conns per server). Empty lists mean the lab's defaults: 10.0.0.N:8080 and the global
// max_fails / fail_timeout. From a pasted block to these values: valuesFromUpstream.
import type { LoadBalancingValues } from './params.ts';
import type { UpstreamConf } from './upstream-conf.ts';

export interface ServerLimits {
  readonly maxFails: number;
  readonly failTimeoutS: number;
  readonly maxConns: number;
}

const NAME = /^[A-Za-z0-9._\-[\]:]{1,64}$/;

export function parseNames(raw: string, count: number): string[] | null {
  if (raw.trim() === '') return [];
  const names = raw.split(',').map((s) => s.trim());
  if (names.length !== count || !names.every((n) => NAME.test(n)) || new Set(names).size !== names.length) return null;
  return names;
}

export function parseLimits(raw: string, count: number): ServerLimits[] | null {
  if (raw.trim() === '') return [];
  const out: ServerLimits[] = [];
  for (const part of raw.split(',')) {
    const m = /^(\d{1,4}):(\d{1,6}):(\d{1,6})$/.exec(part.trim());
    if (!m) return null;
    out.push({ maxFails: Number(m[1]), failTimeoutS: Number(m[2]), maxConns: Number(m[3]) });
  }
  return out.length === count ? out : null;
}

export function formatLimits(list: readonly ServerLimits[]): string {
  return list.map((l) => `${l.maxFails}:${l.failTimeoutS}:${l.maxConns}`).join(',');
}

/** Why the lab cannot run a valid block as written (nginx would): said, never silently changed. */
export function labRefusal(conf: UpstreamConf): { zh: string; en: string } | null {
  const backup = conf.servers.find((s) => s.backup);
  if (backup && conf.algorithm !== 'swrr' && conf.algorithm !== 'least-conn') return null; // ignored by the method: the parser says so
  if (backup) return { zh: `第 ${backup.line} 行：实验还不会运行 backup 服务器（只在所有主服务器都不可用时才用）；去掉 backup 再试`, en: `line ${backup.line}: the lab does not run backup servers yet (used only when every primary is unavailable); remove backup and try again` };
  return null;
}

/** The lab's values for a pasted block: its servers by name, weights, limits, down, the method. */
export function valuesFromUpstream(latest: LoadBalancingValues, conf: UpstreamConf): LoadBalancingValues {
  const servers = conf.servers.filter((s) => !s.backup);
  return {
    ...latest,
    preset: null,
    algorithm: conf.algorithm,
    compare: [],
    weights: servers.map((s) => s.weight),
    names: servers.map((s) => s.name),
    limits: servers.map((s) => ({ maxFails: s.maxFails, failTimeoutS: s.failTimeoutS, maxConns: s.maxConns })),
    down: servers.flatMap((s, i) => (s.down ? [i + 1] : [])),
    latencyMs: servers.map((_, i) => latest.latencyMs[i] ?? latest.latencyMs.at(-1) ?? 20),
    keySource: /\$(request_uri|uri)\b/.test(conf.hashKey) ? 'uri' : 'key',
    actions: [],
  };
}
