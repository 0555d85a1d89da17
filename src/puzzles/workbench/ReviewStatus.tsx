// The puzzle's place in the review schedule, like a card's: new, due, or the next review time.
import { isDue } from '../../study/session.ts';
import { endOfStudyDay } from '../../study/study-day.ts';
import { useCardStates } from '../../study/use-card-states.ts';
import { puzzleCardId } from './puzzle-card-id.ts';
import { currentLanguage, localeOf } from '../../ui/use-language.ts';
import { S } from './strings.ts';

export function ReviewStatus({ puzzleId }: { puzzleId: string }) {
  const states = useCardStates();
  const state = states.get(puzzleCardId(puzzleId));
  const now = Date.now();
  return (
    <p className="review-status" data-testid="puzzle-review-status">
      <span className="muted">
        {S.reviewTitle}
        {S.colon}
      </span>
      {!state ? (
        <span className="badge status-new">{S.reviewNew}</span>
      ) : isDue(state, now, endOfStudyDay(now)) ? (
        <span className="badge status-due">{S.reviewDue}</span>
      ) : (
        <span className="badge status-learned">{S.nextReviewOn(state.due.toLocaleString(localeOf(currentLanguage())))}</span>
      )}
    </p>
  );
}
