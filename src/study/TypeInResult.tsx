// The typed answer beside the reference: the words that matched highlighted, each key point ticked
// or missed, and the grade the share of points suggests. Loaded lazily with its matcher and the
// glossary, so the first page carries neither.
import { useEffect, useMemo } from 'react';
import glossaryText from '../../content/glossary.md?raw';
import { parseGlossary } from '../quiz/type-in/core/glossary.ts';
import { matchKeyPoints, suggestGrade, type MatchResult, type SuggestedGrade } from '../quiz/type-in/core/match.ts';
import { usePick } from '../ui/use-language.ts';
import { typeInStrings } from './type-in-strings.ts';

const { glossary } = parseGlossary(glossaryText);

export interface TypeInOutcome {
  readonly hits: readonly number[];
  readonly points: number;
  readonly suggested: SuggestedGrade | null;
}

export interface TypeInResultProps {
  readonly typed: string;
  readonly keyPoints: readonly string[];
  readonly gradeLabel: (grade: SuggestedGrade) => string;
  readonly onResult: (outcome: TypeInOutcome) => void;
}

export default function TypeInResult({ typed, keyPoints, gradeLabel, onResult }: TypeInResultProps) {
  const S = usePick(typeInStrings);
  const result = useMemo(() => matchKeyPoints(typed, keyPoints, glossary), [typed, keyPoints]);
  const suggested = suggestGrade(result.hitCount, keyPoints.length);
  useEffect(() => {
    onResult({ hits: result.points.filter((p) => p.hit).map((p) => p.index), points: keyPoints.length, suggested });
  }, [result, keyPoints, suggested, onResult]);
  return (
    <section className="type-in-result" aria-label={S.yourAnswer} data-testid="type-in-result">
      <h2>{S.yourAnswer}</h2>
      <p className="typed-answer" data-testid="typed-answer">
        {highlighted(typed, result)}
      </p>
      {keyPoints.length === 0 ? (
        <p className="muted">{S.noKeyPoints}</p>
      ) : (
        <>
          <h3>
            {S.keyPoints} · <span data-testid="type-in-summary">{S.summary(result.hitCount, keyPoints.length)}</span>
          </h3>
          <ul className="key-point-checks">
            {result.points.map((p) => (
              <li key={p.index} className={p.hit ? 'kp-hit' : 'kp-missed'} data-testid="key-point" data-hit={p.hit}>
                <span className="kp-mark" aria-hidden="true">
                  {p.hit ? '✓' : '✗'}
                </span>
                <span className="visually-hidden">{p.hit ? S.hit : S.missed}: </span>
                <span>{withCode(keyPoints[p.index] ?? '')}</span>
              </li>
            ))}
          </ul>
          {suggested !== null && (
            <p className="suggested-line" data-testid="suggested-grade">
              {S.suggestedGrade(gradeLabel(suggested))}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function highlighted(text: string, result: MatchResult) {
  const out: (string | React.JSX.Element)[] = [];
  let at = 0;
  for (const s of result.highlights) {
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** A key point's Markdown is inline only: `code` and **bold**; shown as code and plain text. */
function withCode(point: string) {
  return point
    .replace(/\*\*/g, '')
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
