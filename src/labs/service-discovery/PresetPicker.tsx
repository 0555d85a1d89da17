// The scenario picker: the presets, the chosen one's explanation and sources, and a way back to its
// exact values after edits.
import type { Edit } from '../../ui/lab/use-url-values.ts';
import { PresetSelect } from '../../ui/lab/PresetSelect.tsx';
import { usePick } from '../../ui/use-language.ts';
import { presetParams, type Params } from './core/params.ts';
import { PRESET_IDS, presetSources } from './core/presets.ts';
import { en, zh } from './strings.ts';

export interface PresetPickerProps {
  readonly values: Params;
  readonly modified: boolean;
  readonly error: string | undefined;
  readonly onChange: (edit: Edit<Params>) => void;
}

export function PresetPicker({ values, modified, error, onChange }: PresetPickerProps) {
  const S = usePick({ zh, en });
  return (
    <PresetSelect
      ids={PRESET_IDS}
      value={values.preset}
      titleOf={(p) => S.presetTitles[p]}
      explanation={S.presetExplanations[values.preset]}
      labels={{ preset: S.presetLabel, modified: S.presetModified, reset: S.presetReset }}
      modified={modified}
      error={error}
      onPick={(p) => onChange(presetParams(p))}
    >
      <p className="small sd-sources">
        {S.sources}:{' '}
        {presetSources[values.preset].map((src, i) => (
          <span key={src}>
            {i > 0 && ' · '}
            {src.startsWith('http') ? (
              <a href={src} target="_blank" rel="noreferrer">
                {shortName(src)}
              </a>
            ) : (
              <code>{src}</code>
            )}
          </span>
        ))}
      </p>
    </PresetSelect>
  );
}

function shortName(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop();
  return last ? `${u.hostname} › ${last}` : u.hostname;
}
