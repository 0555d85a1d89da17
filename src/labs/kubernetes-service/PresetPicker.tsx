// The scenario picker: the catalogue's presets for this lab, the chosen one's explanation, and a way
// back to its exact values after edits.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { PresetSelect } from '../../ui/lab/PresetSelect.tsx';
import { presetParams, type K8sParams } from './core/params.ts';
import { K8S_PRESET_IDS } from './core/presets.ts';
import { S } from './strings.ts';

export interface PresetPickerProps {
  readonly values: K8sParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<K8sParams>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  return (
    <PresetSelect
      ids={K8S_PRESET_IDS}
      value={values.preset}
      titleOf={(p) => S.presets[p].title}
      explanation={S.presets[values.preset].explanation}
      labels={{ preset: S.presetLabel, modified: S.presetModified, reset: S.presetReset }}
      modified={modified}
      error={error}
      onPick={(p) => onChange(presetParams(p))}
    />
  );
}
