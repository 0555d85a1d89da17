// Counts the ways off the main thread: BigInt sums for n = 100,000 take from 0.1 s (DP, {1,2})
// to over a second (larger step sets, and the traced matrix run), which would freeze the page.
import { runStairsJob } from './stairs-job.ts';
import type { StairsJob, StairsMessage } from './stairs-protocol.ts';

self.onmessage = (event: MessageEvent<StairsJob>) => runStairsJob(event.data, (m: StairsMessage) => self.postMessage(m));
