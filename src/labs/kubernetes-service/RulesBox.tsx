// The node's rules as text, in kube-proxy's words or iptables-save's, in a box that scrolls on its
// own. The rules the current request tried are marked: solid for matched, dashed for tried and
// missed. A copy button puts the text on the clipboard for a diff against a real node.
import { useState } from 'react';
import { ruleLines, type NodeRules } from './core/rules.ts';
import type { WalkResult } from './core/walk.ts';
import { S } from './strings.ts';

type Form = 'saved' | 'written';

export function RulesBox({ rules, walk }: { rules: NodeRules; walk: WalkResult | null }) {
  const title = S.rulesTitle(rules.node);
  const [form, setForm] = useState<Form>('saved');
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const status = new Map<number, boolean>();
  for (const s of walk?.steps ?? []) status.set(s.rule, s.matched || (status.get(s.rule) ?? false));
  const lines = ruleLines(rules, form).map((l, i) => {
    const st = l.rule === null ? undefined : status.get(l.rule);
    return { text: l.text, key: `${i}`, cls: l.rule === null ? 'meta' : st === undefined ? '' : st ? 'hit' : 'miss' };
  });
  const text = lines.map((l) => l.text).join('\n');
  const onCopy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopy('done'),
      () => setCopy('failed'),
    );
  };
  return (
    <section className="lab-box k8s-rules" aria-labelledby="k8s-rules-title">
      <div className="k8s-rules-head">
        <h2 id="k8s-rules-title">{title}</h2>
        <div className="k8s-tabs" role="radiogroup" aria-label={title}>
          {(['saved', 'written'] as const).map((f) => (
            <label key={f} className={form === f ? 'on' : ''}>
              <input type="radio" name="k8s-rules-form" value={f} checked={form === f} onChange={() => setForm(f)} />
              {f === 'saved' ? S.rulesSaved : S.rulesWritten}
            </label>
          ))}
        </div>
        <button type="button" onClick={onCopy}>
          {copy === 'done' ? S.copied : S.copy}
        </button>
        {copy === 'failed' && (
          <span className="field-error" role="alert">
            {S.copyFailed}
          </span>
        )}
      </div>
      <p className="muted small">{S.rulesHelp}</p>
      <pre className="k8s-rules-text" tabIndex={0} data-testid="rules-text" aria-label={form === 'saved' ? S.rulesSaved : S.rulesWritten}>
        {lines.map((l) => (
          <span key={l.key} className={`k8s-line ${l.cls}`}>
            {l.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </section>
  );
}
