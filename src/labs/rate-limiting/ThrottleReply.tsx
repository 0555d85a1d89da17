// redis-cell's interface for the current request: the CL.THROTTLE command the lab runs and the
// 5-integer reply the engine returned for it, as redis-cli prints it.
import { formatMs } from './explain-text.ts';
import type { StateOf } from './core/limiter.ts';
import { param } from './project-state.ts';
import { s } from './strings.ts';
import type { LaneRun } from './use-lab-run.ts';

export function ThrottleReply({ lane, index }: { lane: LaneRun; index: number }) {
  const entry = lane.run.entry;
  const row = lane.run.rows[index];
  const command = `CL.THROTTLE user123 ${param(entry, 'max_burst')} ${param(entry, 'count')} ${param(entry, 'period')} ${param(entry, 'quantity')}`;
  const reply = row ? (row.state as StateOf<'gcra'>).reply : null;
  return (
    <section className="panel rl-throttle" aria-labelledby="rl-throttle-title" data-testid="throttle-reply">
      <h2 id="rl-throttle-title" className="rl-h">
        {s.throttleTitle}
      </h2>
      <pre className="rl-pre">
        <code>
          {`127.0.0.1:6379> ${command}${row ? `      ${s.throttleWhich(index + 1, formatMs(row.timeMs))}` : ''}\n`}
          {reply ? reply.map((v, i) => `${i + 1}) (integer) ${v}`.padEnd(18) + `# ${s.throttleFields[i] ?? ''}`).join('\n') : s.throttleNone}
        </code>
      </pre>
    </section>
  );
}
