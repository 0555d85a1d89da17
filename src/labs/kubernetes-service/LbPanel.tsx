// The cloud load balancer in front of a LoadBalancer Service: each node's health check as the LB
// sees it (kube-proxy's 10256/healthz for Cluster, the Service's healthCheckNodePort for Local),
// and whether that node is in the LB's pool.
import { healthCheck } from './core/rules-external.ts';
import type { NodeRules } from './core/rules.ts';
import { healthyNodes } from './core/route.ts';
import { nodeIP, nodeName, type Scenario } from './core/scenario.ts';
import { S } from './strings.ts';

export function LbPanel({ scenario, nodeRules }: { scenario: Scenario; nodeRules: readonly NodeRules[] }) {
  const svc = scenario.service;
  const local = svc.externalTrafficPolicy === 'Local';
  const healthy = new Set(healthyNodes(scenario, nodeRules[0]?.used ?? []));
  return (
    <section className="lab-box k8s-panel" aria-labelledby="k8s-lb-title" data-testid="lb-panel">
      <h2 id="k8s-lb-title">{S.lbTitle}</h2>
      <p className="muted small">{S.lbHelp(svc.externalTrafficPolicy)}</p>
      <div className="table-scroll" tabIndex={0}>
        <table className="k8s-table k8s-lb">
          <thead>
            <tr>
              <th scope="col">{S.lbCols.node}</th>
              <th scope="col">{S.lbCols.check}</th>
              <th scope="col">{S.lbCols.local}</th>
              <th scope="col">{S.lbCols.result}</th>
            </tr>
          </thead>
          <tbody>
            {nodeRules.map((r, k) => {
              const check = local ? healthCheck(svc, r.local.length) : { status: 200, body: '{"lastUpdated": …, "currentTime": …}' };
              const port = local ? svc.healthCheckNodePort : 10256;
              return (
                <tr key={r.node} data-testid="lb-node" data-healthy={healthy.has(k) ? 'true' : 'false'}>
                  <td className="small">{nodeName(scenario.backend, k)}</td>
                  <td className="mono small">
                    GET {nodeIP(k)}:{port}/{local ? '' : 'healthz'} → {check.status}
                    <br />
                    <span className="muted">{check.body}</span>
                  </td>
                  <td className="mono small">{r.local.length}</td>
                  <td className={healthy.has(k) ? 'k8s-ok' : 'k8s-bad'}>{healthy.has(k) ? S.lbInPool : S.lbOutOfPool}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
