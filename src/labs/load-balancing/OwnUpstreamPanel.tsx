// Paste your own nginx `upstream { … }` block and run exactly it: your server addresses, weights,
// max_fails / fail_timeout / max_conns, down, and the balancing method. Problems come back by line
// with `nginx -t`'s rules (core/upstream-conf.ts, checked against nginx itself in its tests);
// nothing changes until the block is valid. The lab's servers then carry your names.
import { useId, useState } from 'react';
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { usePick } from '../../ui/use-language.ts';
import type { LoadBalancingValues } from './core/params.ts';
import { valuesFromUpstream } from './core/server-config.ts';
import { readUpstreamConf, type UpstreamConfNote } from './core/upstream-conf.ts';

const EXAMPLE = `upstream backend {
    least_conn;
    server 10.1.0.5:8080 weight=3 max_fails=2 fail_timeout=30s;
    server 10.1.0.6:8080;
    server 10.1.0.7:8080 down;
}`;

const zh = {
  title: '用你自己的 nginx upstream 配置',
  help: '粘贴 upstream 块（或只是它里面的 server 行和负载均衡指令）：server 地址、weight、max_fails、fail_timeout、max_conns、backup、down，以及 least_conn、ip_hash、hash … [consistent]、random [two]。按 nginx -t 的规则逐行检查，没问题才替换当前的服务器和算法。',
  label: 'upstream 配置',
  run: '用这段配置运行',
  example: '填入示例',
  line: (n: number, m: string) => `第 ${n} 行：${m}`,
  applied: (name: string, n: number, algo: string) => `已按 upstream ${name} 运行：${n} 台服务器，算法 ${algo}`,
};
const en: typeof zh = {
  title: 'Run your own nginx upstream block',
  help: "Paste an upstream block (or just its server lines and balancing directive): server addresses, weight, max_fails, fail_timeout, max_conns, backup, down, and least_conn, ip_hash, hash … [consistent] or random [two]. Checked line by line with nginx -t's rules; the servers and algorithm are replaced only when it is valid.",
  label: 'upstream block',
  run: 'Run this config',
  example: 'Fill in an example',
  line: (n, m) => `line ${n}: ${m}`,
  applied: (name, n, algo) => `Running upstream ${name}: ${n} servers, algorithm ${algo}`,
};

export function OwnUpstreamPanel({ onApply }: { onApply: (edit: Edit<LoadBalancingValues>) => void }) {
  const t = usePick({ zh, en });
  const english = t === en;
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly UpstreamConfNote[]>([]);
  const [notes, setNotes] = useState<readonly UpstreamConfNote[]>([]);
  const [applied, setApplied] = useState('');
  const say = (n: UpstreamConfNote) => t.line(n.line, english ? n.en : n.zh);
  const run = () => {
    const r = readUpstreamConf(text);
    setProblems(r.problems);
    setNotes(r.notes);
    setApplied('');
    const conf = r.conf;
    if (!conf) return;
    onApply((latest) => valuesFromUpstream(latest, conf));
    setApplied(t.applied(conf.name, conf.servers.length, conf.algorithm));
  };
  return (
    <details className="panel lb-own-upstream" data-testid="own-upstream">
      <summary className="lb-h">{t.title}</summary>
      <p className="muted small">{t.help}</p>
      <label htmlFor={id} className="visually-hidden">
        {t.label}
      </label>
      <textarea
        id={id}
        rows={7}
        spellCheck={false}
        value={text}
        placeholder={EXAMPLE}
        onChange={(e) => setText(e.target.value)}
        data-testid="own-upstream-text"
        style={{ width: '100%', fontFamily: 'var(--mono, monospace)' }}
      />
      <div className="row">
        <button type="button" className="primary" onClick={run} data-testid="own-upstream-run">
          {t.run}
        </button>
        <button type="button" className="link-button" onClick={() => setText(EXAMPLE)}>
          {t.example}
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="field-error" role="alert" data-testid="own-upstream-problems">
          {problems.map((p, i) => (
            <li key={i}>{p.line > 0 ? say(p) : english ? p.en : p.zh}</li>
          ))}
        </ul>
      )}
      {applied && (
        <p role="status" className="small" data-testid="own-upstream-ok">
          {applied}
        </p>
      )}
      {notes.length > 0 && (
        <ul className="muted small">
          {notes.map((n, i) => (
            <li key={i}>{say(n)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
