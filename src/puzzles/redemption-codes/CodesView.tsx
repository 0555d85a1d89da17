// The redemption-code puzzle: batch parameters in the URL (?count=&prefix=&secret=&length=),
// a preview and the odds, how one code is built, generation and download in a worker, offline
// verification, the designs, the reference check character and the workbench.
import { useMemo } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { PuzzleWorkbench } from '../workbench/PuzzleWorkbench.tsx';
import type { PuzzleViewProps } from '../workbench/puzzle-view.ts';
import { BatchForm } from './BatchForm.tsx';
import { CodeAnatomy } from './CodeAnatomy.tsx';
import { CodeOdds, CodePreview } from './CodePreview.tsx';
import { codesCases } from './core/cases.ts';
import { type BatchConfig, createCodeBatch } from './core/codes.ts';
import { bodyLengthOf, parseCodesParams, toCodesSearch } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { DesignNotes } from './DesignNotes.tsx';
import { GeneratePanel } from './GeneratePanel.tsx';
import referenceSource from './core/reference.ts?raw';
import { ReferenceSolution } from '../workbench/ReferenceSolution.tsx';
import { s } from './strings.ts';
import { VerifyPanel } from './VerifyPanel.tsx';
import './redemption-codes.css';

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parseCodesParams(search, currentLanguage());

export default function CodesView({ cardPath }: PuzzleViewProps) {
  const { values, errors, setValues: update } = useUrlValues(parseInUiLanguage, toCodesSearch);
  const config = useMemo<BatchConfig>(
    () => ({ count: values.count, secret: values.secret, prefix: values.prefix, bodyLength: bodyLengthOf(values) }),
    [values],
  );
  const batch = useMemo(() => createCodeBatch(config), [config]);

  return (
    <article className="puzzle-page codes-page">
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <section className="panel" aria-labelledby="codes-batch-title">
        <h2 id="codes-batch-title">{s.batchTitle}</h2>
        <BatchForm values={values} errors={errors} onChange={update} />
        <p className="small" data-testid="code-summary">
          {s.summary(batch.codeLength, batch.bodyLength, batch.prefix)}
        </p>
      </section>
      <GeneratePanel batch={batch} config={config} />
      <VerifyPanel batch={batch} />
      <CodePreview batch={batch} />
      <CodeOdds batch={batch} />
      <CodeAnatomy batch={batch} />
      <DesignNotes cardPath={cardPath} />
      <ReferenceSolution source={referenceSource} title={s.referenceTitle} complexity={<p>{s.referenceComplexity}</p>} />
      <PuzzleWorkbench puzzleId="redemption-codes" cases={codesCases} />
    </article>
  );
}
