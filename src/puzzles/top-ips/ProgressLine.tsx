// A labelled progress bar with the numbers beside it.
import { useId } from 'react';

export function ProgressLine({ label, done, total, text }: { label: string; done: number; total: number; text: (pct: string) => string }) {
  const id = useId();
  const pct = total > 0 ? `${Math.min(100, (100 * done) / total).toFixed(0)}%` : '0%';
  return (
    <div className="ips-progress" data-testid="progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={Math.max(1, total)} value={Math.min(done, total)} aria-valuetext={pct} />
      <span className="small">{text(pct)}</span>
    </div>
  );
}
