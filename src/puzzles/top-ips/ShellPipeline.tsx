// The one-liner the question expects, stage by stage, and the hash-count variant that the worker
// itself follows.
import { s } from './strings.ts';

import { FASTER, PIPELINE } from './shell-pipelines.ts';

export function ShellPipeline() {
  return (
    <section className="panel" aria-labelledby="ips-shell-title">
      <h2 id="ips-shell-title">{s.shellTitle}</h2>
      <pre className="code-block" tabIndex={0} aria-label={s.shellTitle} data-testid="shell-pipeline">
        <code>{PIPELINE}</code>
      </pre>
      <ol className="ips-stages">
        {s.shellStages.map((st) => (
          <li key={st.code}>
            <code>{st.code}</code>
            {s.colon}
            {st.text}
          </li>
        ))}
      </ol>
      <p>{s.shellFaster}</p>
      <pre className="code-block" tabIndex={0} aria-label={s.shellFaster}>
        <code>{FASTER}</code>
      </pre>
      <ul className="small">
        {s.shellNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
