// A study session, keyboard first as in Anki: Space reveals (and grades Good once revealed),
// 1–4 grade, u or Ctrl+Z undoes, ? lists the keys. The next card is always recomputed from the
// live card states, so undo, reloads and other tabs' grades can never leave the session out of
// step (a card graded in another tab is not offered here as new). A grade is saved (its
// transaction committed) before the next card is shown; keys are ignored meanwhile.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '../ui/router/router.tsx';
import { CardContent } from '../decks/CardContent.tsx';
import type { CardView, DeckView } from '../decks/deck-data.ts';
import { useStrings } from '../ui/i18n.ts';
import { KeyHelp } from './KeyHelp.tsx';
import type { Grade } from './review-log.ts';
import { formatInterval } from './scheduler.ts';
import { deckCounts, newIntroducedToday, nextCard, summarizeSession } from './session.ts';
import { useProgressStore } from './progress-store.ts';
import { useProgressView } from './use-card-states.ts';
import { useScheduler } from './use-scheduler.ts';
import { SessionSummary } from './SessionSummary.tsx';
import { cardSides } from '../decks/card-language.ts';
import { appDb } from '../lib/app-storage.ts';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { usePick } from '../ui/use-language.ts';
import type { TypeInOutcome } from './TypeInResult.tsx';
import { addTypeInEntries } from './type-in-records.ts';
import { typeInStrings } from './type-in-strings.ts';

// The matcher and glossary load only once an answer was typed and revealed.
const TypeInResult = lazy(() => import('./TypeInResult.tsx'));

export interface StudySessionProps {
  readonly decks: readonly DeckView[];
  readonly backPath: string;
}

const GRADES: readonly Grade[] = [1, 2, 3, 4];

export function StudySession({ decks, backPath }: StudySessionProps) {
  const t = useStrings();
  const S = usePick(typeInStrings);
  const language = useAppearanceStore((s) => s.language);
  const view = useProgressView();
  const { states, byCard, firstReviewAt } = view;
  const canUndo = useProgressStore((s) => s.ownReviews.length > 0);
  const ready = useProgressStore((s) => s.ready);
  const newPerDay = useProgressStore((s) => s.settings.newPerDay);
  const grade = useProgressStore((s) => s.grade);
  const undo = useProgressStore((s) => s.undo);
  const scheduler = useScheduler();
  const cards = useMemo(() => new Map<string, CardView>(decks.flatMap((d) => d.cards.map((c) => [c.id, c]))), [decks]);
  const cardIds = useMemo(() => [...cards.keys()], [cards]);

  const sessionStart = useRef(Date.now());
  // Revealed for one showing of one card: a new card (or the same card after a grade) starts
  // hidden in the very render that shows it, so a fast second key press can never grade it blind.
  const [revealedFor, setRevealedFor] = useState<string | null>(null);
  const [undoneCardId, setUndoneCardId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Bumped by each undo: the undone card is a new showing (question side) even when its state
  // after the undo equals one it had before (the same card graded twice in a row).
  const [undoCount, setUndoCount] = useState(0);
  const shownAt = useRef(Date.now());
  const saving = useRef(false);
  // Undo presses that arrive while a save runs wait their turn instead of being dropped.
  const pendingUndos = useRef(0);

  const now = Date.now();
  const next = useMemo(
    () =>
      undoneCardId ? { cardId: undoneCardId, isNew: !states.has(undoneCardId) } : nextCard({ cardIds, states, firstReviewAt, newPerDay, now: Date.now() }),
    // `view` changes on every grade and undo, here or in another tab: when the next card can change.
    [undoneCardId, cardIds, states, firstReviewAt, newPerDay, view],
  );
  const card = next ? cards.get(next.cardId) : undefined;
  const intervals = useMemo(() => (card ? scheduler.preview(states.get(card.id), Date.now()) : null), [card, scheduler, states, view]);
  const counts = deckCounts(cardIds, states, now);
  const newLeft = Math.max(0, Math.min(counts.new, newPerDay - newIntroducedToday(firstReviewAt, now)));

  // The card's last review time: a new showing after each grade or undo of this card.
  const showing = card ? `${card.id}#${states.get(card.id)?.last_review?.getTime() ?? 0}#${undoCount}` : null;
  const revealed = showing !== null && revealedFor === showing;
  const setRevealed = (on: boolean) => setRevealedFor(on ? showing : null);
  useEffect(() => {
    shownAt.current = Date.now();
  }, [showing]);
  // The typed answer and its outcome belong to one showing, like `revealed`.
  const [draft, setDraft] = useState({ showing: '', text: '' });
  const typed = draft.showing === showing ? draft.text : '';
  const [outcome, setOutcome] = useState<{ showing: string | null; value: TypeInOutcome } | null>(null);
  const typeIn = revealed && typed.trim() !== '' && outcome?.showing === showing ? outcome.value : null;
  const onTypeInResult = useCallback((value: TypeInOutcome) => setOutcome({ showing, value }), [showing]);
  const keyPoints = card ? cardSides(card, language).main.text.keyPoints : [];

  const onGrade = async (g: Grade) => {
    if (!card || !revealed || saving.current) return;
    saving.current = true;
    try {
      const entry = await grade(card.id, g, Date.now() - shownAt.current);
      if (typeIn) {
        // Its own record, appended beside the review; a failure shows in the storage banner.
        await addTypeInEntries(appDb, [
          { id: entry.id, cardId: card.id, time: entry.time, typed, hits: typeIn.hits, points: typeIn.points, suggested: typeIn.suggested, chosen: g },
        ]).catch((e: unknown) => console.error('typed answer not saved', e));
      }
      setRevealedFor(null);
      setUndoneCardId(null);
      setAnnouncement('');
    } finally {
      saving.current = false;
      if (pendingUndos.current > 0) {
        pendingUndos.current--;
        void keys.current.onUndo();
      }
    }
  };
  const onUndo = async () => {
    if (saving.current) {
      pendingUndos.current++;
      return;
    }
    saving.current = true;
    // Hidden before the store changes, so no render shows the undone card's answer.
    setRevealedFor(null);
    try {
      for (let times = 1; times > 0; times--) {
        const entry = await undo();
        if (!entry) break;
        setRevealedFor(null);
        setUndoCount((n) => n + 1);
        setUndoneCardId(cards.has(entry.cardId) ? entry.cardId : null);
        setAnnouncement(t.undone);
        times += pendingUndos.current;
        pendingUndos.current = 0;
      }
    } finally {
      pendingUndos.current = 0;
      saving.current = false;
    }
  };
  // Keys are read through a ref so the listener is installed once.
  const keys = useRef({ onGrade, onUndo, revealed, setRevealed, helpOpen, setHelpOpen });
  keys.current = { onGrade, onUndo, revealed, setRevealed, helpOpen, setHelpOpen };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.key === '?') {
        e.preventDefault();
        k.setHelpOpen(!k.helpOpen);
        return;
      }
      if (k.helpOpen || e.altKey || e.metaKey) return;
      if ((e.key === 'z' && e.ctrlKey) || (e.key === 'u' && !e.ctrlKey)) {
        e.preventDefault();
        void k.onUndo();
        return;
      }
      if (e.ctrlKey) return;
      if (e.key === ' ' || e.key === 'Enter') {
        if (target?.tagName === 'BUTTON' || target?.tagName === 'A') return; // let the focused control act
        e.preventDefault();
        if (!k.revealed) k.setRevealed(true);
        else void k.onGrade(3);
        return;
      }
      const n = Number(e.key);
      if (n >= 1 && n <= 4) {
        e.preventDefault();
        void k.onGrade(n as Grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!ready) return null;
  const labels: Record<Grade, string> = { 1: t.gradeAgain, 2: t.gradeHard, 3: t.gradeGood, 4: t.gradeEasy };

  return (
    <div className="study">
      <div className="study-bar">
        <Link to={backPath}>← {t.sessionBack}</Link>
        <span className="study-counts" data-testid="study-remaining">
          <span className="count-new" data-testid="session-new">
            {t.countNew} {newLeft}
          </span>
          <span className="count-learning" data-testid="session-learning">
            {t.countLearning} {counts.learning}
          </span>
          <span className="count-due" data-testid="session-due">
            {t.countDue} {counts.due}
          </span>
        </span>
        <button type="button" className="link-button" onClick={() => void onUndo()} disabled={!canUndo}>
          {t.undo} (u)
        </button>
        <button type="button" className="link-button" onClick={() => setHelpOpen(true)} aria-label={t.keysTitle}>
          ?
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {card && intervals ? (
        <div className="study-card" data-testid="study-card" data-card-id={card.id}>
          <span className={`badge ${next?.isNew ? 'status-new' : 'status-due'}`}>{next?.isNew ? t.newCardBadge : t.reviewBadge}</span>
          <div className={revealed && typed.trim() !== '' ? 'study-body with-type-in' : 'study-body'}>
            <CardContent card={card} showAnswer={revealed} labels={t} />
            {!revealed && (
              <label className="type-in-field">
                <span>{S.typeLabel}</span>
                <textarea
                  value={typed}
                  rows={3}
                  data-testid="type-in-input"
                  aria-describedby="type-in-hint"
                  onChange={(e) => setDraft({ showing: showing ?? '', text: e.target.value })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault();
                      setRevealed(true);
                    }
                  }}
                />
                <small id="type-in-hint" className="muted">
                  {S.typeHint}
                </small>
              </label>
            )}
            {revealed && typed.trim() !== '' && (
              <Suspense fallback={<p className="muted">{S.checking}</p>}>
                <TypeInResult typed={typed} keyPoints={keyPoints} gradeLabel={(g) => labels[g]} onResult={onTypeInResult} />
              </Suspense>
            )}
          </div>
          <div className="study-actions">
            {!revealed ? (
              <button type="button" className="primary wide" onClick={() => setRevealed(true)}>
                {t.showAnswer} <kbd>Space</kbd>
              </button>
            ) : (
              <div className="grade-buttons" role="group" aria-label={t.keysGrade}>
                {GRADES.map((g) => (
                  <button
                    key={g}
                    type="button"
                    className={`grade grade-${g}${typeIn?.suggested === g ? ' suggested' : ''}`}
                    onClick={() => void onGrade(g)}
                    data-testid={`grade-${g}`}
                  >
                    <span className="grade-interval">{formatInterval(intervals[g], language)}</span>
                    <span>{labels[g]}</span>
                    {typeIn?.suggested === g && (
                      <span className="grade-suggested" data-testid="grade-suggested">
                        {S.suggested}
                      </span>
                    )}
                    <kbd>{g}</kbd>
                  </button>
                ))}
              </div>
            )}
          </div>
        </div>
      ) : (
        <SessionSummary summary={summarizeSession(byCard, sessionStart.current)} backPath={backPath} />
      )}
      <KeyHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
