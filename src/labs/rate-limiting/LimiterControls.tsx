// Mode (one limiter or two to four side by side), each lane's algorithm and its parameters.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { memo, useId } from 'react';
import { getAlgorithm, listAlgorithms } from './algorithm-text.ts';
import { isAlgorithmId } from './core/algorithms.ts';
import { laneLetters, MAX_LANES, type RateLimitValues } from './core/params.ts';
import { addLane, removeLane, setCompare, setLaneAlgorithm, setLaneParam } from './lab-edits.ts';
import { ParamInput } from './ParamInput.tsx';
import { s } from './strings.ts';

export interface LimiterControlsProps {
  readonly values: RateLimitValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (edit: Edit<RateLimitValues>) => void;
}

export const LimiterControls = memo(function LimiterControls({ values, errors, onChange }: LimiterControlsProps) {
  const compare = values.lanes.length > 1;
  const modeError = errors.compare ?? errors.algo;
  return (
    <section className="panel rl-controls" aria-labelledby="rl-limiter-title">
      <h2 id="rl-limiter-title" className="rl-h">
        {s.paramsTitle}
      </h2>
      <fieldset className="rl-mode">
        <legend>{s.modeLabel}</legend>
        <label>
          <input type="radio" name="rl-mode" checked={!compare} onChange={() => onChange((latest) => setCompare(latest, false))} /> {s.modeSingle}
        </label>
        <label>
          <input type="radio" name="rl-mode" checked={compare} onChange={() => onChange((latest) => setCompare(latest, true))} data-testid="mode-compare" />{' '}
          {s.modeCompare}
        </label>
      </fieldset>
      {modeError && (
        <p className="field-error" role="alert" data-testid="error-mode">
          {modeError}
        </p>
      )}
      {values.lanes.map((_lane, i) => (
        <LaneFields key={i} values={values} index={i} errors={errors} onChange={onChange} compare={compare} />
      ))}
      {compare && values.lanes.length < MAX_LANES && (
        <button type="button" onClick={() => onChange((latest) => addLane(latest))}>
          ＋ {s.addLane}
        </button>
      )}
      {compare && <p className="muted small">{s.compareNote}</p>}
      {!compare && values.lanes[0] && (
        <p className="muted small">
          {s.source}
          {s.colon}
          {getAlgorithm(values.lanes[0].algorithm).source}
        </p>
      )}
    </section>
  );
});

function LaneFields({ values, index, errors, onChange, compare }: LimiterControlsProps & { index: number; compare: boolean }) {
  const id = useId();
  const lane = values.lanes[index];
  if (!lane) return null;
  const letter = laneLetters[index] ?? 'a';
  const prefix = compare ? s.laneName(index) : undefined;
  const info = getAlgorithm(lane.algorithm);
  const fields = (
    <>
      <div className="param-field">
        <label htmlFor={id}>
          {prefix ? `${prefix} ` : ''}
          {s.algorithmLabel}
        </label>
        <div className="row">
          <select
            id={id}
            value={lane.algorithm}
            onChange={(e) => {
              const id = e.target.value;
              if (isAlgorithmId(id)) onChange((latest) => setLaneAlgorithm(latest, index, id));
            }}
            data-testid={`algo-${letter}`}
          >
            {listAlgorithms().map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {compare && (
            <button
              type="button"
              className="icon-button"
              onClick={() => onChange((latest) => removeLane(latest, index))}
              aria-label={`${s.removeLane}（${prefix}）`}
              title={s.removeLane}
            >
              ✕
            </button>
          )}
        </div>
      </div>
      {info.params.map((spec) => {
        const key = compare ? `${letter}.${spec.name}` : spec.name;
        return (
          <ParamInput
            key={`${lane.algorithm}-${spec.name}`}
            spec={spec}
            value={lane.params[spec.name]}
            error={errors[key]}
            urlKey={key}
            {...(prefix ? { lanePrefix: prefix } : {})}
            onChange={(v) => onChange((latest) => setLaneParam(latest, index, spec.name, v))}
          />
        );
      })}
    </>
  );
  // In compare mode each lane folds away, so four lanes of parameters stay manageable.
  return compare ? (
    <details className="rl-lane-fields" open data-testid={`lane-${letter}`}>
      <summary>{s.laneParams(index, info.name)}</summary>
      {fields}
    </details>
  ) : (
    <div data-testid={`lane-${letter}`}>{fields}</div>
  );
}
