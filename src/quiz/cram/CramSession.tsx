// One cram pass over a list of cards: question, Space reveals, 1–4 logs how it went (a cram
// record, not a review), next. Ends with the cards marked Again, to look at once more.
import { useEffect, useState } from 'react';
import { CardContent } from '../../decks/CardContent.tsx';
import type { CardView } from '../../decks/deck-data.ts';
import { useCramStore } from './cram-store.ts';
import type { CramStrings } from './strings.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function CramSession({
  cards,
  s,
  cardLink,
  onStop,
}: {
  cards: readonly CardView[];
  s: CramStrings;
  cardLink: (card: CardView) => React.ReactNode;
  onStop: () => void;
}) {
  const logCram = useCramStore((st) => st.logCram);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [again, setAgain] = useState<CardView[]>([]);
  const card = cards[index];

  const grade = async (g: 1 | 2 | 3 | 4) => {
    if (!card || !revealed) return;
    await logCram(card.id, g);
    if (g === 1) setAgain((a) => [...a, card]);
    setRevealed(false);
    setIndex((i) => i + 1);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || !card) return;
      if (e.key === ' ' && !revealed) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        void grade(Number(e.key) as 1 | 2 | 3 | 4);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!card) {
    return (
      <section className="cram-done" data-testid="cram-done" aria-live="polite">
        <p>{s.done(cards.length)}</p>
        {again.length > 0 && (
          <>
            <p>{s.again(again.length)}</p>
            <ul>
              {again.map((c) => (
                <li key={c.id}>{cardLink(c)}</li>
              ))}
            </ul>
          </>
        )}
        <button type="button" className="button" onClick={onStop}>
          {s.stop}
        </button>
      </section>
    );
  }
  return (
    <section className="cram-session" data-testid="cram-session">
      <p className="muted" data-testid="cram-progress">
        {s.progress(index + 1, cards.length)}
      </p>
      <CardContent card={card} showAnswer={revealed} labels={{ fromNotes: s.fromNotes, notesQuestion: s.notesQuestion }} headingLevel={2} />
      {!revealed ? (
        <button type="button" className="button primary" onClick={() => setRevealed(true)} data-testid="cram-reveal">
          {s.reveal}
        </button>
      ) : (
        <div className="grade-buttons" role="group" aria-label={s.gradeHint}>
          {s.grades.map((label, i) => (
            <button key={label} type="button" className="button" data-testid={`cram-grade-${i + 1}`} onClick={() => void grade((i + 1) as 1 | 2 | 3 | 4)}>
              <kbd>{i + 1}</kbd> {label}
            </button>
          ))}
        </div>
      )}
      <p>
        <button type="button" className="link-button" onClick={onStop}>
          {s.stop}
        </button>
      </p>
    </section>
  );
}
