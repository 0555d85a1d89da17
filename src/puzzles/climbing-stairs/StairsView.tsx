// The climbing-stairs page: the answer for any n (BigInt, in a worker), the three methods' cost
// side by side, the chosen method's process played step by step, the editor and the reference.
import { ReferenceSolution } from '../workbench/ReferenceSolution.tsx';
import { PuzzleWorkbench } from '../workbench/PuzzleWorkbench.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { AnswerPanel } from './AnswerPanel.tsx';
import { stairsCases } from './core/cases.ts';
import { parseStairsParams, toStairsSearch } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import referenceSource from './core/reference.ts?raw';
import { CostTable } from './CostTable.tsx';
import { DpTableView } from './DpTableView.tsx';
import { MatrixView } from './MatrixView.tsx';
import { RecursionTreeView } from './RecursionTreeView.tsx';
import { StairsParamsForm } from './StairsParamsForm.tsx';
import { T } from './strings.ts';
import { useStairsAnswer } from './use-stairs-answer.ts';
import './stairs.css';

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parseStairsParams(search, currentLanguage());

export default function StairsView() {
  const { values, errors, setValues } = useUrlValues(parseInUiLanguage, toStairsSearch);
  const { answer, cancel } = useStairsAnswer(values.n, values.steps);
  return (
    <div className="puzzle-page stairs-page">
      <h1>{T.title}</h1>
      <p className="lead">{T.intro}</p>
      <div className="lab-grid">
        <section className="panel" aria-labelledby="stairs-params-title">
          <h2 id="stairs-params-title">{T.params}</h2>
          <StairsParamsForm values={values} errors={errors} onChange={setValues} />
        </section>
        <div>
          <AnswerPanel answer={answer} onCancel={cancel} />
          <section className="panel" aria-labelledby="stairs-cost-title">
            <h2 id="stairs-cost-title">{T.costTitle}</h2>
            <CostTable answer={answer} />
          </section>
        </div>
      </div>
      <section className="panel" aria-labelledby="stairs-viz-title">
        <h2 id="stairs-viz-title">
          {T.vizTitle}
          {T.colon}
          {T.methods[values.method]}
        </h2>
        {values.method === 'memo' && <RecursionTreeView n={values.n} steps={values.steps} />}
        {values.method === 'dp' && <DpTableView n={values.n} steps={values.steps} />}
        {values.method === 'matrix' && <MatrixView n={answer.n} trace={answer.trace} />}
      </section>
      <PuzzleWorkbench puzzleId="climbing-stairs" cases={stairsCases} />
      <ReferenceSolution source={referenceSource} complexity={<p>{T.referenceComplexity}</p>} />
    </div>
  );
}
