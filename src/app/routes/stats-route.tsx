import { useEffect, useMemo, useState } from 'react';
import { listTestResults } from '../../quiz/test/test-results.ts';
import { listInterviews } from '../../quiz/interview/interview-records.ts';
import { listQuizAnswers } from '../../quiz/quiz-answers.ts';
import { interviewScore } from '../../quiz/interview/core/plan.ts';
import type { ScoreEntry } from '../../stats/StatsPage.tsx';
import { StatsPage } from '../../stats/StatsPage.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { useDeckList } from '../deck-list.ts';
import { usePageTitle, usePick } from '../use-page-title.ts';

export default function StatsRoute() {
  const t = useStrings();
  usePageTitle(t.navStats);
  const pick = usePick();
  const { decks } = useDeckList();
  const list = useMemo(() => decks.map((d) => ({ id: d.id, title: pick(d.title, d.titleEn), cardIds: d.cardIds })), [decks, pick]);
  const [scores, setScores] = useState<readonly ScoreEntry[]>([]);
  const [quizTimes, setQuizTimes] = useState<readonly number[]>([]);
  useEffect(() => {
    // Tests and mock interviews, each a score of right out of total.
    listQuizAnswers().then(
      (a) => setQuizTimes(a.map((x) => x.time)),
      () => setQuizTimes([]),
    );
    Promise.all([listTestResults().catch(() => []), listInterviews().catch(() => [])]).then(([tests, interviews]) =>
      setScores([...tests, ...interviews.map((i) => ({ time: i.time, ...interviewScore(i.answers) }))]),
    );
  }, []);
  return <StatsPage decks={list} scores={scores} otherActivity={quizTimes} />;
}
