// The algorithm table (core/algorithms.ts) in the UI language: names, summaries, sources, the chart's
// level label and the parameter labels/help/units. Same objects in Chinese; English copies are made
// once per algorithm so memoized components keep stable props.
import { currentLanguage } from '../../ui/use-language.ts';
import * as core from './core/algorithms.ts';
import type { AlgorithmId } from './core/limiter.ts';
import type { ParamSpec } from './core/param-schema.ts';

const english = new Map<AlgorithmId, core.AlgorithmInfo>();

const specEn = (spec: ParamSpec): ParamSpec =>
  spec.kind === 'int' || spec.kind === 'number'
    ? { ...spec, label: spec.labelEn, help: spec.helpEn, unit: spec.unitEn }
    : { ...spec, label: spec.labelEn, help: spec.helpEn };

function toEnglish(info: core.AlgorithmInfo): core.AlgorithmInfo {
  let out = english.get(info.id);
  if (!out) {
    out = { ...info, name: info.nameEn, summary: info.summaryEn, source: info.sourceEn, levelLabel: info.levelLabelEn, params: info.params.map(specEn) };
    english.set(info.id, out);
  }
  return out;
}

export function getAlgorithm(id: AlgorithmId): core.AlgorithmInfo {
  const info = core.getAlgorithm(id);
  return currentLanguage() === 'en' ? toEnglish(info) : info;
}

/** Every algorithm, for pickers. */
export function listAlgorithms(): readonly core.AlgorithmInfo[] {
  return currentLanguage() === 'en' ? core.algorithms.map(toEnglish) : core.algorithms;
}
