// A finished test, saved as its own record (lib/record-db.ts: added, never rewritten), so scores
// over time can be shown and exported.
import { appDb } from '../../lib/app-storage.ts';
import type { StoredRecord } from '../../lib/record-db.ts';
import { appSync } from '../../lib/record-sync.ts';

export const TEST_RESULT_KIND = 'test-result';

export interface TestResult extends StoredRecord {
  readonly kind: typeof TEST_RESULT_KIND;
  readonly time: number;
  readonly seed: number;
  readonly deckIds: readonly string[];
  readonly right: number;
  readonly total: number;
  /** Item ids answered wrong. */
  readonly wrong: readonly string[];
}

export async function saveTestResult(result: Omit<TestResult, 'kind' | 'id'>): Promise<void> {
  const record: TestResult = { ...result, kind: TEST_RESULT_KIND, id: `${result.time.toString(36)}-${result.seed}` };
  await appDb.add([record]);
  appSync.post({ type: 'records', kind: TEST_RESULT_KIND, added: [record], removed: [] });
}

export function listTestResults(): Promise<TestResult[]> {
  return appDb.list<TestResult>(TEST_RESULT_KIND);
}
