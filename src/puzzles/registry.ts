// The puzzle views, loaded lazily: a puzzle's code (and the editor) only loads on its page.
import type { ComponentType } from 'react';

export const puzzleViews: Readonly<Record<string, () => Promise<{ default: ComponentType }>>> = {};
