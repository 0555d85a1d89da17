// The same Service in kube-proxy's three modes side by side (iptables rules, ipvsadm -Ln, the
// nftables table), the current one outlined, and the computed table of how each grows with the
// number of Services.
import { ipvsadmText, virtualServers, type RealServerCounts } from './core/ipvs.ts';
import { nftText } from './core/nftables.ts';
import { rulesText, type NodeRules } from './core/rules.ts';
import { modeCosts, scaleSteps } from './core/scale.ts';
import { nodeIP, POD_CIDR, type Scenario } from './core/scenario.ts';
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export function ModesPanel({ scenario, rules, counts }: { scenario: Scenario; rules: NodeRules; counts: (dest: string) => RealServerCounts }) {
  const locale = localeOf(currentLanguage());
  const svc = scenario.service;
  const nodeIPs = Array.from({ length: scenario.nodes }, (_, k) => nodeIP(k));
  const texts = {
    iptables: rulesText(rules, 'saved')
      .split('\n')
      .filter((l) => l.startsWith('-A KUBE-S') || l.startsWith('-A KUBE-EXT') || l.startsWith('-A KUBE-NODEPORTS'))
      .join('\n'),
    ipvs: ipvsadmText(svc, virtualServers(svc, rules.used, nodeIPs, rules.node), scenario.ipvsScheduler, counts),
    nftables: nftText(svc, rules.used, POD_CIDR),
  };
  const e = Math.max(1, scenario.replicas);
  const fmt = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return (
    <section className="lab-box k8s-panel" aria-labelledby="k8s-modes-title" data-testid="modes-panel">
      <h2 id="k8s-modes-title">{S.modesTitle}</h2>
      <p className="muted small">{S.modesHelp}</p>
      <div className="k8s-modes">
        {(['iptables', 'ipvs', 'nftables'] as const).map((m) => (
          <div key={m} className={`k8s-mode${m === scenario.proxyMode ? ' on' : ''}`} data-testid={`mode-${m}`}>
            <h3>
              {S.modeNames[m]}
              {m === scenario.proxyMode && <span className="badge small">{S.current}</span>}
            </h3>
            <pre className="k8s-rules-text" tabIndex={0} aria-label={S.modeNames[m]}>
              {texts[m]}
            </pre>
          </div>
        ))}
      </div>
      <h3>{S.scaleTitle(fmt(scenario.services), e)}</h3>
      <p className="muted small">{S.scaleHelp}</p>
      <div className="table-scroll" tabIndex={0}>
        <table className="k8s-table k8s-scale" data-testid="scale-table">
          <thead>
            <tr>
              <th scope="col">{S.scaleCols.services}</th>
              <th scope="col">{S.scaleCols.mode}</th>
              <th scope="col">{S.scaleCols.entries}</th>
              <th scope="col">{S.scaleCols.lookup}</th>
              <th scope="col">{S.scaleCols.change}</th>
            </tr>
          </thead>
          <tbody>
            {scaleSteps(scenario.services).flatMap((n) =>
              modeCosts(n, e).map((c) => (
                <tr key={`${n}-${c.mode}`}>
                  <td className="mono small">{fmt(n)}</td>
                  <td className="small">{S.modeNames[c.mode]}</td>
                  <td className="mono small">{fmt(c.entries)}</td>
                  <td className="mono small">{fmt(c.lookupAvg)}</td>
                  <td className="mono small">{fmt(c.perChange)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
