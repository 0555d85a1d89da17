// The study settings (target retention, new cards per day) and whether the last change is saved.
// While a field has focus it shows what the user typed: a settings write commits to IndexedDB
// asynchronously, and a field bound to the stored value alone would jump back under fast typing.
import { useRef, useState } from 'react';
import { useStrings } from '../ui/i18n.ts';
import { usePick } from '../ui/use-language.ts';
import { useProgressStore } from './progress-store.ts';
import type { StudySettings } from './progress-schema.ts';

const zh = { saving: '正在保存…', saved: '已保存', failed: '没能保存，请再改一次' };
const en: typeof zh = { saving: 'Saving…', saved: 'Saved', failed: 'Not saved; please change it again' };

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function StudySettingsFields() {
  const t = useStrings();
  const S = usePick({ zh, en });
  const settings = useProgressStore((s) => s.settings);
  const setSettings = useProgressStore((s) => s.setSettings);
  const [retention, setRetention] = useState<number | null>(null);
  const [newPerDay, setNewPerDay] = useState<string | null>(null);
  const pending = useRef(0);
  const [state, setState] = useState<SaveState>('idle');

  const save = (patch: Partial<StudySettings>) => {
    setState('saving');
    pending.current += 1;
    setSettings(patch).then(
      () => {
        pending.current -= 1;
        // "Saved" only once every write started so far has committed.
        if (pending.current === 0) setState((s) => (s === 'failed' ? s : 'saved'));
      },
      (e: unknown) => {
        pending.current -= 1;
        console.error('settings not saved', e);
        setState('failed');
      },
    );
  };

  return (
    <>
      <label className="field">
        <span>
          {t.retention}: <output>{(retention ?? settings.retention).toFixed(2)}</output>
        </span>
        <input
          type="range"
          min={0.7}
          max={0.99}
          step={0.01}
          value={retention ?? settings.retention}
          onChange={(e) => {
            const r = Number(e.target.value);
            setRetention(r);
            save({ retention: r });
          }}
          onBlur={() => setRetention(null)}
        />
        <small className="muted">{t.retentionHelp}</small>
      </label>
      <label className="field">
        <span>{t.newPerDay}</span>
        <input
          type="number"
          min={0}
          max={9999}
          step={1}
          value={newPerDay ?? String(settings.newPerDay)}
          inputMode="numeric"
          onChange={(e) => {
            setNewPerDay(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 9999) save({ newPerDay: n });
          }}
          onBlur={() => setNewPerDay(null)}
        />
      </label>
      <p className={state === 'failed' ? 'error' : 'muted'} role="status" data-testid="settings-save-state" data-state={state}>
        {state === 'idle' ? '' : S[state]}
      </p>
    </>
  );
}
