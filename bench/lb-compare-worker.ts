// A worker of the load-balancing bench: like the app's lb-worker, it builds the seeded stream
// itself and runs its share of the algorithms, then posts the summaries back.
import { parentPort } from 'node:worker_threads';
import { compareAlgorithms } from '../src/labs/load-balancing/core/compare.ts';
import type { AlgorithmId } from '../src/labs/load-balancing/core/types.ts';
import { millionRequestSetup } from './lb-million.ts';

const port = parentPort;
if (port === null) throw new Error('run as a worker');
port.on('message', (algorithms: AlgorithmId[]) => {
  const { setup, stream } = millionRequestSetup();
  port.postMessage(compareAlgorithms(setup, stream, algorithms));
});
port.postMessage('ready');
