// The top-IPs puzzle: a real log file or a seeded sample counted in a worker, the top N with a
// bar chart, the shell pipeline, the map-reduce way, the reference and the workbench.
// URL: ?lines=&seed=&top=&malformed=&ipv6= (core/params.ts).
import { useEffect, useRef } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { PuzzleWorkbench } from '../workbench/PuzzleWorkbench.tsx';
import { topIpsCases } from './core/cases.ts';
import { parseTopIpsParams, toTopIpsSearch } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { MapReduce } from './MapReduce.tsx';
import referenceSource from './core/reference.ts?raw';
import { ReferenceSolution } from '../workbench/ReferenceSolution.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { ShellPipeline } from './ShellPipeline.tsx';
import { SourcePanel, sampleOptions } from './SourcePanel.tsx';
import { s } from './strings.ts';
import { useLogCount } from './use-log-count.ts';
import './top-ips.css';

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parseTopIpsParams(search, currentLanguage());

export default function TopIpsView() {
  const { values, errors, setValues: update } = useUrlValues(parseInUiLanguage, toTopIpsSearch);
  const count = useLogCount();
  // Open with the seeded sample already counted: the URL alone reproduces the page.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    count.run({ kind: 'sample', options: sampleOptions(values) });
  }, [count, values]);

  return (
    <article className="puzzle-page ips-page">
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <SourcePanel values={values} errors={errors} onChange={update} onRun={count.run} busy={count.state.phase === 'running'} />
      <ResultPanel state={count.state} top={values.top} topError={errors['top']} onTop={(top) => update({ top })} onCancel={count.cancel} />
      <ShellPipeline />
      <MapReduce />
      <ReferenceSolution source={referenceSource} title={s.referenceTitle} complexity={<p>{s.referenceComplexity}</p>} />
      <PuzzleWorkbench puzzleId="top-ips" cases={topIpsCases} />
    </article>
  );
}
