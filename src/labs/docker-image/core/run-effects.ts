// What a RUN command writes, as an explicit MODEL (not a real package manager): each command of a
// `&&` / `;` chain is matched against the table below and adds (or removes) named trees with fixed
// sizes. The numbers are round, typical figures for a small web app, chosen so the classic lessons
// show: `apt-get update` leaves ~48 MB of lists unless removed in the SAME RUN; `rm` in a later RUN
// only hides files (a whiteout) and the image does not shrink; `chown -R` in its own RUN copies every
// file up again; `npm ci --omit=dev` is a third of `npm ci`; Go keeps a build cache next to the binary.
import { KB, MB } from './base-images.ts';
import { resolvePath, type FsEntry } from './fs.ts';

export type RunNoteCode = 'unknown-command' | 'apt-lists' | 'removed-same-run' | 'removed-earlier' | 'copied-up' | 'npm-cache' | 'pip-cache' | 'go-cache';

export interface RunNote {
  readonly code: RunNoteCode;
  readonly detail: string;
}

export interface RunEffect {
  readonly adds: readonly FsEntry[];
  /** Paths removed (with everything under them). */
  readonly removes: readonly string[];
  /** Paths whose existing entries are rewritten (metadata change → whole files in the new layer). */
  readonly rewrites: readonly string[];
  readonly notes: readonly RunNote[];
}

export const APT_PACKAGES: Readonly<Record<string, number>> = {
  curl: 9 * MB,
  git: 38 * MB,
  'build-essential': 240 * MB,
  'ca-certificates': 1 * MB,
  python3: 45 * MB,
  gcc: 90 * MB,
  'libpq-dev': 6 * MB,
};
export const APK_PACKAGES: Readonly<Record<string, number>> = { curl: 3 * MB, git: 15 * MB, 'build-base': 200 * MB, 'ca-certificates': 700 * KB };
export const OTHER_APT = 15 * MB;
export const OTHER_APK = 6 * MB;
export const SIZES = {
  aptLists: 48 * MB,
  apkIndex: 2_500 * KB,
  nodeModules: 185 * MB,
  nodeModulesProd: 62 * MB,
  npmCache: 45 * MB,
  dist: 2_400 * KB,
  goModules: 110 * MB,
  goBinary: 15 * MB,
  goBuildCache: 85 * MB,
  pipPackages: 80 * MB,
  pipCache: 30 * MB,
  passwd: 1_300,
  echo: 100,
} as const;

function packages(words: readonly string[]): string[] {
  return words.filter((w) => !w.startsWith('-') && !['install', 'add', 'apt-get', 'apt', 'apk'].includes(w));
}

/** The effect of one RUN instruction's command text, in a stage with working directory `cwd` and env `env`. */
export function runEffect(command: string, cwd: string, env: ReadonlyMap<string, string>, step: string): RunEffect {
  const adds: FsEntry[] = [];
  const removes: string[] = [];
  const rewrites: string[] = [];
  const notes: RunNote[] = [];
  const add = (path: string, size: number, kind: FsEntry['kind'] = 'tree') =>
    adds.push({ path: resolvePath(cwd, path), size, kind, content: `${step}:${path}` });
  const whole = command;
  for (const part of command
    .split(/&&|;|\|\|/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const words = part.split(/\s+/).filter((w) => !/^[A-Z_]+=/.test(w));
    const [cmd = '', sub = ''] = words;
    if ((cmd === 'apt-get' || cmd === 'apt') && sub === 'update') {
      add('/var/lib/apt/lists', SIZES.aptLists);
      if (!/rm\s+-[a-z]*\s+\/var\/lib\/apt\/lists/.test(whole)) notes.push({ code: 'apt-lists', detail: '/var/lib/apt/lists' });
    } else if ((cmd === 'apt-get' || cmd === 'apt') && sub === 'install') {
      for (const p of packages(words)) add(`/usr/lib/${p}`, APT_PACKAGES[p] ?? OTHER_APT);
    } else if (cmd === 'apk' && sub === 'add') {
      for (const p of packages(words)) add(`/usr/lib/${p}`, APK_PACKAGES[p] ?? OTHER_APK);
      if (!words.includes('--no-cache')) add('/var/cache/apk', SIZES.apkIndex);
    } else if (cmd === 'npm' && (sub === 'ci' || sub === 'install' || sub === 'i')) {
      const prod = words.some((w) => w === '--omit=dev' || w === '--production' || w === '--only=production') || env.get('NODE_ENV') === 'production';
      add('node_modules', prod ? SIZES.nodeModulesProd : SIZES.nodeModules);
      if (!/npm\s+cache\s+clean/.test(whole)) {
        add('/root/.npm', SIZES.npmCache);
        notes.push({ code: 'npm-cache', detail: '/root/.npm' });
      }
    } else if (cmd === 'npm' && sub === 'run' && words[2] === 'build') {
      add('dist', SIZES.dist);
    } else if (cmd === 'go' && sub === 'mod' && words[2] === 'download') {
      add('/go/pkg/mod', SIZES.goModules);
    } else if (cmd === 'go' && sub === 'build') {
      const o = words.indexOf('-o');
      add(o >= 0 && words[o + 1] ? (words[o + 1] ?? 'app') : 'app', SIZES.goBinary, 'file');
      add('/root/.cache/go-build', SIZES.goBuildCache);
      notes.push({ code: 'go-cache', detail: '/root/.cache/go-build' });
    } else if ((cmd === 'pip' || cmd === 'pip3') && sub === 'install') {
      add('/usr/local/lib/python3.12/site-packages', SIZES.pipPackages);
      if (!words.includes('--no-cache-dir')) {
        add('/root/.cache/pip', SIZES.pipCache);
        notes.push({ code: 'pip-cache', detail: '/root/.cache/pip' });
      }
    } else if (['useradd', 'adduser', 'groupadd', 'addgroup'].includes(cmd)) {
      add('/etc/passwd', SIZES.passwd, 'file');
    } else if (cmd === 'rm') {
      for (const w of words.slice(1).filter((x) => !x.startsWith('-'))) removes.push(resolvePath(cwd, w.replace(/\/\*$/, '')));
    } else if ((cmd === 'chown' || cmd === 'chmod') && words.some((w) => /^-[a-zA-Z]*R/.test(w))) {
      const target = words[words.length - 1];
      if (target) rewrites.push(resolvePath(cwd, target));
    } else if (cmd === 'echo' && words.includes('>')) {
      const target = words[words.indexOf('>') + 1];
      if (target) add(target, SIZES.echo, 'file');
    } else if (!['mkdir', 'set', 'true', 'cd', 'export', 'ls', 'cat'].includes(cmd)) {
      notes.push({ code: 'unknown-command', detail: cmd });
    }
  }
  return { adds, removes, rewrites, notes };
}
