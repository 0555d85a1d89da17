// Study settings, export and import of the review log.
import { useState, type ChangeEvent } from 'react';
import { downloadText } from '../lib/download.ts';
import { useAppearanceStore, type ThemeChoice } from '../ui/appearance-store.ts';
import { fill, useStrings } from '../ui/i18n.ts';
import { parseImportFile, toExportFile } from './export-log.ts';
import { useProgressStore } from './progress-store.ts';
import { ShowBothSetting } from './ShowBothSetting.tsx';

export function SettingsPanel() {
  const t = useStrings();
  const settings = useProgressStore((s) => s.settings);
  const setSettings = useProgressStore((s) => s.setSettings);
  const importLog = useProgressStore((s) => s.importLog);
  const { theme, setTheme, language, setLanguage } = useAppearanceStore();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const onExport = () => {
    const file = toExportFile(useProgressStore.getState().log, Date.now());
    downloadText(`interview-lab-progress-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseImportFile(await file.text());
    if (!parsed.ok) {
      const text = parsed.error === 'not-json' ? t.importNotJson : parsed.error === 'not-a-log' ? t.importNotLog : fill(t.importBadEntries, { n: parsed.detail ?? '?' });
      setMessage({ text, ok: false });
      return;
    }
    const added = importLog(parsed.entries);
    setMessage({ text: added > 0 ? fill(t.importDone, { n: added }) : t.importNone, ok: true });
  };

  return (
    <div className="settings">
      <h1>{t.settingsTitle}</h1>
      <section className="panel" aria-labelledby="study-settings">
        <h2 id="study-settings">{t.navStudy}</h2>
        <label className="field">
          <span>{t.retention}: <output>{settings.retention.toFixed(2)}</output></span>
          <input type="range" min={0.7} max={0.99} step={0.01} value={settings.retention}
            onChange={(e) => setSettings({ retention: Number(e.target.value) })} />
          <small className="muted">{t.retentionHelp}</small>
        </label>
        <label className="field">
          <span>{t.newPerDay}</span>
          <input type="number" min={0} max={9999} step={1} value={settings.newPerDay} inputMode="numeric"
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n <= 9999) setSettings({ newPerDay: n });
            }} />
        </label>
      </section>
      <section className="panel" aria-labelledby="appearance-settings">
        <h2 id="appearance-settings">{t.themeToggle} · {t.language}</h2>
        <div className="row">
          <label className="field inline">
            <span>{t.themeToggle}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              <option value="system">{t.themeSystem}</option>
              <option value="light">{t.themeLight}</option>
              <option value="dark">{t.themeDark}</option>
            </select>
          </label>
          <label className="field inline">
            <span>{t.language}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh')}>
              <option value="zh">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <ShowBothSetting />
      </section>
      <section className="panel" aria-labelledby="export-settings">
        <h2 id="export-settings">{t.exportTitle}</h2>
        <div className="row">
          <button type="button" onClick={onExport}>{t.exportButton}</button>
          <label className="button secondary file-button">
            {t.importButton}
            <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} data-testid="import-input" />
          </label>
        </div>
        {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="import-message">{message.text}</p>}
      </section>
    </div>
  );
}
