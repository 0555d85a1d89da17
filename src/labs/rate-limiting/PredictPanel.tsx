// Predict mode's panel: the question for the next request, the answer with the engine's reason,
// and the score.
import { formatMs, outcomeLabels } from './explain-text.ts';
import { predictChoices } from './core/predict.ts';
import type { RateLimitRun } from './core/simulate.ts';
import { s } from './strings.ts';
import type { Predict } from './use-predict.ts';

export function PredictPanel({ predict, run, laneName, playing }: { predict: Predict; run: RateLimitRun; laneName: string | null; playing: boolean }) {
  const { question, reveal, score } = predict;
  const row = question !== null ? run.rows[question] : undefined;
  return (
    <section className="panel rl-predict" aria-labelledby="rl-predict-title" data-testid="predict-panel">
      <div className="row rl-predict-head">
        <h2 id="rl-predict-title" className="rl-h">
          {s.predictToggle}
        </h2>
        <span className="badge" data-testid="predict-score" aria-live="polite">
          {s.predictScore(score.correct, score.answered)}
        </span>
        <button type="button" className="link-button" onClick={predict.resetScore}>
          {s.predictReset}
        </button>
      </div>
      {laneName && <p className="muted small">{s.predictLane(laneName)}</p>}
      {reveal ? (
        <div className={`rl-reveal ${reveal.correct ? 'right' : 'wrong'}`} data-testid="predict-reveal" role="status">
          <p>
            <strong>{reveal.correct ? `✓ ${s.predictCorrect}` : `✗ ${s.predictWrong}`}</strong>
            {' · '}
            {s.predictAnswer}
            {s.colon}
            <span className={`outcome-${reveal.answer.outcome}`}>{reveal.answer.headline}</span>
            {!reveal.correct && <span className="muted">{s.predictYourGuess(outcomeLabels[reveal.guess])}</span>}
          </p>
          <p>{reveal.answer.explanation}</p>
          <button type="button" className="primary" onClick={predict.next} data-testid="predict-next">
            {s.predictNext} →
          </button>
        </div>
      ) : playing ? (
        // No guessing while the clock runs: the player stops just before the next request.
        <p role="status" data-testid="predict-playing">
          {s.predictPlaying}
        </p>
      ) : row && question !== null ? (
        <div>
          <p data-testid="predict-question">{s.predictQuestion(question + 1, formatMs(row.timeMs))}</p>
          <div className="row">
            {predictChoices(run).map((o) => (
              <button key={o} type="button" className={`rl-guess guess-${o}`} onClick={() => predict.guess(o)} data-testid={`guess-${o}`}>
                {outcomeLabels[o]}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p>{s.predictDone}</p>
      )}
    </section>
  );
}
