// The nginx the equivalence tests start must be the one that answers them, even when another
// test file's server holds a port it was written with.
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port.ts';
import { NGINX, startNginx } from './real-nginx.ts';

describe.skipIf(!NGINX)('startNginx', () => {
  it('never hands out the same free port twice', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(20);
  });

  it('starts again on fresh ports when one of its ports is taken, and answers from itself', async () => {
    const busy = createServer((_req, res) => res.end('someone else'));
    const busyPort = await new Promise<number>((resolve) => busy.listen(0, '127.0.0.1', () => resolve((busy.address() as { port: number }).port)));
    const written: number[][] = [];
    try {
      const nginx = await startNginx((ports) => {
        written.push([...ports]);
        // The first config also listens on the busy port, as a racing test file would have it.
        const taken = written.length === 1 ? `server { listen 127.0.0.1:${busyPort}; }\n` : '';
        return `${taken}server { listen 127.0.0.1:{PORT0}; location / { return 200 "backend"; } }\nserver { listen 127.0.0.1:{PORT}; {READY} location / { proxy_pass http://127.0.0.1:{PORT0}; } }`;
      }, 1);
      try {
        expect(written).toHaveLength(2);
        expect(nginx.extraPorts).toEqual(written[1]);
        expect((await nginx.get('/__ready')).body).toBe(nginx.dir);
        expect((await nginx.get('/')).body).toBe('backend');
      } finally {
        await nginx.stop();
      }
    } finally {
      busy.close();
    }
  }, 20_000);
});
