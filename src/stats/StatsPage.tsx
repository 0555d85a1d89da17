// The statistics page: a year of reviews, the streak, each deck's cards by state with its true
// retention, and the cards due over the next 30 days. Numbers come from the pure functions in
// core/; dates follow the UI language.
import { useMemo } from 'react';
import { startOfStudyDay } from '../study/study-day.ts';
import { useProgressStore } from '../study/progress-store.ts';
import { createScheduler } from '../study/scheduler.ts';
import type { ReviewEntry } from '../study/review-log.ts';
import { localeOf, useLanguage } from '../ui/use-language.ts';
import { cardsByState, dueForecast, trueRetention } from './core/card-stats.ts';
import { currentStreak, reviewsPerDay } from './core/review-days.ts';
import { ForecastChart } from './ForecastChart.tsx';
import { Heatmap } from './Heatmap.tsx';
import { statsStrings } from './strings.ts';
import './stats.css';

export interface StatsDeck {
  readonly id: string;
  readonly title: string;
  readonly cardIds: readonly string[];
}

const FORECAST_DAYS = 30;

/** A finished test or mock interview: when, and how many of how many were right. */
export interface ScoreEntry {
  readonly time: number;
  readonly right: number;
  readonly total: number;
}

export function StatsPage({
  decks,
  scores = [],
  otherActivity = [],
  now = Date.now(),
}: {
  decks: readonly StatsDeck[];
  scores?: readonly ScoreEntry[];
  otherActivity?: readonly number[];
  now?: number;
}) {
  const language = useLanguage();
  const s = statsStrings[language];
  const view = useProgressStore((st) => st.view);
  const retentionSetting = useProgressStore((st) => st.settings.retention);
  const formatDate = useMemo(() => {
    const f = new Intl.DateTimeFormat(localeOf(language), { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
    return (ms: number) => f.format(ms);
  }, [language]);

  const log = useMemo(() => [...view.byCard.values()].flat() as ReviewEntry[], [view]);
  // The heatmap counts reviews (study, tests, interviews grade cards) and answered quiz items.
  const days = useMemo(() => reviewsPerDay([...log, ...otherActivity.map((time) => ({ time }))], now), [log, otherActivity, now]);
  const rows = useMemo(() => {
    const scheduler = createScheduler(retentionSetting);
    const step = scheduler.step.bind(scheduler);
    return decks.map((d) => ({ deck: d, states: cardsByState(d.cardIds, view.states), retention: trueRetention(d.cardIds, view.byCard, step, now) }));
  }, [decks, view, now, retentionSetting]);
  const allIds = useMemo(() => decks.flatMap((d) => d.cardIds), [decks]);
  const forecast = useMemo(() => dueForecast(allIds, view.states, now, FORECAST_DAYS), [allIds, view, now]);
  const dayStarts = useMemo(() => {
    const out: number[] = [];
    for (let d = new Date(startOfStudyDay(now)), i = 0; i < FORECAST_DAYS; i++, d.setDate(d.getDate() + 1)) out.push(d.getTime());
    return out;
  }, [now]);
  const percent = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 1 });

  return (
    <div className="stats-page" data-testid="stats-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.lead}</p>
      </header>
      {!view.complete && (
        <p role="status" className="muted">
          {s.loading}
        </p>
      )}
      <dl className="stats-tiles">
        <div>
          <dt>{s.today}</dt>
          <dd data-testid="stats-today">{s.todayReviews(days.at(-1)?.count ?? 0)}</dd>
        </div>
        <div>
          <dt>{s.streak}</dt>
          <dd data-testid="stats-streak">{s.streakDays(currentStreak(days))}</dd>
        </div>
        <div>
          <dt>{s.totalReviews}</dt>
          <dd data-testid="stats-total">{log.length}</dd>
        </div>
      </dl>

      <section>
        <h2 id="heatmap-title">{s.heatmapTitle}</h2>
        <Heatmap days={days} s={s} formatDate={formatDate} />
      </section>

      <section>
        <h2 id="decks-title">{s.decksTitle}</h2>
        <div className="data-scroll" tabIndex={0} role="region" aria-labelledby="decks-title">
          <table className="data-table" data-testid="stats-decks">
            <thead>
              <tr>
                <th scope="col">{s.deck}</th>
                <th scope="col">{s.stateNew}</th>
                <th scope="col">{s.stateLearning}</th>
                <th scope="col">{s.stateReview}</th>
                <th scope="col">{s.stateRelearning}</th>
                <th scope="col" title={s.retentionHelp}>
                  {s.retention}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ deck, states, retention }) => (
                <tr key={deck.id} data-deck={deck.id}>
                  <th scope="row">{deck.title}</th>
                  <td>{states.new}</td>
                  <td>{states.learning}</td>
                  <td>{states.review}</td>
                  <td>{states.relearning}</td>
                  <td>{retention.rate === null ? s.noData : `${percent.format(retention.rate)} (${s.retentionOf(retention.passed, retention.total)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small">{s.retentionHelp}</p>
      </section>

      <section>
        <h2 id="forecast-title">{s.forecastTitle}</h2>
        <ForecastChart forecast={forecast} dayStarts={dayStarts} s={s} formatDate={formatDate} />
      </section>

      <section>
        <h2 id="scores-title">{s.scoresTitle}</h2>
        {scores.length === 0 ? (
          <p className="muted">{s.scoresNone}</p>
        ) : (
          <table className="data-table" data-testid="stats-scores">
            <thead>
              <tr>
                <th scope="col">{s.date}</th>
                <th scope="col">{s.score}</th>
              </tr>
            </thead>
            <tbody>
              {[...scores]
                .sort((a, b) => b.time - a.time)
                .map((e) => (
                  <tr key={e.time}>
                    <td>{formatDate(e.time)}</td>
                    <td>
                      {e.right} / {e.total} ({percent.format(e.total ? e.right / e.total : 0)})
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
