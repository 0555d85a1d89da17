// Property tests replay the same cases on every run, so CI never fails on a case nobody has seen
// here. `FC_SEED=<n> npm run test:unit` replays another seed; `FC_SEED=random` explores new cases
// (fast-check prints the seed and path of any failure, to turn into a fixed example).
import fc from 'fast-check';

const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_125 });
