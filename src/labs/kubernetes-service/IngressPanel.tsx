// The Ingress in front of the Services (ingress-nginx): its spec, the sample requests with the
// rule each one matched and why, and the request typed into the host / path fields.
import { ingressYaml, routeIngress, SAMPLE_REQUESTS, SHOP_INGRESS, type IngressRoute } from './core/ingress.ts';
import type { Scenario } from './core/scenario.ts';
import { S } from './strings.ts';

function matched(route: IngressRoute): string {
  const rule = SHOP_INGRESS[route.rule];
  if (!rule) return S.ingressDefault;
  const p = rule.paths[route.path];
  const host = rule.host || '*';
  return p ? `${host} ${p.path} (${p.pathType})` : `${host}: ${S.ingressDefault}`;
}

function why(route: IngressRoute): string {
  const host = S.hostWhy[route.hostMatch] ?? '';
  if (route.rule < 0) return host;
  const rule = SHOP_INGRESS[route.rule];
  if (route.path < 0) return `${host}; ${S.pathNoMatch}`;
  const also = route.alsoMatched
    .map((i) => {
      const p = rule?.paths[i];
      return p ? `${p.path} (${p.pathType})` : '';
    })
    .join(', ');
  return `${host}; ${S.pathWhy(also)}`;
}

export function IngressPanel({ scenario }: { scenario: Scenario }) {
  const rows = [...SAMPLE_REQUESTS.map((r) => ({ ...r, mine: false })), { host: scenario.host, path: scenario.path, mine: true }];
  return (
    <section className="lab-box k8s-panel" aria-labelledby="k8s-ingress-title" data-testid="ingress-panel">
      <h2 id="k8s-ingress-title">{S.ingressTitle}</h2>
      <p className="muted small">{S.ingressHelp}</p>
      <pre className="k8s-rules-text k8s-yaml" tabIndex={0}>
        {ingressYaml(SHOP_INGRESS)}
      </pre>
      <div className="table-scroll" tabIndex={0}>
        <table className="k8s-table k8s-ingress" data-testid="ingress-routes">
          <thead>
            <tr>
              <th scope="col">{S.ingressCols.host}</th>
              <th scope="col">{S.ingressCols.path}</th>
              <th scope="col">{S.ingressCols.match}</th>
              <th scope="col">{S.ingressCols.backend}</th>
              <th scope="col">{S.ingressCols.why}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const route = routeIngress(SHOP_INGRESS, r.host, r.path);
              return (
                <tr key={i} className={r.mine ? 'k8s-mine' : ''} data-testid={r.mine ? 'ingress-mine' : 'ingress-row'}>
                  <td className="mono small">
                    {r.mine ? `${S.ingressTry}: ` : ''}
                    {r.host}
                  </td>
                  <td className="mono small">{r.path}</td>
                  <td className="mono small">{matched(route)}</td>
                  <td className="mono small">{route.backend ? `${route.backend.service}:${route.backend.port}` : '404'}</td>
                  <td className="small">{why(route)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
