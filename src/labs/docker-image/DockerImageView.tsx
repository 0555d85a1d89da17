// The Docker image lab: a situation (from a card's link or the picker), the Dockerfile and its
// build context, the second build's steps against the first build's cache, the layer stacks, the
// container over overlay2, commit/save/export, and the docker run call path. Everything that
// defines the page lives in the URL (core/params.ts).
import { useEffect, useMemo } from 'react';
import { UrlProblems } from '../../ui/lab/UrlProblems.tsx';
import { useUrlValues } from '../../ui/lab/use-url-values.ts';
import { BuildSteps } from './BuildSteps.tsx';
import { CallPath } from './CallPath.tsx';
import { parseParams, toSearch, type LabParams } from './core/params.ts';
import { PRESETS } from './core/presets.ts';
import { runLab } from './core/scenario.ts';
import { DockerfileEditor } from './DockerfileEditor.tsx';
import { LayerStack } from './LayerStack.tsx';
import { OutputsTable } from './OutputsTable.tsx';
import { OverlayPanel } from './OverlayPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { S } from './strings.ts';
import '../../ui/lab/lab.css';
import './docker-image.css';

/** The URL's values, with each refused one worded in the UI language. */
function parseUrl(search: URLSearchParams) {
  const { values, problems } = parseParams(search);
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.key] = S.problems[p.code](p.detail);
  return { values, errors };
}

export default function DockerImageView() {
  const { values, errors, setValues } = useUrlValues<LabParams>(parseUrl, toSearch);
  const run = useMemo(
    () =>
      runLab({ baseline: PRESETS[values.preset].dockerfile, dockerfile: values.dockerfile, context: values.context, edited: values.edited, ops: values.ops }),
    [values.preset, values.dockerfile, values.context, values.edited, values.ops],
  );
  const modified = toSearch(values).toString() !== `preset=${values.preset}`;
  const focus = PRESETS[values.preset].focus;
  useEffect(() => {
    if (focus !== 'build') document.getElementById(focus)?.scrollIntoView({ block: 'start' });
  }, [focus]);
  return (
    <div className="dk-lab" data-testid="docker-image-lab">
      <header className="page-header">
        <h1>{S.title}</h1>
        <p className="lead">{S.intro}</p>
      </header>
      <UrlProblems title={S.urlProblems} errors={errors} />
      <PresetPicker values={values} modified={modified} onChange={setValues} />
      <div className="dk-top">
        <DockerfileEditor values={values} errors={run.second.errors} overLimit={run.second.overLimit} onChange={setValues} />
        <LayerStack build={run.second} />
      </div>
      <BuildSteps build={run.second} />
      {run.second.final && run.overlay && <OverlayPanel image={run.second.final} state={run.overlay} onChange={setValues} />}
      <OutputsTable rows={run.outputs} />
      <CallPath liveRestore={values.liveRestore} onLiveRestore={(on) => setValues({ liveRestore: on })} />
    </div>
  );
}
