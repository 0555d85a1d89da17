// A puzzle's reference solution and its complexity. The code is folded away (try first), and is
// highlighted with the editor's TypeScript parser the first time it is opened.
import { useState, type ReactNode } from 'react';
import type { Token } from './highlight-code.ts';
import { S } from './strings.ts';

export interface ReferenceSolutionProps {
  readonly source: string;
  /** Time and space, one or two sentences. */
  readonly complexity: ReactNode;
  readonly title?: string;
  readonly children?: ReactNode;
}

export function ReferenceSolution({ source, complexity, title = S.referenceTitle, children }: ReferenceSolutionProps) {
  const [lines, setLines] = useState<Token[][] | null>(null);
  const load = () => {
    if (lines) return;
    import('./highlight-code.ts').then(
      ({ highlightTs }) => setLines(highlightTs(source)),
      () => undefined,
    );
  };
  return (
    <section className="panel reference-solution" aria-label={title} data-testid="reference-solution">
      <h2>{title}</h2>
      <div className="reference-complexity">{complexity}</div>
      {children}
      <details
        onToggle={(e) => {
          if ((e.currentTarget as HTMLDetailsElement).open) load();
        }}
      >
        <summary>{S.showCode}</summary>
        <pre className="reference-code" tabIndex={0}>
          <code>
            {lines
              ? lines.map((line, i) => (
                  <span key={i} className="code-line">
                    {line.map((t, k) =>
                      t.cls ? (
                        <span key={k} className={t.cls}>
                          {t.text}
                        </span>
                      ) : (
                        t.text
                      ),
                    )}
                    {'\n'}
                  </span>
                ))
              : source}
          </code>
        </pre>
      </details>
    </section>
  );
}
