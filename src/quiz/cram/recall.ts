// FSRS retrievability (ts-fsrs), the predicted chance of recalling a card at a moment: what cram
// lists cards by. Kept beside the view: core/ takes it as a function.
import { fsrs, generatorParameters, type Card } from 'ts-fsrs';

export function createRecallAt(retention: number): (state: Card, atMs: number) => number {
  const engine = fsrs(generatorParameters({ request_retention: retention }));
  return (state, atMs) => engine.get_retrievability(state, new Date(atMs), false);
}
