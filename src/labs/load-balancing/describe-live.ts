// The engine's sentences (core/describe.ts) in the UI language of this render: the lab route
// remounts the view when the language changes, so reading it here stays current.
import { currentLanguage, liveStrings } from '../../ui/use-language.ts';
import * as core from './core/describe.ts';
import type { DropReason } from './core/engine-types.ts';
import type { UpstreamEvent } from './core/events.ts';
import type { AlgorithmId, PickWhy } from './core/types.ts';

export const ALGORITHM_TITLES: Readonly<Record<AlgorithmId, string>> = liveStrings(core.ALGORITHM_TITLES);
export const DROP_REASONS: Readonly<Record<DropReason, string>> = liveStrings(core.DROP_REASONS);
export const describeWhy = (why: PickWhy, ids: readonly string[]): string => core.describeWhy(why, ids, currentLanguage());
export const describeEvent = (event: UpstreamEvent): string => core.describeEvent(event, currentLanguage());
