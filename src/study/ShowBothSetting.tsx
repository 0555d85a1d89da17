// The "show both languages" checkbox of the settings page, with its label in both UI languages.
// The flag lives in the appearance store beside the language; CardContent reads it.
import { useAppearanceStore } from '../ui/appearance-store.ts';

const LABEL = {
  zh: '卡片同时显示中英文（另一种语言折叠在答案下方）',
  en: 'Show cards in both languages (the other language folded below the answer)',
};

export function ShowBothSetting() {
  const language = useAppearanceStore((s) => s.language);
  const showBoth = useAppearanceStore((s) => s.showBoth);
  return (
    <label className="field checkbox">
      <input
        type="checkbox"
        checked={showBoth}
        onChange={(e) => useAppearanceStore.setState({ showBoth: e.target.checked })}
        data-testid="show-both-languages"
      />
      <span>{LABEL[language]}</span>
    </label>
  );
}
