import { describe, expect, it } from 'vitest';
import { labCatalogue } from '../../catalogue.ts';
import { parseAccessLogLine } from './access-log.ts';
import { DIAGNOSIS_OPTIONS, checkAnswer } from './diagnosis.ts';
import { parseErrorLogLine } from './error-log.ts';
import { formatErrorTime, parseTimeLocal } from './log-time.ts';
import { investigate, type Investigation } from './investigation.ts';
import { SCENARIO_IDS, SCENARIOS, type CauseId, type ScenarioId } from './scenarios.ts';

const cache = new Map<ScenarioId, Investigation>();
function get(id: ScenarioId): Investigation {
  let inv = cache.get(id);
  if (inv === undefined) {
    inv = investigate(id);
    cache.set(id, inv);
  }
  return inv;
}

const EXPECTED_STEP: Record<CauseId, string> = {
  'hot-key': 'hash-keys',
  'nat-ip-hash': 'client-ips',
  'weight-typo': 'weights',
  'max-fails-down': 'error-log',
  'keepalive-pinned': 'connections',
};

describe('upstream incident scenarios', () => {
  it("are exactly the catalogue's presets, each with a title and symptom in Chinese and English", () => {
    const lab = labCatalogue.find((l) => l.id === 'upstream-incident');
    expect([...SCENARIO_IDS].sort()).toEqual([...(lab?.presets ?? [])].sort());
    for (const id of SCENARIO_IDS) {
      expect(SCENARIOS[id].title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(SCENARIOS[id].symptom.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(SCENARIOS[id].title.en + SCENARIOS[id].symptom.en).not.toMatch(/[\u3400-\u9fff]/);
    }
  });

  it('titles and symptoms describe what on-call sees, never the cause (no directive or cause word)', () => {
    const giveaways = /ip_hash|hash \$|max_fails|fail_timeout|weight=|keepalive|长连接|热点|NAT|CDN|权重|钉|hot key|long-lived|pinned|\bweights?\b/i;
    for (const id of SCENARIO_IDS) {
      for (const language of ['zh', 'en'] as const) {
        expect(SCENARIOS[id].title[language], id).not.toMatch(giveaways);
        expect(SCENARIOS[id].symptom[language], id).not.toMatch(giveaways);
      }
    }
  });

  it('the alert gives the times the logs show (the spike at 14:00:08 in every log)', () => {
    for (const id of SCENARIO_IDS) {
      const s = SCENARIOS[id];
      const spike = formatErrorTime(s.spikeAtMs).slice(11);
      expect(s.symptom.zh, id).toContain(spike);
      expect(s.symptom.en, id).toContain(spike);
      for (const time of s.symptom.zh.match(/\d{2}:\d{2}:\d{2}/g) ?? []) {
        // Every time the alert names is a second of this run.
        const ms = parseTimeLocal(`12/Mar/2024:${time} +0800`);
        expect(ms, `${id} ${time}`).not.toBeNull();
        expect(ms as number).toBeGreaterThanOrEqual(0);
        expect(ms as number).toBeLessThan(s.durationMs);
      }
    }
  });

  it.each(SCENARIO_IDS)('%s: one upstream takes most of the traffic, and the fix spreads it', (id) => {
    const inv = get(id);
    expect(inv.metrics.maxShare).toBeGreaterThan(0.7);
    expect(inv.metrics.dropped).toBeGreaterThan(1000);
    expect(inv.fixedMetrics.maxShare).toBeLessThan(0.45);
    expect(inv.fixedMetrics.dropped).toBeLessThan(inv.metrics.dropped / 4);
    expect(inv.fixedMetrics.p99Ms).toBeLessThan(inv.metrics.p99Ms);
  });

  it.each(SCENARIO_IDS)('%s: the checklist flags the symptom and exactly the step that reveals the cause', (id) => {
    const inv = get(id);
    const flagged = inv.checklist.filter((s) => s.suspicious).map((s) => s.id);
    expect(flagged).toEqual(
      ['upstream-addr', EXPECTED_STEP[SCENARIOS[id].cause]].sort(
        (a, b) => inv.checklist.findIndex((s) => s.id === a) - inv.checklist.findIndex((s) => s.id === b),
      ),
    );
    expect(inv.suspected).toBe(SCENARIOS[id].cause);
    expect(inv.diagnosis.correct).toBe(SCENARIOS[id].cause);
    for (const step of inv.checklist) {
      expect(step.finding.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(step.command.length).toBeGreaterThan(5);
    }
  });

  it.each(SCENARIO_IDS)("%s: the access log holds every request and reads back into the run's numbers", (id) => {
    const inv = get(id);
    expect(inv.accessLog).toHaveLength(inv.metrics.requests);
    const entries = inv.accessLog.map(parseAccessLogLine);
    expect(entries.every((e) => e !== null)).toBe(true);
    const perServer = new Map<string, number>();
    for (const e of entries) {
      const last = e!.upstreamAddrs.at(-1)!;
      perServer.set(last, (perServer.get(last) ?? 0) + 1);
      expect(e!.upstreamAddrs).toHaveLength(e!.upstreamTimes.length);
    }
    for (const s of inv.metrics.servers) expect(perServer.get(s.id) ?? 0).toBe(s.routed);
    const statuses = entries.filter((e) => e!.status >= 500).length;
    expect(statuses).toBe(inv.metrics.dropped);
  });

  it('writes combined-format lines with $upstream_addr and $upstream_response_time', () => {
    const inv = get('after-network-blip');
    const line = inv.accessLog[0]!;
    expect(line).toMatch(
      /^\d+\.\d+\.\d+\.\d+ - - \[12\/Mar\/2024:14:00:00 \+0800\] "GET \/api\/items\/sku\d+ HTTP\/1\.1" 200 \d+ "-" "[^"]+" 10\.0\.1\.1\d:8080 \d\.\d{3}$/,
    );
    // the request that hit the blip lists both servers and two times
    const retried = inv.accessLog.find((l) => /:8080, 10\.0\.1/.test(l));
    expect(retried).toMatch(/ 10\.0\.1\.1\d:8080, 10\.0\.1\.1\d:8080 0\.000, \d\.\d{3}$/);
  });

  it('writes nginx error log lines that name the disabled servers', () => {
    const inv = get('after-network-blip');
    const parsed = inv.errorLog.map(parseErrorLogLine);
    expect(parsed.every((e) => e !== null)).toBe(true);
    const disabled = parsed.filter((e) => e!.message.startsWith('upstream server temporarily disabled')).map((e) => e!.upstream);
    expect(disabled.sort()).toEqual(['10.0.1.11:8080', '10.0.1.13:8080']);
    expect(parsed[0]?.time).toBe('2024/03/12 14:00:08');
  });

  it('nat-ip-hash: every request from the CDN /24 went to one server', () => {
    const entries = get('partner-promotion').accessLog.map(parseAccessLogLine);
    const cdn = new Set(entries.filter((e) => e!.remoteAddr.startsWith('198.51.100.')).map((e) => e!.upstreamAddrs.at(-1)));
    expect(cdn.size).toBe(1);
  });

  it('the diagnosis carries the fix as a config diff that turns the broken config into the fixed one', () => {
    for (const id of SCENARIO_IDS) {
      const d = get(id).diagnosis;
      expect(d.options).toBe(DIAGNOSIS_OPTIONS);
      const rebuilt =
        d.configDiff
          .filter((l) => l.op !== '-')
          .map((l) => l.text)
          .join('\n') + '\n';
      const original =
        d.configDiff
          .filter((l) => l.op !== '+')
          .map((l) => l.text)
          .join('\n') + '\n';
      expect(rebuilt).toBe(d.configAfter);
      expect(original).toBe(d.configBefore);
      expect(d.configDiff.some((l) => l.op !== ' ')).toBe(true);
      expect(checkAnswer(d, SCENARIOS[id].cause).correct).toBe(true);
      expect(checkAnswer(d, 'faster-server').correct).toBe(false);
    }
    const typo = get('day-after-config-change')
      .diagnosis.configDiff.filter((l) => l.op !== ' ')
      .map((l) => `${l.op}${l.text.trim()}`);
    expect(typo).toEqual(['-server 10.0.1.12:8080 weight=50;', '+server 10.0.1.12:8080 weight=5;']);
  });

  it('is deterministic for a seed, and the evidence follows the data when the seed changes', () => {
    const again = investigate('flash-sale');
    expect(again.accessLog).toEqual(get('flash-sale').accessLog);
    expect(again.checklist).toEqual(get('flash-sale').checklist);
    const other = investigate('flash-sale', 7);
    expect(other.accessLog).not.toEqual(get('flash-sale').accessLog);
    expect(other.suspected).toBe('hot-key');
    expect(other.checklist[0]?.finding).not.toBe(get('flash-sale').checklist[0]?.finding);
  });
});
