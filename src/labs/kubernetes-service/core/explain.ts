// The trace table's sentences, in both UI languages: what happened and why, for every row of a run.
// The engine emits codes and data; every user-facing word of a row lives here (explain-words.ts).
import { savedProbability } from './probability.ts';
import type { NodeRules } from './rules.ts';
import type { Scenario } from './scenario.ts';
import type { Run, TraceRow } from './simulate.ts';
import { explainWords, type ExplainWords } from './explain-words.ts';
import type { Lang } from './param-messages.ts';

export interface RowText {
  readonly event: string;
  readonly reason: string;
}

function endpointsSummary(rules: NodeRules, w: ExplainWords): string {
  if (rules.used.length === 0) return w.noEndpointsReject;
  const probs = rules.rules
    .filter((r) => r.chain === rules.svcChain && r.target.startsWith('KUBE-SEP-') && r.match.recentCheck === undefined)
    .map((r) => (r.match.probability === undefined ? w.fallback : savedProbability(r.match.probability)));
  return w.summary(rules.svcChain, rules.used.length, probs, rules.usedTerminating);
}

export function describeRow(row: TraceRow, run: Run, s: Scenario, lang: Lang = 'zh'): RowText {
  const w = explainWords[lang];
  const rules = run.rules[row.rulesVersion]?.[0];
  switch (row.kind) {
    case 'start':
      return { event: w.start(s), reason: rules ? w.startWhy(endpointsSummary(rules, w)) : '' };
    case 'app-fails':
      return { event: w.appFails(row.pod ?? ''), reason: w.appFailsWhy(s.failureThreshold) };
    case 'probe-failed':
      return { event: w.probeFailed(row.pod ?? '', row.probe?.count ?? 0, row.probe?.threshold ?? 0), reason: w.probeFailedWhy(s.failureThreshold) };
    case 'pod-not-ready':
      return { event: w.notReady(row.pod ?? '', row.probe?.count ?? 0), reason: w.notReadyWhy };
    case 'pod-ready':
      return { event: w.ready(row.pod ?? ''), reason: w.readyWhy };
    case 'scale':
      return {
        event: w.scale(s.service.ref.name, row.scale?.from ?? 0, row.scale?.to ?? 0),
        reason: (row.scale?.to ?? 0) > (row.scale?.from ?? 0) ? w.scaleUpWhy : w.scaleDownWhy,
      };
    case 'pod-created':
      return { event: w.created(row.pod ?? ''), reason: w.createdWhy(s.initialDelaySeconds) };
    case 'pod-terminating':
      return { event: w.terminating(row.pod ?? ''), reason: w.terminatingWhy };
    case 'pod-gone':
      return { event: w.gone(row.pod ?? ''), reason: w.goneWhy };
    case 'sync':
      return { event: w.sync(s.proxyMode), reason: rules ? endpointsSummary(rules, w) : '' };
    case 'request':
      return describeRequest(row, run, s, w);
  }
}

function describeRequest(row: TraceRow, run: Run, s: Scenario, w: ExplainWords): RowText {
  const q = row.request;
  if (!q) return { event: '', reason: '' };
  const rules = run.rules[row.rulesVersion]?.[q.entryNode];
  const v = q.walk.verdict;
  const to = `${q.src}:${q.srcPort} → ${q.dst}:${q.dport}`;
  const lb = q.lbNode === null ? '' : w.viaLb(s.service.loadBalancerIP, q.entryNodeName);
  if (v.kind === 'reject') return { event: w.rejected(q.client, to), reason: w.rejectedWhy };
  if (v.kind === 'drop') return { event: w.dropped(q.client, to), reason: w.droppedWhy(q.entryNodeName) };
  if (v.kind === 'no-match') return { event: w.noMatch(q.client, to), reason: w.noMatchWhy };
  let how: string;
  if (q.pick) how = q.pick.mode === 'ipvs' ? w.ipvsPick(q.pick.scheduler, q.pick.active) : w.nftPick(q.pick.draw, q.pick.of);
  else {
    const missed = q.walk.steps.filter((st) => !st.matched && rules?.rules[st.rule]?.match.probability !== undefined).length;
    const sticky = q.walk.steps.some((st) => st.matched && rules?.rules[st.rule]?.match.recentCheck !== undefined);
    how = sticky ? w.sticky : missed === 0 ? w.firstRule : w.laterRule(missed);
  }
  const nat = v.masquerade ? w.masq(q.seenSrc) : w.keepSrc;
  const cross = s.service.type !== 'ClusterIP' && q.podNode !== null && q.podNode !== q.entryNodeName ? w.crossNode(q.entryNodeName, q.podNode) : '';
  const err = q.errored ? w.errored : '';
  return {
    event: `${lb}${w.dnat(q.client, to, v.to, q.pod ?? v.podName)}`,
    reason: `${how}${cross}${nat}${w.reply(v.to, q.dst, q.dport)}${err}`,
  };
}
