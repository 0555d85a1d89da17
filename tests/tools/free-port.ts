// A port on 127.0.0.1 that nothing listens on now, for the tests that start real servers (nginx,
// redis). Another process may still take it before the server binds it: the callers check.
import { createServer } from 'node:net';

// Ports handed out by this process: binding port 0 twice in a row can return the same number.
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}
