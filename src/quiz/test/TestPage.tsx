// Test mode: pick decks, a length and kinds; the URL (decks, n, mix, seed) is the test, so it can
// be retaken or shared. Questions are the decks' own items and ones the labs' engines compute
// (core/generators.ts). Handing in applies the schedule rule and saves the score.
import { useState, type ReactNode } from 'react';
import type { DeckView } from '../../decks/deck-data.ts';
import { useDecks } from '../../decks/use-deck.ts';
import { useProgressStore } from '../../study/progress-store.ts';
import { isDue } from '../../study/session.ts';
import { endOfStudyDay } from '../../study/study-day.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useSearchParams } from '../../ui/router/router.tsx';
import { useLanguage } from '../../ui/use-language.ts';
import { buildTest } from './core/generators.ts';
import { saveTestResult } from './test-results.ts';
import { testStrings } from './strings.ts';
import { TestRun } from './TestRun.tsx';
import '../quiz.css';
import './test.css';

export interface TestPageProps {
  readonly decks: readonly { id: string; title: string }[];
  readonly load: (deckId: string) => Promise<DeckView>;
  readonly cardLink: (cardId: string, text: string) => ReactNode;
  readonly labLink: (link: string, text: string) => ReactNode;
}

const LENGTHS = [10, 20, 50] as const;
const MIX = { both: 0.5, authored: 0, generated: 1 } as const;
type Mix = keyof typeof MIX;

export function TestPage({ decks, load, cardLink, labLink }: TestPageProps) {
  const language = useLanguage();
  const s = testStrings[language];
  const [params, setParams] = useSearchParams();
  const seed = Number(params.get('seed'));
  const chosen = (params.get('decks') ?? '').split(',').filter((id) => decks.some((d) => d.id === id));
  const length = LENGTHS.find((n) => String(n) === params.get('n')) ?? 20;
  const mix: Mix = (['both', 'authored', 'generated'] as const).find((m) => m === params.get('mix')) ?? 'both';
  const dueOnly = params.get('due') === '1';
  const ready = Number.isInteger(seed) && seed > 0 && chosen.length > 0;

  const start = (next: { decks: readonly string[]; n: number; mix: Mix; due: boolean }) =>
    setParams({
      decks: next.decks.join(','),
      n: String(next.n),
      mix: next.mix,
      ...(next.due ? { due: '1' } : {}),
      seed: String(1 + Math.floor(Math.random() * 1e9)),
    });

  return (
    <div className="test-page" data-testid="test-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.lead}</p>
        <p className="small">{s.rule}</p>
      </header>
      {ready ? (
        <ChosenTest
          key={`${seed}-${chosen.join()}-${length}-${mix}-${dueOnly}-${params.get('retake') ?? ''}`}
          spec={{ seed, deckIds: chosen, length, generatedShare: MIX[mix] }}
          dueOnly={dueOnly}
          load={load}
          cardLink={cardLink}
          labLink={labLink}
          actions={
            <>
              <button
                type="button"
                className="button"
                onClick={() =>
                  setParams({
                    decks: chosen.join(','),
                    n: String(length),
                    mix,
                    ...(dueOnly ? { due: '1' } : {}),
                    seed: String(seed),
                    retake: String(Date.now()),
                  })
                }
                data-testid="test-retake"
              >
                {s.retake}
              </button>{' '}
              <button type="button" className="button secondary" onClick={() => start({ decks: chosen, n: length, mix, due: dueOnly })}>
                {s.newTest}
              </button>
            </>
          }
        />
      ) : (
        <TestSetup decks={decks} initial={{ decks: chosen, n: length, mix, due: dueOnly }} onStart={start} />
      )}
    </div>
  );
}

function TestSetup({
  decks,
  initial,
  onStart,
}: {
  decks: TestPageProps['decks'];
  initial: { decks: readonly string[]; n: number; mix: Mix; due: boolean };
  onStart: (v: { decks: readonly string[]; n: number; mix: Mix; due: boolean }) => void;
}) {
  const s = testStrings[useLanguage()];
  const [picked, setPicked] = useState<readonly string[]>(initial.decks.length > 0 ? initial.decks : decks.map((d) => d.id));
  const [n, setN] = useState(initial.n);
  const [mix, setMix] = useState<Mix>(initial.mix);
  const [due, setDue] = useState(initial.due);
  return (
    <form
      className="panel quiz-setup"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked.length > 0) onStart({ decks: picked, n, mix, due });
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
              data-testid={`test-deck-${d.id}`}
            />{' '}
            {d.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.length}</legend>
        {LENGTHS.map((len) => (
          <label key={len} className="check">
            <input type="radio" name="test-length" checked={n === len} onChange={() => setN(len)} /> {len}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.formats}</legend>
        {(['both', 'authored', 'generated'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="test-mix" checked={mix === m} onChange={() => setMix(m)} data-testid={`test-mix-${m}`} />{' '}
            {m === 'both' ? s.mixBoth : m === 'authored' ? s.mixAuthored : s.mixGenerated}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={due} onChange={(e) => setDue(e.target.checked)} data-testid="test-due" /> {s.dueOnly}
      </label>
      {picked.length === 0 && <p role="alert">{s.pickDeck}</p>}
      <button type="submit" className="button primary" disabled={picked.length === 0} data-testid="test-start">
        {s.start}
      </button>
    </form>
  );
}

function ChosenTest({
  spec,
  dueOnly,
  load,
  cardLink,
  labLink,
  actions,
}: {
  spec: Parameters<typeof buildTest>[0];
  dueOnly: boolean;
  load: TestPageProps['load'];
  cardLink: TestPageProps['cardLink'];
  labLink: TestPageProps['labLink'];
  actions: ReactNode;
}) {
  const language = useLanguage();
  const s = testStrings[language];
  const loaded = useDecks(spec.deckIds, load);
  const grade = useProgressStore((st) => st.grade);
  return (
    <LoadState state={loaded}>
      {(views) => {
        // "Everything due": only the cards due now (computed questions belong to no schedule and stay).
        const now = Date.now();
        const states = useProgressStore.getState().view.states;
        const dueNow = (id: string) => {
          const st = states.get(id);
          return st !== undefined && isDue(st, now, endOfStudyDay(now));
        };
        const authored = views.flatMap((v) =>
          v.cards.filter((c) => !dueOnly || dueNow(c.id)).flatMap((c) => c.quiz.map((item) => ({ cardId: c.id, deckId: v.meta.id, item }))),
        );
        const questions = buildTest(spec, spec.generatedShare === 1 ? [] : authored);
        const questionOf = new Map(views.flatMap((v) => v.cards.map((c) => [c.id, language === 'en' && c.questionEn ? c.questionEn : c.question] as const)));
        if (questions.length === 0) return <p>{s.empty}</p>;
        const onHandIn = async (verdicts: readonly boolean[]) => {
          const now = Date.now();
          const states = useProgressStore.getState().view.states;
          const wrongCards = new Set(questions.filter((_, i) => !verdicts[i]).map((x) => x.cardId));
          const goodCards = new Set(
            questions
              .filter((x, i) => verdicts[i] && !wrongCards.has(x.cardId))
              .map((x) => x.cardId)
              .filter((id) => {
                const st = states.get(id);
                return st !== undefined && isDue(st, now, endOfStudyDay(now));
              }),
          );
          let error: string | null = null;
          try {
            for (const id of wrongCards) await grade(id, 1, 0, now);
            for (const id of goodCards) await grade(id, 3, 0, now);
            await saveTestResult({
              time: now,
              seed: spec.seed,
              deckIds: spec.deckIds,
              right: verdicts.filter(Boolean).length,
              total: questions.length,
              wrong: questions.filter((_, i) => !verdicts[i]).map((x) => x.item.id),
            });
          } catch (e) {
            error = String(e);
          }
          return { again: wrongCards.size, good: goodCards.size, error };
        };
        return (
          <TestRun
            questions={questions}
            language={language}
            s={s}
            cardLink={(id) => cardLink(id, `${s.openCard}: ${questionOf.get(id) ?? id}`)}
            labLink={(link) => labLink(link, s.openLab)}
            onHandIn={onHandIn}
            actions={actions}
          />
        );
      }}
    </LoadState>
  );
}
