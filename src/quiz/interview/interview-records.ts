// A finished mock interview, saved as its own record (added, never rewritten): the report can be
// shown again and scores listed over time. Audio is never saved.
import { appDb } from '../../lib/app-storage.ts';
import type { StoredRecord } from '../../lib/record-db.ts';
import { appSync } from '../../lib/record-sync.ts';
import type { AnsweredQuestion } from './core/plan.ts';

export const INTERVIEW_KIND = 'interview';

export interface InterviewRecord extends StoredRecord {
  readonly kind: typeof INTERVIEW_KIND;
  readonly time: number;
  readonly seed: number;
  readonly deckIds: readonly string[];
  readonly answers: readonly AnsweredQuestion[];
}

export async function saveInterview(record: Omit<InterviewRecord, 'kind' | 'id'>): Promise<void> {
  const full: InterviewRecord = { ...record, kind: INTERVIEW_KIND, id: `${record.time.toString(36)}-${record.seed}` };
  await appDb.add([full]);
  appSync.post({ type: 'records', kind: INTERVIEW_KIND, added: [full], removed: [] });
}

export function listInterviews(): Promise<InterviewRecord[]> {
  return appDb.list<InterviewRecord>(INTERVIEW_KIND);
}
