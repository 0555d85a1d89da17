// The puzzle views, loaded lazily: a puzzle's code (and the editor) only loads on its page.
import type { ComponentType } from 'react';
import type { PuzzleViewProps } from './workbench/puzzle-view.ts';

export const puzzleViews: Readonly<Record<string, () => Promise<{ default: ComponentType<PuzzleViewProps> }>>> = {
  '24-game': () => import('./24-game/Game24View.tsx'),
  'climbing-stairs': () => import('./climbing-stairs/StairsView.tsx'),
  'bfs-levels': () => import('./bfs-levels/BfsView.tsx'),
  'redemption-codes': () => import('./redemption-codes/CodesView.tsx'),
  'top-ips': () => import('./top-ips/TopIpsView.tsx'),
};
