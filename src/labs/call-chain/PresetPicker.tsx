// The scenario picker: the lab's presets, the chosen one's explanation, and a way back to its
// exact values after edits.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { PresetSelect } from '../../ui/lab/PresetSelect.tsx';
import { usePick } from '../../ui/use-language.ts';
import { presetParams, type ChainParams } from './core/params.ts';
import { PRESET_IDS } from './core/presets.ts';
import { en, zh } from './strings.ts';

export interface PresetPickerProps {
  readonly values: ChainParams;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<ChainParams>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const S = usePick({ zh, en });
  return (
    <PresetSelect
      ids={PRESET_IDS}
      value={values.preset}
      titleOf={(p) => S.presets[p][0]}
      explanation={S.presets[values.preset][1]}
      labels={{ preset: S.presetLabel, modified: S.presetModified, reset: S.presetReset }}
      modified={modified}
      error={error}
      onPick={(p) => onChange(presetParams(p))}
    />
  );
}
