import { decks as builtIn } from '../../decks/deck-index.ts';
import { ImportDeckPanel } from '../../decks/ImportDeckPanel.tsx';
import { parseImported } from '../../decks/imported-decks.ts';
import { SettingsPanel } from '../../study/SettingsPanel.tsx';
import { useStrings } from '../../ui/i18n.ts';
import { knownIds } from '../known-ids.ts';
import { usePageTitle } from '../use-page-title.ts';

export default function SettingsRoute() {
  const t = useStrings();
  usePageTitle(t.settingsTitle);
  return (
    <>
      <SettingsPanel />
      <ImportDeckPanel
        check={(sources) => parseImported(sources, knownIds, builtIn)}
        labels={{ title: t.importDeckTitle, help: t.importDeckHelp, choose: t.importDeckChoose, remove: t.importDeckRemove, added: t.importDeckAdded, tooBig: t.importDeckTooBig }}
      />
    </>
  );
}
