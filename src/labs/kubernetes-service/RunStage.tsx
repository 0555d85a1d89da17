// Everything that follows the player's moment: the controls, the cluster picture, the current
// request's path, the rules with that path marked, the split of many requests and the trace.
import { useMemo } from 'react';
import { PlayerControls } from '../../ui/player/PlayerControls.tsx';
import { usePlayer } from '../../ui/player/use-player.ts';
import { usePlayerUrlTime } from '../../ui/player/use-player-url-time.ts';
import type { Scenario } from './core/scenario.ts';
import { connCounts, type Run } from './core/simulate.ts';
import { IngressPanel } from './IngressPanel.tsx';
import { LbPanel } from './LbPanel.tsx';
import { ModesPanel } from './ModesPanel.tsx';
import { ClusterPicture } from './ClusterPicture.tsx';
import { K8sTrace } from './K8sTrace.tsx';
import { RequestPath } from './RequestPath.tsx';
import { RulesBox } from './RulesBox.tsx';
import { SplitPanel } from './SplitPanel.tsx';
import { S } from './strings.ts';

export function RunStage({ run, scenario }: { run: Run; scenario: Scenario }) {
  const times = useMemo(() => run.rows.map((r) => r.timeMs), [run]);
  const player = usePlayer(times, scenario.durationMs);
  usePlayerUrlTime(player);
  const row = run.rows[player.index] ?? run.rows[0];
  // The latest request at or before the moment shown.
  let request = null;
  for (let i = player.index; i >= 0; i--) {
    const r = run.rows[i];
    if (r?.request) {
      request = r.request;
      break;
    }
  }
  const entry = request?.entryNode ?? (scenario.service.type === 'NodePort' ? scenario.entryNode : 0);
  const requestRules = request ? run.rules[run.rows.find((r) => r.request === request)?.rulesVersion ?? 0]?.[entry] : undefined;
  const nodeRules = run.rules[row?.rulesVersion ?? 0];
  const rules = nodeRules?.[entry];
  const nowMs = row?.timeMs ?? 0;
  // The path is drawn on the rules it walked; after a sync the new rules are shown unmarked.
  const walkShown = request && requestRules === rules ? request.walk : null;
  return (
    <section className="lab-stage k8s-stage" aria-label={S.stageTitle}>
      <PlayerControls player={player} rowCount={run.rows.length} />
      <ClusterPicture row={row} scenario={scenario} hitPod={request?.pod ?? null} entryNode={request ? entry : null} />
      <RequestPath request={request} rules={requestRules} scenario={scenario} />
      {scenario.service.type === 'LoadBalancer' && nodeRules && <LbPanel scenario={scenario} nodeRules={nodeRules} />}
      {scenario.ingress && <IngressPanel scenario={scenario} />}
      {rules && scenario.proxyMode === 'iptables' && <RulesBox rules={rules} walk={walkShown} />}
      {rules && <ModesPanel scenario={scenario} rules={rules} counts={(dest) => connCounts(run.conns, dest, nowMs)} />}
      {rules && scenario.proxyMode === 'iptables' && <SplitPanel rules={rules} scenario={scenario} entryNode={entry} />}
      <K8sTrace run={run} scenario={scenario} index={player.index} playing={player.playing} onSeek={player.seek} />
    </section>
  );
}
