// The interview itself: one question at a time with a timer for it and for the whole interview;
// answer in writing or aloud, Space reveals the reference (with the typed answer matched against the
// key points), 1–4 grades it as an ordinary review, and the plan picks the follow-up or a new topic.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CardContent } from '../../decks/CardContent.tsx';
import { cardSides } from '../../decks/card-language.ts';
import type { CardLanguage, CardView } from '../../decks/deck-data.ts';
import { useProgressStore } from '../../study/progress-store.ts';
import type { TypeInOutcome } from '../../study/TypeInResult.tsx';
import { afterAsking, nextQuestion, START, type AnsweredQuestion, type NextQuestion, type PlanCard } from './core/plan.ts';
import type { InterviewStrings } from './strings.ts';
import { useRecorder } from './use-recorder.ts';

const TypeInResult = lazy(() => import('../../study/TypeInResult.tsx'));

export interface InterviewRunProps {
  readonly cards: ReadonlyMap<string, CardView>;
  readonly planCards: readonly PlanCard[];
  readonly openers: readonly string[];
  readonly durationMs: number;
  readonly timeBoxMs: number;
  readonly language: CardLanguage;
  readonly s: InterviewStrings;
  readonly onDone: (answers: readonly AnsweredQuestion[], clips: ReadonlyMap<string, string>) => void;
}

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
const mmss = (ms: number) => {
  const t = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
};

export function InterviewRun({ cards, planCards, openers, durationMs, timeBoxMs, language, s, onDone }: InterviewRunProps) {
  const grade = useProgressStore((st) => st.grade);
  const recorder = useRecorder();
  const startedAt = useRef(Date.now());
  const [plan, setPlan] = useState(START);
  const [current, setCurrent] = useState<NextQuestion | null>(() => nextQuestion(planCards, openers, START, durationMs, timeBoxMs));
  const [askedAt, setAskedAt] = useState(() => Date.now());
  const [typed, setTyped] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [outcome, setOutcome] = useState<TypeInOutcome | null>(null);
  const [answers, setAnswers] = useState<AnsweredQuestion[]>([]);
  const clips = useRef(new Map<string, string>());
  const [, tick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(id);
  }, []);

  const card = current ? cards.get(current.cardId) : undefined;
  const keyPoints = useMemo(() => (card ? cardSides(card, language).main.text.keyPoints : []), [card, language]);
  const onTypeIn = useCallback((o: TypeInOutcome) => setOutcome(o), []);

  const finished = useRef(false);
  useEffect(() => {
    if (current !== null || finished.current) return;
    finished.current = true;
    onDone(answers, clips.current);
  }, [current, answers, onDone]);

  const reveal = async () => {
    if (recorder.recording && current) {
      const url = await recorder.stop();
      if (url) clips.current.set(current.cardId, url);
    }
    setRevealed(true);
  };

  const gradeIt = async (g: 1 | 2 | 3 | 4) => {
    if (!current || !card || !revealed) return;
    const now = Date.now();
    const ms = now - askedAt;
    await grade(current.cardId, g, ms, now);
    const missed = typed.trim() && outcome ? keyPoints.filter((_, i) => !outcome.hits.includes(i)) : [];
    const nextAnswers = [...answers, { cardId: current.cardId, deckId: card.deckId, grade: g, ms, missed }];
    const nextPlan = afterAsking(plan, current);
    setAnswers(nextAnswers);
    setPlan(nextPlan);
    setTyped('');
    setRevealed(false);
    setOutcome(null);
    setAskedAt(now);
    setCurrent(nextQuestion(planCards, openers, nextPlan, durationMs - (now - startedAt.current), timeBoxMs));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !revealed) {
        e.preventDefault();
        void reveal();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === ' ' && !revealed) {
        e.preventDefault();
        void reveal();
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        void gradeIt(Number(e.key) as 1 | 2 | 3 | 4);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!current || !card) return null;
  const now = Date.now();
  const left = durationMs - (now - startedAt.current);
  const onQuestion = now - askedAt;
  const suggested = outcome?.suggested ?? null;
  return (
    <section className="interview-run" data-testid="interview-run">
      <div className="interview-timers" role="timer" aria-live="off">
        <span>
          {s.overall} <strong data-testid="interview-left">{mmss(left)}</strong>
        </span>
        <span className={onQuestion > timeBoxMs ? 'over' : ''}>
          {s.thisQuestion} <strong>{mmss(onQuestion)}</strong> / {mmss(timeBoxMs)}
          {onQuestion > timeBoxMs && <> · {s.overTime}</>}
        </span>
      </div>
      <p className="muted small" data-testid="interview-step">
        {s.question(answers.length + 1)} · {current.newTopic ? s.newTopic : s.followUp}
      </p>
      <CardContent card={card} showAnswer={revealed} labels={{ fromNotes: s.fromNotes, notesQuestion: s.notesQuestion }} headingLevel={2} />
      {!revealed && (
        <>
          <label className="interview-answer">
            <span>{s.typeHere}</span>
            <textarea rows={5} value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="interview-typed" />
          </label>
          <p className="row">
            {recorder.recording ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void recorder.stop().then((url) => {
                    if (url) clips.current.set(current.cardId, url);
                  })
                }
              >
                {s.stopRecording}
              </button>
            ) : (
              <button type="button" className="button secondary" onClick={() => void recorder.start()}>
                {s.record}
              </button>
            )}
            {recorder.recording && <span className="muted"> {s.recording}</span>}
          </p>
          {recorder.error && (
            <p className="muted small" role="status">
              {s.noMic}
            </p>
          )}
          <button type="button" className="button primary" onClick={() => void reveal()} data-testid="interview-reveal">
            {s.reveal}
          </button>
        </>
      )}
      {revealed && typed.trim() && (
        <Suspense fallback={null}>
          <TypeInResult typed={typed} keyPoints={keyPoints} gradeLabel={(g) => s.grades[g - 1] ?? ''} onResult={onTypeIn} />
        </Suspense>
      )}
      {revealed && (
        <div className="grade-buttons" role="group" aria-label={s.gradeHint}>
          {s.grades.map((label, i) => (
            <button
              key={label}
              type="button"
              className={`button${suggested === i + 1 ? ' suggested' : ''}`}
              data-testid={`interview-grade-${i + 1}`}
              onClick={() => void gradeIt((i + 1) as 1 | 2 | 3 | 4)}
            >
              <kbd>{i + 1}</kbd> {label}
              {suggested === i + 1 && <small> · {s.suggested}</small>}
            </button>
          ))}
        </div>
      )}
      <p>
        <button type="button" className="link-button" onClick={() => setCurrent(null)} data-testid="interview-end">
          {s.end}
        </button>
      </p>
    </section>
  );
}
