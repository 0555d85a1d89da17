// The nodes at the player's moment: role, configEpoch, keys, replication offset, and whether the
// node serves requests (down, minority, a master FAIL with its slots uncovered).
import type { NodeSnapshot } from './core/snapshot.ts';
import { S } from './strings.ts';

function stateText(n: NodeSnapshot): string {
  if (!n.alive) return S.stateDown;
  if (n.state === 'minority') return S.stateMinority;
  if (n.state === 'uncovered') return S.stateUncovered;
  return S.stateOk;
}

export function NodeTable({ nodes }: { nodes: readonly NodeSnapshot[] }) {
  const c = S.nodeCols;
  return (
    <div className="table-scroll rc-nodes" tabIndex={0} role="region" aria-label={S.nodesTitle}>
      <table data-testid="node-table">
        <caption className="rc-h">{S.nodesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{c.node}</th>
            <th scope="col">{c.role}</th>
            <th scope="col">{c.epoch}</th>
            <th scope="col">{c.keys}</th>
            <th scope="col">{c.offset}</th>
            <th scope="col">{c.state}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr
              key={n.id}
              data-node={n.id}
              data-role={n.master === null ? 'master' : 'replica'}
              className={!n.alive || n.state !== 'ok' ? 'rc-row-bad' : undefined}
            >
              <th scope="row">
                <span className={`rc-swatch rc-c-${n.master ?? n.id}`} aria-hidden="true" /> {n.id}
              </th>
              <td>{n.master === null ? S.roleMaster : S.roleReplica(n.master)}</td>
              <td className="num">{n.master === null ? n.configEpoch : '—'}</td>
              <td className="num">{n.keys}</td>
              <td className="num">{n.replOffset}</td>
              <td>
                {stateText(n)}
                {n.side === 1 && <span className="rc-side"> · {S.sideMinority}</span>}
                {n.flags.length > 0 && <span className="muted small"> · {S.flags(n.flags.join(' '))}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
