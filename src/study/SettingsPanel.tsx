// Study settings, export and import of the progress file (reviews and settings).
import { useState, type ChangeEvent } from 'react';
import { useAppearanceStore, type ThemeChoice } from '../ui/appearance-store.ts';
import { fill, useStrings } from '../ui/i18n.ts';
import { useStorageStrings, type StorageStrings } from '../ui/i18n-storage.ts';
import { MAX_IMPORT_BYTES, parseImportFile, type ImportError } from './export-log.ts';
import { downloadProgress } from './export-progress.ts';
import { addTypeInEntries } from './type-in-records.ts';
import { importExtras, PROGRESS_EXTRAS } from './export-extras.ts';
import { appDb } from '../lib/app-storage.ts';
import { useProgressStore } from './progress-store.ts';
import { ShowBothSetting } from './ShowBothSetting.tsx';
import { StudySettingsFields } from './StudySettingsFields.tsx';

export interface SettingsPanelProps {
  /** Every card id some deck has: imported reviews of other cards are kept, and reported. */
  readonly knownCardIds: ReadonlySet<string>;
}

const errorText = (t: StorageStrings & { importNotJson: string; importBadEntries: string }, error: ImportError, detail: string): string =>
  ({
    'too-big': t.importTooBig,
    'not-json': t.importNotJson,
    'wrong-format': t.importWrongFormat,
    'newer-version': fill(t.importNewerVersion, { n: detail }),
    'bad-entries': fill(t.importBadEntries, { n: detail }),
    'bad-settings': t.importBadSettings,
  })[error];

export function SettingsPanel({ knownCardIds }: SettingsPanelProps) {
  const extraKinds = PROGRESS_EXTRAS;
  const t = useStrings();
  const ts = useStorageStrings();
  const setSettings = useProgressStore((s) => s.setSettings);
  const importEntries = useProgressStore((s) => s.importEntries);
  const { theme, setTheme, language, setLanguage } = useAppearanceStore();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // Refused before reading: a huge file would freeze the page first.
    const parsed =
      file.size > MAX_IMPORT_BYTES
        ? parseImportFile('', file.size, knownCardIds, extraKinds)
        : parseImportFile(await file.text(), file.size, knownCardIds, extraKinds);
    if (!parsed.ok) {
      setMessage({
        text: errorText({ ...ts, importNotJson: t.importNotJson, importBadEntries: t.importBadEntries }, parsed.error, parsed.detail ?? '?'),
        ok: false,
      });
      return;
    }
    const added = await importEntries(parsed.entries);
    await addTypeInEntries(appDb, parsed.typeIn);
    const extras = await importExtras(appDb, parsed.extras);
    if (parsed.settings) await setSettings(parsed.settings);
    const parts = [added > 0 ? fill(t.importDone, { n: added }) : t.importNone];
    if (parsed.settings) parts.push(ts.importSettingsApplied);
    if (extras.added > 0) parts.push(fill(t.importExtrasAdded, { n: extras.added }));
    if (extras.keptOwn > 0) parts.push(t.importExtrasKept);
    if (parsed.unknownCardIds.length > 0) parts.push(fill(ts.importUnknownCards, { n: parsed.unknownCardIds.length }));
    setMessage({ text: parts.join(language === 'en' ? '. ' : '；'), ok: true });
  };

  return (
    <div className="settings">
      <h1>{t.settingsTitle}</h1>
      <section className="panel" aria-labelledby="study-settings">
        <h2 id="study-settings">{t.navStudy}</h2>
        <StudySettingsFields />
      </section>
      <section className="panel" aria-labelledby="appearance-settings">
        <h2 id="appearance-settings">
          {t.themeToggle} · {t.language}
        </h2>
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
          <button type="button" onClick={() => void downloadProgress(PROGRESS_EXTRAS)}>
            {t.exportButton}
          </button>
          <label className="button secondary file-button">
            {t.importButton}
            <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} data-testid="import-input" />
          </label>
        </div>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'} data-testid="import-message">
            {message.text}
          </p>
        )}
      </section>
    </div>
  );
}
