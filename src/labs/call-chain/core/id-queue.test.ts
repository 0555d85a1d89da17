import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdQueue } from './id-queue.ts';

describe('id queue', () => {
  it('property: behaves as an array used as a FIFO, across ring wrap-arounds and growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(1_000_000), fc.constant(-1)), { maxLength: 2000 }), (ops) => {
        const q = new IdQueue();
        const model: number[] = [];
        for (const op of ops) {
          if (op >= 0) {
            q.push(op);
            model.push(op);
          } else if (model.length > 0) {
            expect(q.shift()).toBe(model.shift());
          }
          expect(q.length).toBe(model.length);
        }
      }),
    );
  });
});
