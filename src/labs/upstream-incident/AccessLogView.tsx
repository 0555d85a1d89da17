// The access log as it sits on the nginx host: every request one line, scrollable, filterable by
// the upstream that answered and by client address. Only the lines in view (plus a margin) are
// in the DOM, so 9,000 lines scroll as smoothly as 90.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { InvestigationView } from './investigation-view.ts';
import { S } from './strings.ts';

const LINE_PX = 20;
const VIEW_LINES = 16;
const OVERSCAN = 10;

export function AccessLogView({ view }: { view: InvestigationView }) {
  const id = useId();
  const [upstream, setUpstream] = useState<string>('*');
  const [ip, setIp] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const ipFilter = useDeferredValue(ip.trim());
  const lines = useMemo(() => {
    const out: number[] = [];
    for (let i = 0; i < view.accessLog.length; i++) {
      if (upstream !== '*' && view.lineUpstream[i] !== upstream) continue;
      if (ipFilter !== '' && !(view.lineIp[i] ?? '').startsWith(ipFilter)) continue;
      out.push(i);
    }
    return out;
  }, [view, upstream, ipFilter]);
  const first = Math.max(0, Math.floor(scrollTop / LINE_PX) - OVERSCAN);
  const last = Math.min(lines.length, first + VIEW_LINES + 2 * OVERSCAN);
  return (
    <section className="ui-access" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="ui-h">
        {S.accessLogTitle} <code className="small">/var/log/nginx/access.log</code>
      </h3>
      <p className="muted small">{S.accessLogHelp}</p>
      <div className="ui-filters">
        <div className="param-field">
          <label htmlFor={`${id}-up`}>{S.filterUpstream}</label>
          <select
            id={`${id}-up`}
            value={upstream}
            onChange={(e) => {
              setUpstream(e.target.value);
              setScrollTop(0);
            }}
            data-testid="filter-upstream"
          >
            <option value="*">{S.filterAll}</option>
            {view.upstreams.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
            <option value="">{S.filterNone}</option>
          </select>
        </div>
        <div className="param-field">
          <label htmlFor={`${id}-ip`}>{S.filterIp}</label>
          <input
            id={`${id}-ip`}
            type="text"
            value={ip}
            placeholder={S.filterIpHelp}
            onChange={(e) => {
              setIp(e.target.value);
              setScrollTop(0);
            }}
            data-testid="filter-ip"
          />
        </div>
      </div>
      <p className="muted small" role="status" data-testid="log-count">
        {S.logCount(lines.length, view.accessLog.length)}
      </p>
      <div
        key={`${upstream}/${ipFilter}`}
        className="ui-log"
        role="region"
        aria-label={S.logAria}
        tabIndex={0}
        style={{ height: `${VIEW_LINES * LINE_PX}px` }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="access-log"
      >
        <div style={{ paddingTop: first * LINE_PX, paddingBottom: Math.max(0, lines.length - last) * LINE_PX }}>
          {lines.slice(first, last).map((i) => (
            <div key={i} className="ui-log-line" style={{ height: LINE_PX, lineHeight: `${LINE_PX}px` }}>
              {view.accessLog[i]}
            </div>
          ))}
          {lines.length === 0 && <div className="ui-log-line muted">{S.logEmpty}</div>}
        </div>
      </div>
    </section>
  );
}
