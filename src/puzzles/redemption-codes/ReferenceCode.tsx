// The reference solution, its source shown as written (imported with ?raw), with its complexity.
// Folded by default: try the workbench first, then compare.
import source from './core/reference.ts?raw';
import { s } from './strings.ts';

export function ReferenceCode() {
  return (
    <section className="panel puzzle-reference" aria-labelledby="codes-reference-title">
      <h2 id="codes-reference-title">{s.referenceTitle}</h2>
      <p>{s.referenceComplexity}</p>
      <details>
        <summary>{s.referenceShow}</summary>
        <pre className="code-block" tabIndex={0} aria-label={s.referenceTitle} data-testid="reference-code">
          <code>{source}</code>
        </pre>
      </details>
    </section>
  );
}
