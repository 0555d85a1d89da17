// The BFS-by-level puzzle: a tree from an array or from clicks, its levels printed in the chosen
// variant, the BFS animated step by step, the reference solution and the workbench.
// URL: ?tree=[3,9,20,null,null,15,7]&variant=zigzag (core/params.ts); reload gives the same page.
import { useCallback, useMemo } from 'react';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { PuzzleWorkbench } from '../workbench/PuzzleWorkbench.tsx';
import { buildFrames } from './bfs-frame.ts';
import { BfsStage } from './BfsStage.tsx';
import { traceBfs } from './core/bfs-trace.ts';
import { bfsCases } from './core/cases.ts';
import { BFS_VARIANTS, type BfsVariant, formatLevels } from './core/levels.ts';
import { parseBfsParams, toBfsSearch } from './core/params.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { EMPTY_TREE, fromLevelArray, toLevelArray } from './core/tree.ts';
import { type TreeEdit, editTree } from './core/tree-edit.ts';
import referenceSource from './core/reference.ts?raw';
import { ReferenceSolution } from '../workbench/ReferenceSolution.tsx';
import { s } from './strings.ts';
import { TreeInput } from './TreeInput.tsx';
import './bfs-levels.css';

// Module-level so useUrlValues sees a stable function; the language is read when the URL is parsed.
const parseInUiLanguage = (search: URLSearchParams) => parseBfsParams(search, currentLanguage());

export default function BfsView() {
  const { values, errors, setValues: update } = useUrlValues(parseInUiLanguage, toBfsSearch);
  const tree = useMemo(() => {
    const built = fromLevelArray(values.values);
    return 'tree' in built ? built.tree : EMPTY_TREE;
  }, [values.values]);
  const trace = useMemo(() => traceBfs(tree, values.variant), [tree, values.variant]);
  const frames = useMemo(() => buildFrames(tree, trace), [tree, trace]);
  const lines = useMemo(() => formatLevels(tree, values.variant), [tree, values.variant]);
  const onEdit = useCallback((edit: TreeEdit) => update({ values: toLevelArray(editTree(tree, edit)) }), [tree, update]);

  return (
    <article className="puzzle-page bfs-page">
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>

      <section className="panel" aria-labelledby="bfs-statement">
        <h2 id="bfs-statement">{s.statementTitle}</h2>
        <p>{s.statement}</p>
        <p className="small">
          {s.signatureLabel}
          {s.colon}
          <code>{bfsCases.signature}</code>
        </p>
      </section>

      <section className="panel" aria-labelledby="bfs-input-title">
        <h2 id="bfs-input-title">{s.inputTitle}</h2>
        <TreeInput values={values.values} urlError={errors['tree']} onChange={(v) => update({ values: v })} />
        <fieldset className="bfs-variants">
          <legend>{s.variantLegend}</legend>
          {BFS_VARIANTS.map((v) => (
            <label key={v}>
              <input type="radio" name="bfs-variant" value={v} checked={values.variant === v} onChange={() => update({ variant: v as BfsVariant })} />{' '}
              {s.variants[v]}
            </label>
          ))}
          {errors['variant'] && (
            <span className="field-error" role="alert">
              {errors['variant']}
            </span>
          )}
          <p className="muted small">{s.variantNotes[values.variant]}</p>
        </fieldset>
        <h3>{s.outputTitle}</h3>
        <pre className="bfs-output" data-testid="bfs-output" aria-live="polite">
          {lines.length === 0 ? s.outputEmpty : lines.length > 200 ? `${lines.slice(0, 200).join('\n')}\n${s.outputMore(lines.length)}` : lines.join('\n')}
        </pre>
      </section>

      <BfsStage tree={tree} frames={frames} variant={values.variant} onEdit={onEdit} />
      <ReferenceSolution source={referenceSource} title={s.referenceTitle} complexity={<p>{s.referenceComplexity}</p>} />
      <PuzzleWorkbench puzzleId="bfs-levels" cases={bfsCases} />
    </article>
  );
}
