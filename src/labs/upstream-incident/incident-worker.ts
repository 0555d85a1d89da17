// Simulates a scenario off the page's thread: the broken and the fixed nginx over ~9,000 requests,
// the logs, the checklist and the diagnosis take long enough to freeze the page for a moment.
import { toInvestigationView, type InvestigationView } from './investigation-view.ts';
import { investigate } from './core/investigation.ts';
import type { ScenarioId } from './core/scenarios.ts';

export interface IncidentRequest {
  readonly scenario: ScenarioId;
  readonly seed: number;
}

export type IncidentReply = { ok: true; view: InvestigationView } | { ok: false; error: string };

const ctx = self as unknown as { onmessage: ((e: MessageEvent<IncidentRequest>) => void) | null; postMessage(message: IncidentReply): void };

ctx.onmessage = (e) => {
  try {
    ctx.postMessage({ ok: true, view: toInvestigationView(investigate(e.data.scenario, e.data.seed)) });
  } catch (err) {
    ctx.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
