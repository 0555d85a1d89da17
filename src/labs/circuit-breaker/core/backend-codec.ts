// A backend script as one short URL value, so a shared link carries the scenario:
//   h@0:1:40-150,f@20:70:40-150,r@70:0:80-250~15
// one phase per comma: kind letter (h healthy, f failing, s slow, r recovering) @ start second :
// failure % : latency (p50-p99 in ms for log-normal, or mean u jitter: 300u50 for uniform),
// optionally ~ramp seconds. Parsing is strict; the caller reports errors.
import { validateBackendScript, type BackendPhase, type BackendScript, type LatencySpec, type PhaseKind } from './backend.ts';

const LETTER: Readonly<Record<PhaseKind, string>> = { healthy: 'h', failing: 'f', slow: 's', recovering: 'r' };
const KIND: Readonly<Record<string, PhaseKind>> = { h: 'healthy', f: 'failing', s: 'slow', r: 'recovering' };

export function toBackendParam(script: BackendScript): string {
  return script.phases
    .map((p) => {
      const latency = p.latency.kind === 'lognormal' ? `${p.latency.p50Ms}-${p.latency.p99Ms}` : `${p.latency.meanMs}u${p.latency.jitterMs}`;
      const ramp = p.rampMs !== undefined && p.rampMs > 0 ? `~${p.rampMs / 1000}` : '';
      return `${LETTER[p.kind]}@${p.fromMs / 1000}:${p.failureRate}:${latency}${ramp}`;
    })
    .join(',');
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PHASE = new RegExp(String.raw`^([hfsr])@(${NUMBER}):(${NUMBER}):(${NUMBER})(-|u)(${NUMBER})(?:~(${NUMBER}))?$`);

/** Returns the script, or null when the text is not a valid script. */
export function parseBackendParam(text: string): BackendScript | null {
  if (text.length === 0 || text.length > 2000) return null;
  const phases: BackendPhase[] = [];
  for (const part of text.split(',')) {
    const m = PHASE.exec(part.trim());
    if (!m) return null;
    const [, letter = '', from = '', failure = '', a = '', separator = '', b = '', ramp] = m;
    const kind = KIND[letter];
    if (!kind) return null;
    const latency: LatencySpec =
      separator === '-' ? { kind: 'lognormal', p50Ms: Number(a), p99Ms: Number(b) } : { kind: 'uniform', meanMs: Number(a), jitterMs: Number(b) };
    const base = { fromMs: Math.round(Number(from) * 1000), kind, failureRate: Number(failure), latency };
    phases.push(ramp !== undefined && Number(ramp) > 0 ? { ...base, rampMs: Math.round(Number(ramp) * 1000) } : base);
  }
  const script: BackendScript = { phases };
  try {
    validateBackendScript(script);
  } catch {
    return null;
  }
  return script;
}
