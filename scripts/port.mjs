// The port `npm start` serves on, and whether it is free, checked before the build so a busy port
// fails in a second instead of after the whole build.
import { createServer } from 'node:net';

export const DEFAULT_PORT = 4173;

/** PORT from the environment (default 4173); throws on anything that is not a port number. */
export function portFrom(env) {
  const raw = env.PORT ?? '';
  if (raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a number from 1 to 65535, not "${raw}"`);
  return port;
}

/** Resolves true when nothing listens on host:port (we could bind it), false when it is taken. */
export function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(false) : reject(err)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
