// Entry of the bench's worker threads: they do not get tsx's loader from the parent thread, so
// register it here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./lb-compare-worker.ts');
