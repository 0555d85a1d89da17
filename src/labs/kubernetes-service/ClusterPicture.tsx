// Nodes with their pods (IP, readiness, failing app, terminating) and the EndpointSlice's
// endpoints with their conditions, at the player's moment. The pod the current request reached is
// outlined.
import type { PodState, TraceRow } from './core/simulate.ts';
import type { Scenario } from './core/scenario.ts';
import { nodeIP, nodeName } from './core/scenario.ts';
import { S } from './strings.ts';

function podStatus(p: PodState): { text: string; cls: string } {
  if (p.phase === 'Terminating') return { text: S.podTerminating, cls: 'terminating' };
  if (p.phase === 'Pending') return { text: S.podPending, cls: 'pending' };
  if (!p.ready) return { text: S.podNotReady, cls: 'not-ready' };
  if (p.failing) return { text: `${S.podReady} · ${S.podFailing}`, cls: 'failing' };
  return { text: S.podReady, cls: 'ready' };
}

export function ClusterPicture({
  row,
  scenario,
  hitPod,
  entryNode,
}: {
  row: TraceRow | undefined;
  scenario: Scenario;
  hitPod: string | null;
  entryNode: number | null;
}) {
  const pods = row?.pods ?? [];
  const slice = row?.slice ?? [];
  const nodes = Array.from({ length: scenario.nodes }, (_, k) => ({ name: nodeName(scenario.backend, k), ip: nodeIP(k), cidr: `10.244.${k}.0/24` }));
  return (
    <section className="lab-box" aria-labelledby="k8s-picture-title">
      <h2 id="k8s-picture-title">{S.pictureTitle}</h2>
      <div className="k8s-nodes">
        {nodes.map((n, k) => (
          <div key={n.name} className={`k8s-node${k === entryNode ? ' entry' : ''}`} data-testid="node" data-entry={k === entryNode ? 'true' : undefined}>
            <p className="k8s-node-name">
              <strong>{n.name}</strong>{' '}
              <span className="muted small mono">
                {n.ip} · {n.cidr}
              </span>
              {k === entryNode && <span className="badge small">{S.entryMark}</span>}
            </p>
            <ul className="k8s-pods">
              {pods
                .filter((p) => p.node === n.name)
                .map((p) => {
                  const st = podStatus(p);
                  return (
                    <li key={p.name} className={`k8s-pod ${st.cls}${p.name === hitPod ? ' hit' : ''}`} data-testid="pod" data-pod={p.name} data-status={st.cls}>
                      <span className="mono k8s-pod-name">{p.name}</span>
                      <span className="mono small">{p.ip}</span>
                      <span className={`k8s-status ${st.cls}`}>{st.text}</span>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </div>
      <div className="table-scroll" tabIndex={0}>
        <table className="k8s-slice" data-testid="endpoint-slice">
          <caption>{S.sliceCaption(scenario.service.ref.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{S.colEndpoint}</th>
              <th scope="col">{S.colPod}</th>
              <th scope="col">{S.colNode}</th>
              <th scope="col">{S.colConditions}</th>
            </tr>
          </thead>
          <tbody>
            {slice.map((e) => (
              <tr key={e.podName}>
                <td className="mono">
                  {e.ip}:{scenario.service.targetPort}
                </td>
                <td className="mono small">{e.podName}</td>
                <td className="small">{e.nodeName}</td>
                <td className="mono small">
                  ready={String(e.ready)} serving={String(e.serving)} terminating={String(e.terminating)}
                </td>
              </tr>
            ))}
            {slice.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {S.noEndpoints}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
