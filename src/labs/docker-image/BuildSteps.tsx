// The second build, one row per instruction: cache HIT or MISS, the layer it wrote (or that it
// only changed the config), and the reason, with the model's notes about what stayed in a layer.
import type { Build, Reason, Step } from './core/build.ts';
import { S } from './strings.ts';
import { useBytes } from './use-bytes.ts';

function reasonText(r: Reason): string {
  switch (r.code) {
    case 'miss-parent':
      return S.reasons['miss-parent'](r.line);
    case 'miss-files':
      return S.reasons['miss-files'](r.files.join(', '));
    case 'base-stage':
      return S.reasons['base-stage'](r.from);
    default:
      return S.reasons[r.code];
  }
}

function CacheBadge({ step }: { step: Step }) {
  if (step.kind === 'global-arg') return <span className="badge">—</span>;
  if (step.reason.code === 'base-pulled') return <span className="dk-cache miss">{S.pulled}</span>;
  return <span className={`dk-cache ${step.cached ? 'hit' : 'miss'}`}>{step.cached ? S.hit : S.miss}</span>;
}

export function BuildSteps({ build }: { build: Build }) {
  const bytes = useBytes();
  if (build.steps.length === 0) return null;
  return (
    <section className="lab-box" aria-labelledby="dk-steps-title">
      <h2 id="dk-steps-title">{S.stepsTitle}</h2>
      <div className="table-scroll" tabIndex={0} data-testid="build-steps">
        <table className="dk-steps">
          <caption>{S.stepsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{S.cols.line}</th>
              <th scope="col">{S.cols.instruction}</th>
              <th scope="col">{S.cols.cache}</th>
              <th scope="col">{S.cols.layer}</th>
              <th scope="col">{S.cols.why}</th>
            </tr>
          </thead>
          <tbody>
            {build.steps.map((s) => (
              <tr key={`${s.instruction.line}`} data-line={s.instruction.line} data-cache={s.cached ? 'hit' : 'miss'} className={s.cached ? '' : 'dk-row-miss'}>
                <td className="mono">{s.instruction.line === s.instruction.endLine ? s.instruction.line : `${s.instruction.line}–${s.instruction.endLine}`}</td>
                <td className="mono dk-instr">
                  {s.instruction.keyword} {s.instruction.args}
                </td>
                <td>
                  <CacheBadge step={s} />
                </td>
                <td className="dk-size">
                  {s.kind === 'metadata' ? (
                    <span className="muted small">{S.kindMeta}</span>
                  ) : s.kind === 'global-arg' ? (
                    <span className="muted small">{S.kindArg}</span>
                  ) : (
                    bytes(s.size)
                  )}
                </td>
                <td className="why">
                  {reasonText(s.reason)}
                  {s.notes.map((n) => (
                    <span key={`${n.code}${n.detail}`} className="dk-note">
                      {S.notes[n.code](n.detail)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
