// Everything the incident view shows for one scenario and seed, computed in one call: the config,
// the access and error logs, per-upstream metrics before and after the fix, the checklist with
// its evidence, and the diagnosis.
import type { RunSummary } from '../../load-balancing/core/metrics.ts';
import { accessLog } from './access-log.ts';
import { buildChecklist, suspectedCause, type ChecklistStep } from './checklist.ts';
import { buildDiagnosis, type Diagnosis } from './diagnosis.ts';
import { errorLog } from './error-log.ts';
import { runIncident, type IncidentRun } from './run-incident.ts';
import type { CauseId, IncidentScenario, ScenarioId } from './scenarios.ts';

export interface Investigation {
  readonly scenario: IncidentScenario;
  readonly seed: number;
  /** The nginx config snippet (text) in effect during the incident. */
  readonly config: string;
  readonly accessLog: readonly string[];
  readonly errorLog: readonly string[];
  /** Per-upstream metrics of the incident and of the same traffic on the fixed config. */
  readonly metrics: RunSummary;
  readonly fixedMetrics: RunSummary;
  readonly checklist: readonly ChecklistStep[];
  /** The cause the suspicious steps point at. */
  readonly suspected: CauseId | null;
  readonly diagnosis: Diagnosis;
  readonly run: IncidentRun;
}

export function investigate(id: ScenarioId, seed?: number): Investigation {
  const run = runIncident(id, seed);
  const log = accessLog(run.records, run.scenario);
  const errors = errorLog(run.errors, run.records, run.scenario);
  const checklist = buildChecklist({
    config: run.config,
    accessLog: log,
    errorLog: errors,
    connectionsPerServer: run.connectionsPerServer,
    durationMs: run.scenario.durationMs,
  });
  return {
    scenario: run.scenario,
    seed: run.seed,
    config: run.config,
    accessLog: log,
    errorLog: errors,
    metrics: run.summary,
    fixedMetrics: run.fixedSummary,
    checklist,
    suspected: suspectedCause(checklist),
    diagnosis: buildDiagnosis(run),
    run,
  };
}
