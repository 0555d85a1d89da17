// The current request's way through the chains, one rule per line: the chain, what the rule asks,
// whether it matched; then the DNAT, the masquerade if any, and the reply un-DNATed by conntrack.
import type { NodeRules } from './core/rules.ts';
import { nodeName, type Scenario } from './core/scenario.ts';
import type { RequestInfo } from './core/simulate.ts';
import { savedProbability } from './core/probability.ts';
import { S } from './strings.ts';

function ruleSummary(rules: NodeRules, index: number): string {
  const r = rules.rules[index];
  if (!r) return '';
  const m = r.match;
  const parts: string[] = [];
  if (m.dst) parts.push(`-d ${m.dst}`);
  if (m.notSrcCidr) parts.push(`! -s ${m.notSrcCidr}`);
  if (m.src) parts.push(`-s ${m.src}`);
  if (m.srcCidr) parts.push(`-s ${m.srcCidr}`);
  if (m.srcLocal) parts.push('--src-type LOCAL');
  if (m.dstLocal) parts.push('--dst-type LOCAL');
  if (m.dport !== undefined) parts.push(`--dport ${m.dport}`);
  if (m.recentCheck) parts.push('-m recent --rcheck');
  if (m.probability !== undefined) parts.push(`--probability ${savedProbability(m.probability)}`);
  if (m.markNotSet) parts.push('! --mark 0x4000');
  const target = r.target === 'DNAT' ? `DNAT --to-destination ${r.toDestination ?? ''}` : r.target;
  return `${parts.join(' ')}${parts.length ? ' ' : ''}-j ${target}`;
}

/** The line for IPVS's or nftables' one-step choice, which has no rules to walk. */
function pickLine(request: RequestInfo, scenario: Scenario): string | null {
  const p = request.pick;
  if (!p) return null;
  if (p.mode === 'ipvs') return S.pathIpvs(`${scenario.service.ref.protocol} ${request.dst}:${request.dport}`, p.scheduler);
  return S.pathNft(p.draw, p.of);
}

export function RequestPath({ request, rules, scenario }: { request: RequestInfo | null; rules: NodeRules | undefined; scenario: Scenario }) {
  return (
    <section className="lab-box" aria-labelledby="k8s-path-title" data-testid="request-path">
      <h2 id="k8s-path-title">{S.pathTitle}</h2>
      {!request || !rules ? (
        <p className="muted">{S.pathNone}</p>
      ) : (
        <>
          <p className="mono small">
            {request.client} {request.src}:{request.srcPort} → {request.dst}:{request.dport}
          </p>
          <p className="small" data-testid="request-entry">
            {request.lbNode !== null
              ? S.pathLb(scenario.service.loadBalancerIP, nodeName(scenario.backend, request.lbNode))
              : S.pathEntered(request.entryNodeName)}
          </p>
          {pickLine(request, scenario) && (
            <p className="mono small" data-testid="request-pick">
              {pickLine(request, scenario)}
              {request.walk.verdict.kind === 'dnat' ? ` → ${request.walk.verdict.to}` : ''}
            </p>
          )}
          <ol className="k8s-steps">
            {request.walk.steps.map((st, i) => (
              <li key={i} className={st.matched ? 'hit' : 'miss'}>
                <span className="mono k8s-chain">{rules.rules[st.rule]?.chain}</span>
                <span className="mono small k8s-step-rule">{ruleSummary(rules, st.rule)}</span>
                <span className={`k8s-verdict ${st.matched ? 'hit' : 'miss'}`}>{st.matched ? S.pathMatched : S.pathMissed}</span>
              </li>
            ))}
          </ol>
          {request.walk.verdict.kind === 'drop' && (
            <p className="k8s-bad small" data-testid="request-verdict">
              {S.verdictDrop}
            </p>
          )}
          {request.walk.verdict.kind === 'reject' && (
            <p className="k8s-bad small" data-testid="request-verdict">
              {S.verdictReject}
            </p>
          )}
          {request.walk.verdict.kind === 'dnat' && (
            <p className="mono small" data-testid="request-reply">
              {S.pathReply}: {request.walk.verdict.to} → {request.seenSrc}:{request.srcPort} ⇒ conntrack: {request.dst}:{request.dport} → {request.src}:
              {request.srcPort}
            </p>
          )}
        </>
      )}
    </section>
  );
}
