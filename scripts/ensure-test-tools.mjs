// Makes sure the tools the tests run exist, installing Debian's packages when missing (as root):
// Chromium for the browser tests (CHROMIUM_PATH, else /usr/bin/chromium; Playwright never downloads
// a browser here), CJK fonts so screenshots read, nginx, which the unit tests run to check that the
// labs decide as nginx does (limit_req, upstream balancing), and redis-server, whose CLUSTER KEYSLOT
// the Redis lab is checked against. bash, awk, sort, uniq, grep and sed come with Debian.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium', 'fonts-noto-cjk');
if (!existsSync('/usr/sbin/nginx')) missing.push('nginx');
if (!existsSync('/usr/bin/redis-server')) missing.push('redis-server');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || (process.env.CHROMIUM_PATH && missing.includes('chromium'))) {
  console.error(`Missing for the tests: ${missing.join(', ')}. Install Debian's packages (sudo apt-get install -y ${missing.join(' ')}) or set CHROMIUM_PATH.`);
  // Without nginx or redis the live checks are skipped (their recorded answers still run); without Chromium nothing can run.
  process.exit(missing.includes('chromium') ? 1 : 0);
}
console.log(`Installing from Debian: ${missing.join(' ')}…`);
// RUNLEVEL=1 asks the nginx and redis packages not to start their servers (Debian's invoke-rc.d); the tests start their own.
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
