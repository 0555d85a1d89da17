// Many new connections through the rules in force at the player's moment: the share each pod gets
// beside the 1/n the chain of probabilities is built to give.
import { useMemo } from 'react';
import type { NodeRules } from './core/rules.ts';
import type { Scenario } from './core/scenario.ts';
import { clients, nodeIP } from './core/scenario.ts';
import { splitRequests } from './core/split.ts';
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { S } from './strings.ts';

const TOTAL = 10_000;

export function SplitPanel({ rules, scenario, entryNode }: { rules: NodeRules; scenario: Scenario; entryNode: number }) {
  const locale = localeOf(currentLanguage());
  const result = useMemo(() => {
    const nodePort = scenario.service.type !== 'ClusterIP';
    const packet = {
      src: clients(scenario)[0]?.ip ?? '10.244.0.50',
      dst: nodePort ? nodeIP(entryNode) : scenario.service.clusterIP,
      dport: nodePort ? scenario.service.nodePort : scenario.service.port,
      dstLocal: nodePort,
    };
    // Affinity off: each connection stands for a different client.
    const plain = rules.rules.filter((r) => r.match.recentCheck === undefined);
    return splitRequests({ ...rules, rules: plain }, packet, TOTAL, scenario.seed);
  }, [rules, scenario, entryNode]);
  // Pods this entry node can reach (all of them, or the local ones for externalTrafficPolicy: Local).
  const n = result.counts.filter((c) => c.count > 0).length;
  return (
    <section className="lab-box" aria-labelledby="k8s-split-title" data-testid="split">
      <h2 id="k8s-split-title">{S.splitTitle}</h2>
      <p className="muted small">{S.splitHelp(TOTAL.toLocaleString(locale))}</p>
      {n === 0 || result.rejected === result.total ? (
        <p>{S.splitNone}</p>
      ) : (
        <ul className="k8s-bars">
          {result.counts
            .filter((c) => c.count > 0)
            .map((c) => {
              const share = c.count / result.total;
              return (
                <li key={c.podName}>
                  <span className="mono small k8s-bar-label">{c.podName}</span>
                  <span className="k8s-bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, share * 100 * Math.max(1, n / 2))}%` }} />
                  </span>
                  <span className="small">
                    {c.count.toLocaleString(locale)} · {(share * 100).toFixed(1)}%{' '}
                    <span className="muted">({S.splitExpected(`${(100 / n).toFixed(1)}%`)})</span>
                  </span>
                </li>
              );
            })}
        </ul>
      )}
      {result.rejected > 0 && result.rejected < result.total && <p className="small">{S.splitDropped(result.rejected.toLocaleString(locale))}</p>}
    </section>
  );
}
