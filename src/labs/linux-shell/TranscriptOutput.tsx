// One run's output in the terminal: stdout (the first lines only: a huge output would make the
// page slow, not more useful), stderr, the exit code when it is not 0, and why a run was stopped.
import { usePick } from '../../ui/use-language.ts';
import { toLines } from './core/line-diff.ts';
import type { RunOutcome } from './shell/shell-client.ts';
import { en, zh } from './strings.ts';

const MAX_LINES = 400;

export function TranscriptOutput({ outcome }: { outcome: RunOutcome }) {
  const S = usePick({ zh, en });
  if (outcome.kind === 'killed')
    return (
      <p className="shell-limit" role="alert" data-testid="shell-limit">
        {S.limits.killed}
      </p>
    );
  if (outcome.kind === 'error') return <pre className="shell-stderr">{outcome.message}</pre>;
  const { stdout, stderr, exitCode, limit } = outcome.result;
  const lines = toLines(stdout);
  const shown = lines.length > MAX_LINES ? `${lines.slice(0, MAX_LINES).join('\n')}\n` : stdout;
  return (
    <>
      {stdout !== '' && <pre className="shell-stdout">{shown}</pre>}
      {lines.length > MAX_LINES && <p className="shell-muted small">{S.truncated(MAX_LINES, lines.length)}</p>}
      {stderr !== '' && limit === null && <pre className="shell-stderr">{stderr}</pre>}
      {limit !== null && (
        <p className="shell-limit" role="alert" data-testid="shell-limit">
          {S.limits[limit]}
        </p>
      )}
      {exitCode !== 0 && limit === null && (
        <p className="shell-muted small">
          {S.exitCode} {exitCode}
        </p>
      )}
    </>
  );
}
