// A numeric configuration key with the same rule the URL parser applies (core/params.ts), so a
// value the field accepts is never refused on reload. NumberField covers min/max/integer; the
// "strictly above min" rules (failureRateThreshold > 0) are checked here, and refused in place too.
import { useEffect, useState } from 'react';
import { NumberField } from '../../ui/lab/NumberField.tsx';
import { currentLanguage } from '../../ui/use-language.ts';
import { numberMessage, type NumberRule } from './core/params.ts';
import { FIELD_LABELS } from './strings.ts';

export interface RuleFieldProps {
  readonly name: string;
  readonly rule: NumberRule;
  readonly value: number;
  readonly error?: string | undefined;
  readonly onChange: (value: number) => void;
  /** Overrides the label from strings.ts (Sentinel's count means three things). */
  readonly label?: { readonly label: string; readonly unit?: string; readonly help?: string };
}

export function RuleField({ name, rule, value, error, onChange, label }: RuleFieldProps) {
  const [below, setBelow] = useState<string | null>(null);
  useEffect(() => setBelow(null), [value]);
  const text = label ?? FIELD_LABELS[name] ?? { label: name };
  return (
    <NumberField
      name={name}
      label={text.label}
      value={value}
      min={rule.min}
      max={rule.max}
      step={rule.integer ? 1 : 0.1}
      integer={rule.integer ?? false}
      {...(text.unit ? { unit: text.unit } : {})}
      {...(text.help ? { help: text.help } : {})}
      error={below ?? error}
      onChange={(v) => {
        if (rule.aboveMin && v <= rule.min) {
          setBelow(numberMessage(name, rule, currentLanguage()));
          return;
        }
        setBelow(null);
        onChange(v);
      }}
    />
  );
}
