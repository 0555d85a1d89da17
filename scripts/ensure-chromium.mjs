// Makes sure a Chromium for the browser tests exists: CHROMIUM_PATH, else /usr/bin/chromium, else
// (as root on Debian) installs Debian's `chromium` package. Playwright never downloads a browser here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(`No Chromium at ${wanted}: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log('Installing Chromium from Debian (apt-get install -y chromium)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
if (!existsSync(wanted)) {
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
