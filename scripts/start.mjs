// `npm start`: check the port, build quietly (only warnings and errors), then serve the build.
// PORT=8080 npm start serves on another port (default 4173).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isPortFree, portFrom } from './port.mjs';

const HOST = '127.0.0.1';
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

let port;
try {
  port = portFrom(process.env);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
if (!(await isPortFree(port, HOST))) {
  console.error(`Port ${port} is already in use on ${HOST}. Stop what is using it, or choose another: PORT=${port + 1} npm start`);
  process.exit(1);
}

console.log('Building…');
await run(['build', '--logLevel', 'warn']);
console.log(`Serving on http://${HOST}:${port}/ (Ctrl+C stops)`);
await run(['preview', '--host', HOST, '--port', String(port), '--strictPort', '--logLevel', 'warn']);

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vite, ...args], { stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else process.exit(code ?? (signal ? 1 : 0));
    });
  });
}
