import { describe, expect, it } from 'vitest';
import { parseDelimited } from './csv-import.ts';
import { ankiGuid, toAnkiTsv } from './anki-export.ts';

describe('Anki export', () => {
  const tsv = toAnkiTsv('Kubernetes', [
    {
      id: 'k8s-probes',
      question: 'readiness 和 liveness 有什么区别？',
      questionOther: 'Readiness vs liveness?',
      answerHtml: '<p>一句话</p>\n<pre><code>kubectl get ep\n</code></pre>',
      schedule: { state: 'review', due: '2026-12-10', reps: 4, lapses: 1 },
    },
    { id: 'k8s-hpa', question: 'HPA <怎么> 扩容？', answerHtml: '<p>He said "scale"\tnow</p>' },
  ]);

  it('writes the headers Anki reads, a GUID column and one row per card', () => {
    const lines = tsv.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:面试实验室::Kubernetes',
      '#guid column:1',
      '#tags column:4',
      '#columns:GUID\tFront\tBack\tTags',
    ]);
  });

  it('quotes fields with newlines, tabs or quotes so they read back whole, and keeps the scheduling in tags', () => {
    const rows = parseDelimited(
      tsv
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
      '\t',
    ).rows.map((r) => r.cells);
    expect(rows).toEqual([
      [
        ankiGuid('k8s-probes'),
        'readiness 和 liveness 有什么区别？<br><small>Readiness vs liveness?</small>',
        '<p>一句话</p>\n<pre><code>kubectl get ep\n</code></pre>',
        'interview-lab il::state::review il::due::2026-12-10 il::reps::4 il::lapses::1',
      ],
      [ankiGuid('k8s-hpa'), 'HPA &lt;怎么&gt; 扩容？', '<p>He said "scale"\tnow</p>', 'interview-lab'],
    ]);
  });

  it('gives the same GUID every time, so a re-import updates instead of duplicating', () => {
    expect(ankiGuid('k8s-probes')).toBe(ankiGuid('k8s-probes'));
    expect(ankiGuid('k8s-probes')).not.toBe(ankiGuid('k8s-hpa'));
  });
});
