// `npm start` takes its port from PORT and refuses a busy port before it builds anything.
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, isPortFree, portFrom } from '../../scripts/port.mjs';

let server: Server | null = null;
afterEach(() =>
  new Promise<void>((done) => (server ? server.close(() => done()) : done())).then(() => {
    server = null;
  }),
);

function listen(): Promise<number> {
  server = createServer();
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port)));
}

describe('portFrom', () => {
  it('defaults to 4173 and reads PORT', () => {
    expect(portFrom({})).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(4173);
    expect(portFrom({ PORT: '' })).toBe(4173);
    expect(portFrom({ PORT: '8080' })).toBe(8080);
  });
  it('rejects what is not a port', () => {
    for (const bad of ['abc', '0', '65536', '80.5', '-1']) expect(() => portFrom({ PORT: bad })).toThrow(/PORT/);
  });
});

describe('isPortFree', () => {
  it('is false while something listens and true once it has stopped', async () => {
    const port = await listen();
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((done) => server!.close(() => done()));
    server = null;
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('scripts/start.mjs', () => {
  it('stops on a busy port before the build, naming the port and how to choose another', async () => {
    const port = await listen();
    // A busy port must end the script before it builds; were the check missing, this would build
    // and then fail in vite preview, printing "Building…" first.
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port) }, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} is already in use`);
    expect(run.stderr).toContain(`PORT=${port + 1} npm start`);
    expect(run.stdout).not.toContain('Building');
  });
  it('rejects a PORT that is not a number before the build', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: 'http' }, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a number');
    expect(run.stdout).not.toContain('Building');
  });
});
