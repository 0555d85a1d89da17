// The terminal's state: the worker client, the transcript of runs, and the expected output of the
// open exercise (its reference pipeline run on the same seed, cached per seed and exercise).
import { useCallback, useEffect, useRef, useState } from 'react';
import { LISTING_COMMAND, parseListing, type FileSize } from './core/lab-files.ts';
import { createShellClient, type RunOutcome, type ShellClient } from './shell/shell-client.ts';

export interface TranscriptEntry {
  readonly id: number;
  readonly command: string;
  readonly outcome: RunOutcome;
  /** The exercise and seed the run was compared against. */
  readonly key: string;
}

const MAX_ENTRIES = 20;

export function useShellRuns(seed: number, exerciseId: string, reference: string) {
  const client = useRef<ShellClient | null>(null);
  const [transcript, setTranscript] = useState<readonly TranscriptEntry[]>([]);
  const [running, setRunning] = useState(false);
  const [expected, setExpected] = useState<Readonly<Record<string, string>>>({});
  const [listing, setListing] = useState<{ seed: number; sizes: readonly FileSize[] } | null>(null);
  const nextId = useRef(1);
  const key = `${seed}:${exerciseId}`;

  useEffect(() => {
    const c = createShellClient();
    client.current = c;
    return () => c.dispose();
  }, []);

  useEffect(() => {
    let live = true;
    void client.current?.run(seed, LISTING_COMMAND).then((outcome) => {
      if (live && outcome.kind === 'done') setListing({ seed, sizes: parseListing(outcome.result.stdout) });
    });
    return () => {
      live = false;
    };
  }, [seed]);

  useEffect(() => {
    if (expected[key] !== undefined || !client.current) return;
    let live = true;
    void client.current.run(seed, reference).then((outcome) => {
      if (live && outcome.kind === 'done') setExpected((e) => ({ ...e, [key]: outcome.result.stdout }));
    });
    return () => {
      live = false;
    };
  }, [key, seed, reference, expected]);

  const run = useCallback(
    async (command: string) => {
      if (!client.current) return;
      setRunning(true);
      const outcome = await client.current.run(seed, command);
      const id = nextId.current++;
      setTranscript((t) => [...t, { id, command, outcome, key }].slice(-MAX_ENTRIES));
      setRunning(false);
    },
    [seed, key],
  );

  const clear = useCallback(() => setTranscript([]), []);
  const sizes = listing?.seed === seed ? listing.sizes : [];
  return { transcript, running, expected: expected[key], key, sizes, run, clear };
}
