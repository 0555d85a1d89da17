// A deck's page: progress, the study button, related labs and every question with its status.
import { Link } from '../ui/router/router.tsx';
import type { DeckView } from '../decks/deck-data.ts';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { useStrings } from '../ui/i18n.ts';
import { downloadText } from '../lib/download.ts';
import { deckToAnkiTsv } from './anki-deck.ts';
import { ProgressBar } from './DeckOverview.tsx';
import { CardStatus } from './CardStatus.tsx';
import { deckCounts } from './session.ts';
import { useCardStates } from './use-card-states.ts';

export interface DeckDetailProps {
  readonly deck: DeckView;
  readonly studyPath: string;
  readonly cardPath: (cardId: string) => string;
  readonly related: readonly { href: string; title: string }[];
}

export function DeckDetail({ deck, studyPath, cardPath, related }: DeckDetailProps) {
  const t = useStrings();
  const english = useAppearanceStore((s) => s.language) === 'en';
  const states = useCardStates();
  const now = Date.now();
  const counts = deckCounts(
    deck.cards.map((c) => c.id),
    states,
    now,
  );
  return (
    <div className="deck-detail">
      <header className="page-header">
        <h1>{english ? deck.meta.titleEn : deck.meta.title}</h1>
        <p className="muted">
          {english ? deck.meta.title : deck.meta.titleEn} · {counts.total} {t.cards}
        </p>
        <ProgressBar counts={counts} />
        <p className="counts-line">
          <span className="count-new">
            {t.countNew} {counts.new}
          </span>
          <span className="count-learning">
            {t.countLearning} {counts.learning}
          </span>
          <span className="count-due">
            {t.countDue} {counts.due}
          </span>
          <span className="count-learned">
            {t.countLearned} {counts.learned}
          </span>
        </p>
        <p className="deck-actions">
          <Link className="button primary" to={studyPath}>
            {t.deckStudy}
          </Link>{' '}
          <button
            type="button"
            className="button secondary"
            title={t.deckExportAnkiHelp}
            data-testid="export-anki"
            onClick={() => downloadText(`${deck.meta.id}.anki.txt`, deckToAnkiTsv(deck, states, english ? 'en' : 'zh'), 'text/plain;charset=utf-8')}
          >
            {t.deckExportAnki}
          </button>
        </p>
      </header>
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="related">
          <h2 id="related-title">{t.deckLabs}</h2>
          <ul className="chip-list">
            {related.map((r) => (
              <li key={r.href}>
                <Link to={r.href}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="cards-title">
        <h2 id="cards-title">{t.deckCards}</h2>
        <ol className="card-list">
          {deck.cards.map((card) => (
            <li key={card.id}>
              <Link to={cardPath(card.id)}>{english && card.questionEn ? card.questionEn : card.question}</Link>
              <span className="card-list-meta">
                {card.notes && <span className="badge notes">{t.fromNotes}</span>}
                <CardStatus state={states.get(card.id)} now={now} />
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
