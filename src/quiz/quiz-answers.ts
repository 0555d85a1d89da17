// Answers checked in a card's quiz block, saved as records of their own (added, never rewritten),
// so statistics count them and the progress file carries them. A failed save is not the user's
// problem at that moment: the answer still shows right or wrong, and the storage banner tells.
import { appDb } from '../lib/app-storage.ts';
import type { StoredRecord } from '../lib/record-db.ts';
import { appSync } from '../lib/record-sync.ts';

export const QUIZ_ANSWER_KIND = 'quiz-answer';

export interface QuizAnswerRecord extends StoredRecord {
  readonly kind: typeof QUIZ_ANSWER_KIND;
  readonly itemId: string;
  readonly cardId: string;
  readonly right: boolean;
  readonly time: number;
}

/** `<card-id>#<n>` → the card id. */
export const cardOfItem = (itemId: string) => itemId.replace(/#\d+$/, '');

export async function saveQuizAnswer(itemId: string, right: boolean, time = Date.now()): Promise<void> {
  const record: QuizAnswerRecord = { kind: QUIZ_ANSWER_KIND, id: `${itemId}@${time}`, itemId, cardId: cardOfItem(itemId), right, time };
  try {
    await appDb.add([record]);
    appSync.post({ type: 'records', kind: QUIZ_ANSWER_KIND, added: [record], removed: [] });
  } catch {
    // appDb reports storage failures itself (memory mode and its banner).
  }
}

export function listQuizAnswers(): Promise<QuizAnswerRecord[]> {
  return appDb.list<QuizAnswerRecord>(QUIZ_ANSWER_KIND);
}
