// Cram for the interview date: set the date (overall or per deck), see the cards predicted below
// the desired retention on that day, weakest first, and go through them once. Cram reviews are
// their own records (cram-store.ts) and never touch the FSRS schedule.
import { useMemo, useState } from 'react';
import type { CardView, DeckView } from '../../decks/deck-data.ts';
import { useDecks } from '../../decks/use-deck.ts';
import { useProgressStore } from '../../study/progress-store.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { localeOf, useLanguage } from '../../ui/use-language.ts';
import { cardsToCram, dateForDeck, interviewMoment, parseInterviewDate, type CramCard } from './core/cram.ts';
import { useCramStore } from './cram-store.ts';
import { CramSession } from './CramSession.tsx';
import { createRecallAt } from './recall.ts';
import { cramStrings } from './strings.ts';
import './cram.css';

export interface CramDeck {
  readonly id: string;
  readonly title: string;
  readonly cardIds: readonly string[];
}

export interface CramPageProps {
  readonly decks: readonly CramDeck[];
  readonly load: (deckId: string) => Promise<DeckView>;
  readonly cardLink: (card: CardView) => React.ReactNode;
  readonly now?: number;
}

export function CramPage({ decks, load, cardLink, now = Date.now() }: CramPageProps) {
  const language = useLanguage();
  const s = cramStrings[language];
  const { ready, dates, error, setDate } = useCramStore();
  const states = useProgressStore((st) => st.view.states);
  const view = useProgressStore((st) => st.view);
  const retention = useProgressStore((st) => st.settings.retention);
  const [scope, setScope] = useState('');
  const [session, setSession] = useState<readonly CardView[] | null>(null);
  const percent = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 });
  const longDate = (text: string) => {
    const d = parseInterviewDate(text);
    return d ? new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(new Date(d.year, d.month - 1, d.day)) : text;
  };

  const inScope = decks.filter((d) => !scope || d.id === scope);
  const { list, byDeck } = useMemo(() => {
    const recallAt = createRecallAt(retention);
    const list: (CramCard & { deckId: string })[] = [];
    for (const deck of inScope) {
      const date = parseInterviewDate(dateForDeck(dates, deck.id) ?? '');
      if (!date || interviewMoment(date) < now - 86_400_000) continue;
      for (const c of cardsToCram(deck.cardIds, states, recallAt, interviewMoment(date), retention)) list.push({ ...c, deckId: deck.id });
    }
    list.sort((a, b) => a.recall - b.recall);
    return { list, byDeck: [...new Set(list.map((c) => c.deckId))] };
    // `view` changes on every review; the maps inside it are updated in place.
  }, [inScope.map((d) => d.id).join(), dates, view, retention, now]);
  const loaded = useDecks(byDeck, load);

  const dateField = (deckId: string | null, value: string | null, label: string) => {
    const parsed = value ? parseInterviewDate(value) : null;
    const past = parsed !== null && interviewMoment(parsed) < now - 86_400_000;
    return (
      <label className="cram-date">
        <span>{label}</span>
        <input
          type="date"
          value={value ?? ''}
          onChange={(e) => void setDate(deckId, e.target.value || null)}
          data-testid={deckId ? `cram-date-${deckId}` : 'cram-date'}
        />
        {value && (
          <button type="button" className="link-button" onClick={() => void setDate(deckId, null)}>
            {s.clear}
          </button>
        )}
        {past && (
          <span className="error small" role="alert">
            {s.dateInPast}
          </span>
        )}
      </label>
    );
  };

  if (session) return <CramSession cards={session} s={s} cardLink={cardLink} onStop={() => setSession(null)} />;
  const anyDate = dates.overall !== null || Object.keys(dates.decks).length > 0;
  return (
    <div className="cram-page" data-testid="cram-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.lead}</p>
        <p className="small">{s.rule}</p>
      </header>
      {error && (
        <p role="alert" className="error">
          {s.saveFailed}
          {error}
        </p>
      )}
      <section className="panel">
        {dateField(null, dates.overall, s.overallDate)}
        <details>
          <summary>{s.deckDates}</summary>
          {decks.map((d) => (
            <div key={d.id}>{dateField(d.id, dates.decks[d.id] ?? null, d.title)}</div>
          ))}
        </details>
        <label className="cram-date">
          <span>{s.scope}</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="cram-scope">
            <option value="">{s.allDecks}</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
      </section>
      {!ready ? null : !anyDate ? (
        <p>{s.noDate}</p>
      ) : list.length === 0 ? (
        <p data-testid="cram-summary">{s.nothing}</p>
      ) : (
        <LoadState state={loaded}>
          {(views) => {
            const cardOf = new Map(views.flatMap((v) => v.cards.map((c) => [c.id, c] as const)));
            const cards = list.map((c) => cardOf.get(c.cardId)).filter((c): c is CardView => c !== undefined);
            const date = (scope ? dateForDeck(dates, scope) : dates.overall) ?? dateForDeck(dates, list[0]?.deckId ?? '') ?? '';
            return (
              <section>
                <p data-testid="cram-summary">{s.toCram(list.length, longDate(date))}</p>
                <button type="button" className="button primary" onClick={() => setSession(cards)} data-testid="cram-start">
                  {s.start(cards.length)}
                </button>
                <ol className="cram-list" data-testid="cram-list">
                  {list.slice(0, 300).map((c) => {
                    const card = cardOf.get(c.cardId);
                    return (
                      <li key={c.cardId}>
                        {card ? cardLink(card) : c.cardId}
                        <span className="muted small">
                          {' '}
                          · {s.recall} {c.recall === 0 && !states.has(c.cardId) ? s.neverStudied : percent.format(c.recall)}
                        </span>
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          }}
        </LoadState>
      )}
    </div>
  );
}
