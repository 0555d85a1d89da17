// Mock interview: choose decks, a length and a time box per question; the URL holds them and the
// seed. The run asks as an interviewer would (core/plan.ts); the report follows, and the interview is
// saved as a record (its grades are ordinary reviews, saved as they are given).
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CardView, DeckView } from '../../decks/deck-data.ts';
import { useDecks } from '../../decks/use-deck.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useSearchParams } from '../../ui/router/router.tsx';
import { useLanguage } from '../../ui/use-language.ts';
import { openingOrder, type AnsweredQuestion } from './core/plan.ts';
import { listInterviews, saveInterview, type InterviewRecord } from './interview-records.ts';
import { InterviewReport } from './InterviewReport.tsx';
import { InterviewRun } from './InterviewRun.tsx';
import { interviewStrings } from './strings.ts';
import '../quiz.css';
import './interview.css';

export interface InterviewPageProps {
  readonly decks: readonly { id: string; title: string }[];
  readonly load: (deckId: string) => Promise<DeckView>;
  readonly studyLink: (cardIds: readonly string[], text: string) => ReactNode;
  readonly cardLink: (cardId: string, text: string) => ReactNode;
}

const DURATIONS = [15, 30, 45] as const;
const BOXES = [2, 3, 5] as const;

export function InterviewPage(props: InterviewPageProps) {
  const s = interviewStrings[useLanguage()];
  const [params, setParams] = useSearchParams();
  const chosen = (params.get('decks') ?? '').split(',').filter((id) => props.decks.some((d) => d.id === id));
  const minutes = DURATIONS.find((n) => String(n) === params.get('min')) ?? 15;
  const box = BOXES.find((n) => String(n) === params.get('box')) ?? 3;
  const seed = Number(params.get('seed'));
  const running = chosen.length > 0 && Number.isInteger(seed) && seed > 0;
  const start = (decks: readonly string[], m: number, b: number) =>
    setParams({ decks: decks.join(','), min: String(m), box: String(b), seed: String(1 + Math.floor(Math.random() * 1e9)) });
  return (
    <div className="interview-page" data-testid="interview-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.lead}</p>
        <p className="small">{s.rule}</p>
      </header>
      {running ? (
        <Interview
          key={`${seed}-${chosen.join()}`}
          {...props}
          deckIds={chosen}
          minutes={minutes}
          box={box}
          seed={seed}
          onAgain={() => start(chosen, minutes, box)}
        />
      ) : (
        <Setup decks={props.decks} onStart={start} />
      )}
    </div>
  );
}

function Setup({ decks, onStart }: { decks: InterviewPageProps['decks']; onStart: (decks: readonly string[], m: number, b: number) => void }) {
  const s = interviewStrings[useLanguage()];
  const [picked, setPicked] = useState<readonly string[]>(decks.map((d) => d.id));
  const [m, setM] = useState<number>(15);
  const [b, setB] = useState<number>(3);
  return (
    <form
      className="panel quiz-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked.length > 0) onStart(picked, m, b);
      }}
    >
      <fieldset>
        <legend>{s.decks}</legend>
        {decks.map((d) => (
          <label key={d.id} className="check">
            <input
              type="checkbox"
              checked={picked.includes(d.id)}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, d.id] : p.filter((x) => x !== d.id)))}
              data-testid={`interview-deck-${d.id}`}
            />{' '}
            {d.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.duration}</legend>
        {DURATIONS.map((n) => (
          <label key={n} className="check">
            <input type="radio" name="iv-min" checked={m === n} onChange={() => setM(n)} /> {s.minutes(n)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.timeBox}</legend>
        {BOXES.map((n) => (
          <label key={n} className="check">
            <input type="radio" name="iv-box" checked={b === n} onChange={() => setB(n)} /> {s.minutes(n)}
          </label>
        ))}
      </fieldset>
      {picked.length === 0 && <p role="alert">{s.pickDeck}</p>}
      <button type="submit" className="button primary" disabled={picked.length === 0} data-testid="interview-start">
        {s.start}
      </button>
    </form>
  );
}

interface InterviewProps extends InterviewPageProps {
  readonly deckIds: readonly string[];
  readonly minutes: number;
  readonly box: number;
  readonly seed: number;
  readonly onAgain: () => void;
}

function Interview(props: InterviewProps) {
  const loaded = useDecks(props.deckIds, props.load);
  return <LoadState state={loaded}>{(views) => <LoadedInterview {...props} views={views} />}</LoadState>;
}

function LoadedInterview({ views, deckIds, minutes, box, seed, decks, studyLink, cardLink, onAgain }: InterviewProps & { views: readonly DeckView[] }) {
  const language = useLanguage();
  const s = interviewStrings[language];
  const [done, setDone] = useState<{ answers: readonly AnsweredQuestion[]; clips: ReadonlyMap<string, string>; error: string | null } | null>(null);
  const [past, setPast] = useState<readonly InterviewRecord[]>([]);
  useEffect(() => {
    if (done) listInterviews().then(setPast, () => setPast([]));
  }, [done]);
  const finish = useCallback(
    (answers: readonly AnsweredQuestion[], clips: ReadonlyMap<string, string>) => {
      const save =
        answers.length > 0
          ? saveInterview({ time: Date.now(), seed, deckIds, answers }).then(
              () => null,
              (e: unknown) => String(e),
            )
          : Promise.resolve(null);
      void save.then((error) => setDone({ answers, clips, error }));
    },
    [seed, deckIds],
  );
  const cards = useMemo(() => new Map<string, CardView>(views.flatMap((v) => v.cards.map((c) => [c.id, c] as const))), [views]);
  const planCards = useMemo(
    () => views.flatMap((v) => v.cards.map((c) => ({ id: c.id, deckId: v.meta.id, fromNotes: c.notes !== null, related: c.related ?? [] }))),
    [views],
  );
  const openers = useMemo(() => openingOrder(planCards, seed), [planCards, seed]);
  if (planCards.length === 0) return <p>{s.empty}</p>;
  if (done) {
    return (
      <InterviewReport
        answers={done.answers}
        clips={done.clips}
        cards={cards}
        deckTitle={(id) => decks.find((d) => d.id === id)?.title ?? id}
        past={past}
        language={language}
        s={s}
        studyLink={studyLink}
        cardLink={cardLink}
        error={done.error}
        actions={
          <button type="button" className="button" onClick={onAgain}>
            {s.again}
          </button>
        }
      />
    );
  }
  return (
    <InterviewRun
      cards={cards}
      planCards={planCards}
      openers={openers}
      durationMs={minutes * 60_000}
      timeBoxMs={box * 60_000}
      language={language}
      s={s}
      onDone={finish}
    />
  );
}
