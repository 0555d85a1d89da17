// The home page's list: every deck with its new / learning / due / learned counts, and today's totals.
import { Link } from '../ui/router/router.tsx';
import type { DeckIndexEntry } from '../decks/deck-data.ts';
import { fill, useStrings } from '../ui/i18n.ts';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { deckCounts, newIntroducedToday } from './session.ts';
import { useProgressStore } from './progress-store.ts';
import { useProgressView } from './use-card-states.ts';

export interface DeckOverviewProps {
  readonly decks: readonly DeckIndexEntry[];
  readonly deckPath: (deckId: string) => string;
  readonly studyPath: (deckId: string) => string;
  readonly studyAllPath: string;
}

export function DeckOverview({ decks, deckPath, studyPath, studyAllPath }: DeckOverviewProps) {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  const ready = useProgressStore((s) => s.ready);
  const rebuilding = useProgressStore((s) => s.rebuilding);
  const newPerDay = useProgressStore((s) => s.settings.newPerDay);
  const { states, firstReviewAt, complete } = useProgressView();
  const now = Date.now();
  const total = deckCounts(
    decks.flatMap((d) => d.cardIds),
    states,
    now,
  );
  const newLeft = Math.max(0, Math.min(total.new, newPerDay - newIntroducedToday(firstReviewAt, now)));

  return (
    <div aria-busy={!ready} data-progress={complete ? 'complete' : 'cached'}>
      <section className="today" aria-labelledby="today-title">
        <h1 id="today-title">{t.homeTitle}</h1>
        <p className="lead">{t.homeLead}</p>
        {rebuilding && (
          <p className="muted small" role="status" data-testid="rebuilding">
            {fill(t.rebuilding, rebuilding)}
          </p>
        )}
        <dl className="stat-row">
          <div>
            <dt>{t.dueToday}</dt>
            <dd data-testid="total-due">{ready ? total.due : '–'}</dd>
          </div>
          <div>
            <dt>{t.newToday}</dt>
            <dd data-testid="total-new">{ready ? newLeft : '–'}</dd>
          </div>
          <div>
            <dt>{t.countLearning}</dt>
            <dd data-testid="total-learning">{ready ? total.learning : '–'}</dd>
          </div>
          <div>
            <dt>{t.countLearned}</dt>
            <dd data-testid="total-learned">{ready ? total.learned : '–'}</dd>
          </div>
        </dl>
        {ready && total.due + total.learning + newLeft > 0 && (
          <Link className="button primary" to={studyAllPath}>
            {t.studyAllDue}
          </Link>
        )}
      </section>
      <ul className="deck-grid" aria-label={t.navDecks}>
        {decks.map((deck) => {
          const c = deckCounts(deck.cardIds, states, now);
          return (
            <li key={deck.id} className="deck-tile" data-testid={`deck-${deck.id}`}>
              <h2>
                <Link to={deckPath(deck.id)}>{english ? deck.titleEn : deck.title}</Link>
              </h2>
              <p className="muted">
                {english ? deck.title : deck.titleEn} · {c.total} {t.cards}
                {deck.imported && (
                  <>
                    {' '}
                    · <span className="badge">{t.importedBadge}</span>
                  </>
                )}
              </p>
              <ProgressBar counts={c} />
              <dl className="counts">
                <div className="count-new">
                  <dt>{t.countNew}</dt>
                  <dd data-testid="count-new">{ready ? c.new : '–'}</dd>
                </div>
                <div className="count-learning">
                  <dt>{t.countLearning}</dt>
                  <dd data-testid="count-learning">{ready ? c.learning : '–'}</dd>
                </div>
                <div className="count-due">
                  <dt>{t.countDue}</dt>
                  <dd data-testid="count-due">{ready ? c.due : '–'}</dd>
                </div>
                <div className="count-learned">
                  <dt>{t.countLearned}</dt>
                  <dd data-testid="count-learned">{ready ? c.learned : '–'}</dd>
                </div>
              </dl>
              <Link className="button" to={studyPath(deck.id)} aria-label={`${t.deckStudy}: ${deck.title}`}>
                {t.deckStudy}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Studied cards split into those not due today, those in their learning steps, and due reviews. */
export function ProgressBar({ counts }: { counts: { total: number; learning: number; due: number; learned: number } }) {
  const pct = (n: number) => `${counts.total ? (100 * n) / counts.total : 0}%`;
  return (
    <div className="progress-bar" aria-hidden="true">
      <span className="learned" style={{ width: pct(counts.learned - counts.learning - counts.due) }} />
      <span className="learning" style={{ width: pct(counts.learning) }} />
      <span className="due" style={{ width: pct(counts.due) }} />
    </div>
  );
}
