// The ids a deck may point at, taken from the lab and puzzle catalogues.
import { labCatalogue } from '../labs/catalogue.ts';
import { puzzleIds } from '../puzzles/catalogue.ts';
import type { KnownIds } from '../decks/types.ts';

export const knownIds: KnownIds = {
  labs: new Set(labCatalogue.map((lab) => lab.id)),
  puzzles: puzzleIds,
  labPresets: new Map(labCatalogue.map((lab) => [lab.id, new Set(lab.presets)])),
};
