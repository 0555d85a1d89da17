// `npm run bench`: runs every bench/*.bench.ts in turn. Each exports a default async function that
// prints its own numbers (and says where a number misses its budget). Nothing here is asserted in
// unit tests: wall-clock numbers flake on shared machines.
// Each file runs in a process of its own: in one process the benches before it leave the shared
// code (crc32, the balancers, the kernel) with type feedback from their inputs, and a hash-ring
// lookup measured 4 million picks a second after the others and 11 million alone.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--file') {
  const file = process.argv[3] as string;
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> | void };
  await mod.default();
  // A bench may leave a handle open (a timer, a store): its numbers are printed, so end here.
  process.exit(0);
} else {
  const only = process.argv[2];
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  let failed = false;
  for (const file of files) {
    console.log(`\n## ${file}`);
    // The same node and loader flags (tsx's) as this process.
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--file', file], { stdio: 'inherit' });
    if (child.status !== 0) {
      console.log(`${file} failed (exit ${child.status ?? child.signal})`);
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
}
