import { decks as builtIn } from '../../decks/deck-index.ts';
import { ImportDeckPanel } from '../../decks/ImportDeckPanel.tsx';
import { parseImported } from '../../decks/imported-decks.ts';
import { SettingsPanel } from '../../study/SettingsPanel.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { useAppearanceStore } from '../../ui/appearance-store.ts';
import { useDeckList } from '../deck-list.ts';
import { knownIds } from '../known-ids.ts';
import { usePageTitle } from '../use-page-title.ts';
import { useMemo } from 'react';

export default function SettingsRoute() {
  const t = useStrings();
  const language = useAppearanceStore((s) => s.language);
  usePageTitle(t.settingsTitle);
  const { decks } = useDeckList();
  const knownCardIds = useMemo(() => new Set(decks.flatMap((d) => d.cardIds)), [decks]);
  return (
    <>
      <SettingsPanel knownCardIds={knownCardIds} />
      <ImportDeckPanel
        check={(sources) => parseImported(sources, knownIds, builtIn)}
        language={language}
        labels={{
          title: t.importDeckTitle,
          help: t.importDeckHelp,
          choose: t.importDeckChoose,
          remove: t.importDeckRemove,
          added: t.importDeckAdded,
          tooBig: t.importDeckTooBig,
        }}
      />
    </>
  );
}
