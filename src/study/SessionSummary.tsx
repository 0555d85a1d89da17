import { Link } from '../ui/router/router.tsx';
import { useStrings } from '../ui/i18n.ts';
import type { SessionSummary as Summary } from './session.ts';

export function SessionSummary({ summary, backPath }: { summary: Summary; backPath: string }) {
  const t = useStrings();
  const minutes = Math.floor(summary.totalMs / 60_000);
  const seconds = Math.round((summary.totalMs % 60_000) / 1000);
  return (
    <section className="summary" data-testid="session-summary" aria-labelledby="summary-title">
      <h1 id="summary-title">{summary.reviewed > 0 ? t.sessionDone : t.sessionNothing}</h1>
      {summary.reviewed > 0 && (
        <dl className="stat-row">
          <div>
            <dt>{t.sessionReviewed}</dt>
            <dd>{summary.reviewed}</dd>
          </div>
          <div>
            <dt>{t.gradeAgain}</dt>
            <dd>{summary.byGrade[1]}</dd>
          </div>
          <div>
            <dt>{t.gradeHard}</dt>
            <dd>{summary.byGrade[2]}</dd>
          </div>
          <div>
            <dt>{t.gradeGood}</dt>
            <dd>{summary.byGrade[3]}</dd>
          </div>
          <div>
            <dt>{t.gradeEasy}</dt>
            <dd>{summary.byGrade[4]}</dd>
          </div>
          <div>
            <dt>{t.sessionTime}</dt>
            <dd>
              {minutes}:{String(seconds).padStart(2, '0')}
            </dd>
          </div>
        </dl>
      )}
      <Link className="button primary" to={backPath}>
        {t.sessionBack}
      </Link>
    </section>
  );
}
