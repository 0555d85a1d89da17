// A card's study status as a small badge: new, due, or learned with its next review date.
import { useStrings } from '../ui/i18n.ts';
import { localeOf, useLanguage } from '../ui/use-language.ts';
import type { CardState } from './scheduler.ts';
import { isDue } from './session.ts';
import { endOfStudyDay } from './study-day.ts';

export function CardStatus({ state, now }: { state: CardState | undefined; now: number }) {
  const t = useStrings();
  const locale = localeOf(useLanguage());
  if (!state) return <span className="badge status-new">{t.statusNew}</span>;
  if (isDue(state, now, endOfStudyDay(now))) return <span className="badge status-due">{t.statusDue}</span>;
  return (
    <span className="badge status-learned" title={`${t.nextReview}: ${state.due.toLocaleString(locale)}`}>
      {t.statusLearned} · {state.due.toLocaleDateString(locale)}
    </span>
  );
}
