import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnsemble, finishElection, liveServers, needsElection, serving, startServer, stopServer, write } from './ensemble.ts';
import { elect, hasQuorum, makeZxid, tolerates, totalOrderPredicate, zxidHex } from './fle.ts';

describe('FastLeaderElection.totalOrderPredicate', () => {
  it('compares the epoch first, then the zxid, then the server id', () => {
    const v = (sid: number, epoch: number, counter: number) => ({ sid, epoch, zxid: makeZxid(epoch, counter) });
    // A higher epoch wins even with a lower zxid counter and a lower id.
    expect(totalOrderPredicate(v(1, 3, 0), v(5, 2, 99))).toBe(true);
    // Same epoch: the longer history (higher zxid) wins over a higher id.
    expect(totalOrderPredicate(v(2, 2, 8), v(5, 2, 7))).toBe(true);
    // Same epoch and zxid: the higher server id breaks the tie.
    expect(totalOrderPredicate(v(5, 2, 7), v(4, 2, 7))).toBe(true);
    expect(totalOrderPredicate(v(4, 2, 7), v(5, 2, 7))).toBe(false);
    // A vote never beats itself.
    expect(totalOrderPredicate(v(3, 2, 7), v(3, 2, 7))).toBe(false);
  });

  it('elects the best vote only with a quorum of the whole ensemble', () => {
    const votes = [
      { sid: 1, epoch: 2, zxid: makeZxid(2, 5) },
      { sid: 3, epoch: 2, zxid: makeZxid(2, 5) },
      { sid: 5, epoch: 1, zxid: makeZxid(1, 40) },
    ];
    expect(elect(votes, 5)?.sid).toBe(3);
    expect(elect(votes.slice(0, 2), 5)).toBeNull();
    expect(zxidHex(makeZxid(1, 3))).toBe('0x100000003');
  });
});

describe('quorum', () => {
  it('an ensemble of 5 tolerates 2 failures and not 3; of 3, 1 and not 2', () => {
    expect(tolerates(5)).toBe(2);
    expect(tolerates(3)).toBe(1);
    expect(hasQuorum(3, 5)).toBe(true);
    expect(hasQuorum(2, 5)).toBe(false);
    const e = createEnsemble(5, 4);
    expect(e.leader).toBe(5); // all equal at start: the highest id wins
    stopServer(e, 1);
    stopServer(e, 2);
    expect(serving(e)).toBe(true);
    stopServer(e, 3);
    expect(serving(e)).toBe(false);
    expect(write(e)).toBeNull();
  });

  it('losing the leader stops writes until a quorum elects the next one by epoch, zxid, id', () => {
    const e = createEnsemble(5, 4);
    stopServer(e, 2); // a follower: still serving
    expect(serving(e)).toBe(true);
    write(e);
    stopServer(e, 5); // the leader
    expect(serving(e)).toBe(false);
    expect(needsElection(e)).toBe(true);
    expect(finishElection(e)?.sid).toBe(4);
    expect(e.servers[3]?.epoch).toBe(2);
    stopServer(e, 4); // 1 and 3 left: no quorum
    expect(needsElection(e)).toBe(false);
    startServer(e, 2);
    startServer(e, 5);
    // 1 and 3 followed epoch 2; 2 and 5 stopped in epoch 1, so they lose despite 5's id.
    expect(finishElection(e)?.sid).toBe(3);
    expect(e.servers[2]?.role).toBe('leader');
  });
});

describe('property: never two leaders in one epoch', () => {
  it('holds under any sequence of stops, starts and elections', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('stop' as const), sid: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('start' as const), sid: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('elect' as const), sid: fc.constant(0) }),
      fc.record({ kind: fc.constant('write' as const), sid: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(3, 5), fc.array(op, { maxLength: 60 }), (size, ops) => {
        const e = createEnsemble(size, 2);
        const epochs: number[] = [...e.leaders.keys()];
        for (const o of ops) {
          if (o.kind === 'stop') stopServer(e, Math.min(o.sid, size));
          else if (o.kind === 'start') startServer(e, Math.min(o.sid, size));
          else if (o.kind === 'write') write(e);
          else if (needsElection(e)) {
            const before = e.leaders.size;
            finishElection(e);
            expect(e.leaders.size).toBe(before + 1); // a new epoch, never one that had a leader
            epochs.push(Math.max(...e.leaders.keys()));
          }
          const leaders = e.servers.filter((s) => s.role === 'leader');
          expect(leaders.length).toBeLessThanOrEqual(1);
          if (leaders[0]) {
            expect(leaders[0].up).toBe(true);
            expect(hasQuorum(liveServers(e).length, size)).toBe(true);
          }
        }
        for (let i = 1; i < epochs.length; i++) expect(epochs[i]).toBeGreaterThan(epochs[i - 1] as number);
      }),
    );
  });
});
