import { describe, expect, it } from 'vitest';
import { CallStore, NO_OWNER } from './call-store.ts';

describe('call store', () => {
  it('frees a finished subtree only when its last reference goes, and reuses the slots', () => {
    const store = new CallStore();
    const top = store.newOp(0, NO_OWNER, Infinity, 7, 0);
    store.retainOp(top); // the creator's ref
    const job = store.newJob(0, top, 1, 0, 1000);
    store.retainJob(job); // its timeout event
    const child = store.newOp(1, job, 1000, 7, 5); // refers to its owner
    store.retainOp(child);
    const childJob = store.newJob(1, child, 1, 5, 500);
    store.retainJob(childJob);
    store.releaseOp(child);
    store.releaseOp(top);
    expect(store.live()).toEqual({ jobs: 2, ops: 2 });

    store.releaseJob(job); // the top attempt's timeout fires: the child still refers to it
    expect(store.live()).toEqual({ jobs: 2, ops: 2 });
    store.releaseJob(childJob); // the child attempt's last event: everything comes back
    expect(store.live()).toEqual({ jobs: 0, ops: 0 });

    const again = store.newOp(0, NO_OWNER, Infinity, 8, 9);
    expect([top, child]).toContain(again);
    expect(store.opTrace[again]).toBe(8);
    expect(store.opAttempts[again]).toBe(0);
  });

  it('grows past its first capacity and keeps every field', () => {
    const store = new CallStore();
    const op = store.newOp(0, NO_OWNER, Infinity, 1, 0);
    const jobs = Array.from({ length: 5000 }, (_, i) => store.newJob(2, op, i, i * 3, i * 5));
    jobs.forEach((job, i) => {
      expect(store.jobSentAt[job]).toBe(i * 3);
      expect(store.jobDeadline[job]).toBe(i * 5);
      expect(store.jobLayer[job]).toBe(2);
    });
    expect(store.opRefs[op]).toBe(5000);
  });
});
