// Paste your own `limit_req_zone` / `limit_req` lines and run exactly that configuration on the
// lab's traffic. Problems come back as `nginx -t` would report them, by line; lines that are not
// about rate limiting are listed as ignored. Nothing changes until the whole snippet is valid.
import { useId, useState } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { readLimitReqConf, type LimitReqConfResult } from './core/limit-req-conf.ts';
import type { RateLimitValues } from './core/params.ts';
import { valuesFromConf } from './lab-conf.ts';
import { s } from './strings.ts';

const EXAMPLE = 'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\nlimit_req zone=api burst=20 nodelay;\nlimit_req_status 429;';

export function OwnConfigPanel({ onApply }: { onApply: (edit: Edit<RateLimitValues>) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<LimitReqConfResult | null>(null);
  const run = () => {
    const r = readLimitReqConf(text, currentLanguage());
    setResult(r);
    const conf = r.conf;
    if (conf) onApply((latest) => valuesFromConf(latest, conf));
  };
  return (
    <details className="panel rl-own-config" data-testid="own-config">
      <summary className="rl-h">{s.ownConfigTitle}</summary>
      <p className="muted small">{s.ownConfigHelp}</p>
      <label htmlFor={id} className="visually-hidden">
        {s.ownConfigLabel}
      </label>
      <textarea
        id={id}
        className="rl-own-config-text"
        rows={6}
        spellCheck={false}
        value={text}
        placeholder={EXAMPLE}
        onChange={(e) => setText(e.target.value)}
        data-testid="own-config-text"
      />
      <div className="row">
        <button type="button" className="primary" onClick={run} data-testid="own-config-run">
          {s.ownConfigRun}
        </button>
        <button type="button" className="link-button" onClick={() => setText(EXAMPLE)}>
          {s.ownConfigExample}
        </button>
      </div>
      {result && result.problems.length > 0 && (
        <ul className="field-error rl-own-config-problems" role="alert" data-testid="own-config-problems">
          {result.problems.map((p, i) => (
            <li key={i}>{s.confLine(p.line, p.message)}</li>
          ))}
        </ul>
      )}
      {result?.conf && (
        <p role="status" className="small" data-testid="own-config-ok">
          {s.ownConfigApplied(result.conf.zone, result.conf.key)}
        </p>
      )}
      {result && result.ignored.length > 0 && (
        <ul className="muted small" data-testid="own-config-ignored">
          {result.ignored.map((p, i) => (
            <li key={i}>{s.confLine(p.line, p.message)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
