// The 24-game page: any hand of up to six numbers and any target, solved exactly in a worker
// (every distinct solution, or the proof there is none), the search played step by step, a box
// to check one's own expression, the editor and the reference solution.
import { useMemo } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { PuzzleWorkbench } from '../workbench/PuzzleWorkbench.tsx';
import { ReferenceSolution } from '../workbench/ReferenceSolution.tsx';
import { CheckExpression } from './CheckExpression.tsx';
import { game24Cases } from './core/cases.ts';
import { parse24Params, to24Search } from './core/params.ts';
import { formatRational } from './core/rational.ts';
import referenceSource from './core/reference.ts?raw';
import { NumbersForm } from './NumbersForm.tsx';
import { SolutionsPanel } from './SolutionsPanel.tsx';
import { T } from './strings.ts';
import { TraceView } from './TraceView.tsx';
import { useSolve24 } from './use-solve24.ts';
import './game24.css';

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parse24Params(search, currentLanguage());

export default function Game24View() {
  const { values, errors, setValues } = useUrlValues(parseInUiLanguage, to24Search);
  const numTexts = useMemo(() => values.nums.map(formatRational), [values.nums]);
  const target = formatRational(values.target);
  const { state, cancel } = useSolve24(numTexts, target);
  return (
    <div className="puzzle-page game24-page">
      <h1>{T.title}</h1>
      <p className="lead">{T.intro}</p>
      <div className="lab-grid">
        <section className="panel" aria-labelledby="game24-params-title">
          <h2 id="game24-params-title">{T.params}</h2>
          <NumbersForm values={values} errors={errors} onChange={setValues} />
        </section>
        <div>
          <SolutionsPanel state={state} target={target} onCancel={cancel} />
          <CheckExpression nums={values.nums} target={values.target} />
        </div>
      </div>
      {state.trace && state.key === `${numTexts.join(',')}→${target}` && <TraceView trace={state.trace} target={target} />}
      <PuzzleWorkbench puzzleId="24-game" cases={game24Cases} />
      <ReferenceSolution source={referenceSource} complexity={<p>{T.referenceComplexity}</p>} />
    </div>
  );
}
