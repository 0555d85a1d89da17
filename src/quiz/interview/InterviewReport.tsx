// After the interview: each question with its time, grade, missed key points and recording; the
// weakest topics; one click to study exactly the cards that went badly; past interviews' scores.
import type { ReactNode } from 'react';
import { InlineCode } from '../InlineCode.tsx';
import type { CardLanguage, CardView } from '../../decks/deck-data.ts';
import { questionIn } from '../../decks/card-language.ts';
import { localeOf } from '../../ui/use-language.ts';
import { cardsToStudy, interviewScore, weakestTopics, type AnsweredQuestion } from './core/plan.ts';
import type { InterviewRecord } from './interview-records.ts';
import type { InterviewStrings } from './strings.ts';

export interface InterviewReportProps {
  readonly answers: readonly AnsweredQuestion[];
  readonly clips: ReadonlyMap<string, string>;
  readonly cards: ReadonlyMap<string, CardView>;
  readonly deckTitle: (deckId: string) => string;
  readonly past: readonly InterviewRecord[];
  readonly language: CardLanguage;
  readonly s: InterviewStrings;
  readonly studyLink: (cardIds: readonly string[], text: string) => ReactNode;
  readonly cardLink: (cardId: string, text: string) => ReactNode;
  readonly error: string | null;
  readonly actions: ReactNode;
}

export function InterviewReport({ answers, clips, cards, deckTitle, past, language, s, studyLink, cardLink, error, actions }: InterviewReportProps) {
  const { right, total } = interviewScore(answers);
  const weak = weakestTopics(answers);
  const toStudy = cardsToStudy(answers);
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="interview-report" data-testid="interview-report">
      <h2>{s.reportTitle}</h2>
      {error && (
        <p role="alert" className="error">
          {s.saveFailed}
          {error}
        </p>
      )}
      <p className="quiz-score" data-testid="interview-score">
        {s.score(right, total)}
      </p>
      {weak.length > 0 && (
        <p>
          {s.weakest}:{' '}
          {weak
            .slice(0, 3)
            .map((w) => `${deckTitle(w.deckId)} (${w.average.toFixed(1)})`)
            .join(language === 'en' ? ', ' : '、')}
        </p>
      )}
      <p>{toStudy.length > 0 ? studyLink(toStudy, s.studyThese(toStudy.length)) : s.nothingToStudy}</p>
      <div className="data-scroll" tabIndex={0} role="region" aria-label={s.reportTitle}>
        <table className="data-table interview-table">
          <thead>
            <tr>
              <th scope="col">{s.colQuestion}</th>
              <th scope="col">{s.colTime}</th>
              <th scope="col">{s.colGrade}</th>
              <th scope="col">{s.colMissed}</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((a) => {
              const card = cards.get(a.cardId);
              const clip = clips.get(a.cardId);
              return (
                <tr key={a.cardId} data-testid="interview-row">
                  <th scope="row">
                    {cardLink(a.cardId, card ? questionIn(card, language) : a.cardId)}
                    {clip && (
                      <>
                        <br />
                        <audio controls src={clip} aria-label={s.playback} />
                      </>
                    )}
                  </th>
                  <td className="nowrap">{s.seconds(Math.round(a.ms / 1000))}</td>
                  <td className="nowrap">{s.grades[a.grade - 1]}</td>
                  <td>
                    {a.missed.length > 0 ? (
                      <ul className="missed-points">
                        {a.missed.map((m) => (
                          <li key={m}>
                            <InlineCode text={m} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {past.length > 0 && (
        <>
          <h3>{s.past}</h3>
          <ul data-testid="interview-past">
            {[...past]
              .sort((a, b) => b.time - a.time)
              .map((p) => {
                const sc = interviewScore(p.answers);
                return <li key={p.id}>{s.pastRow(date.format(p.time), sc.right, sc.total)}</li>;
              })}
          </ul>
        </>
      )}
      <p>{actions}</p>
    </section>
  );
}
