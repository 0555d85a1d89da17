// "Cards about this": every card whose answer links to a lab or puzzle, loaded lazily.
import { useEffect, useState } from 'react';
import { Link } from '../ui/router/router.tsx';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import type { ContentLink } from './deck-data.ts';

export interface RelatedCardsProps {
  readonly kind: 'lab' | 'puzzle';
  readonly id: string;
  readonly cardPath: (cardId: string) => string;
  readonly title: string;
}

export function RelatedCards({ kind, id, cardPath, title }: RelatedCardsProps) {
  const language = useAppearanceStore((s) => s.language);
  const [links, setLinks] = useState<readonly ContentLink[] | null>(null);
  useEffect(() => {
    let live = true;
    import('virtual:content-links').then(
      (m) => live && setLinks(m.default),
      () => live && setLinks([]),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!links) return null;
  const cards = new Map<string, ContentLink>();
  for (const l of links) if (l.kind === kind && l.id === id && !cards.has(l.cardId)) cards.set(l.cardId, l);
  if (cards.size === 0) return null;
  return (
    <section className="related-cards" aria-labelledby={`related-${id}`} data-testid="related-cards">
      <h2 id={`related-${id}`}>{title}</h2>
      <ul>
        {[...cards.values()].map((l) => (
          <li key={l.cardId}>
            <Link to={cardPath(l.cardId)}>{language === 'en' && l.questionEn ? l.questionEn : l.question}</Link>
            {l.preset && <span className="muted small"> · {l.preset}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
