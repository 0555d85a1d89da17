// Base images the lab knows, with sizes as `docker images` shows them (uncompressed, linux/amd64,
// SI units). The numbers are APPROXIMATE, taken from Docker Hub / registry tags around late 2025
// (node 22.x, golang 1.23.x, python 3.12.x); every patch release moves them by a few MB. Each image
// is modelled as a few named files plus one "rest of the OS" tree, so overlay examples have real paths.
import type { FsEntry } from './fs.ts';

export const MB = 1_000_000;
export const KB = 1_000;
export const SIZES_AS_OF = '2025-11';

export interface ImageConfig {
  readonly cmd: readonly string[] | null;
  readonly entrypoint: readonly string[] | null;
  readonly env: readonly string[];
  readonly workdir: string;
  readonly user: string;
  readonly exposed: readonly string[];
  readonly labels: readonly string[];
  readonly healthcheck: string | null;
}

export interface BaseImage {
  readonly name: string;
  readonly size: number;
  /** How many layers `docker history` lists with a size (approximate). */
  readonly layers: number;
  readonly files: readonly FsEntry[];
  readonly config: ImageConfig;
}

const emptyConfig: ImageConfig = {
  cmd: null,
  entrypoint: null,
  env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  workdir: '/',
  user: '',
  exposed: [],
  labels: [],
  healthcheck: null,
};

function os(size: number, named: readonly (readonly [string, number])[]): FsEntry[] {
  const files: FsEntry[] = [
    { path: '/etc/os-release', size: 400, kind: 'file', content: 'base' },
    { path: '/etc/passwd', size: 1_200, kind: 'file', content: 'base' },
    ...named.map(([path, s]) => ({ path, size: s, kind: 'file' as const, content: 'base' })),
  ];
  const rest = size - files.reduce((a, f) => a + f.size, 0);
  if (rest > 0) files.push({ path: '/usr/lib', size: rest, kind: 'tree', content: 'base' });
  return files;
}

function image(name: string, size: number, layers: number, named: readonly (readonly [string, number])[], config: Partial<ImageConfig>): BaseImage {
  return { name, size, layers, files: size === 0 ? [] : os(size, named), config: { ...emptyConfig, ...config } };
}

const nodeEnv = { env: [...emptyConfig.env, 'NODE_VERSION=22.21.0', 'YARN_VERSION=1.22.22'], cmd: ['node'], entrypoint: ['docker-entrypoint.sh'] };
const node: readonly (readonly [string, number])[] = [['/usr/local/bin/node', 118 * MB]];

export const BASE_IMAGES: readonly BaseImage[] = [
  image('node:22', 1_120 * MB, 8, node, nodeEnv),
  image('node:22-slim', 220 * MB, 5, node, nodeEnv),
  image('node:22-alpine', 160 * MB, 5, node, nodeEnv),
  image('gcr.io/distroless/nodejs22-debian12', 130 * MB, 12, [['/nodejs/bin/node', 118 * MB]], { entrypoint: ['/nodejs/bin/node'], user: '' }),
  image('golang:1.23', 820 * MB, 7, [['/usr/local/go/bin/go', 15 * MB]], {
    env: [...emptyConfig.env, 'GOLANG_VERSION=1.23.12', 'GOPATH=/go'],
    workdir: '/go',
    cmd: ['bash'],
  }),
  image('golang:1.23-alpine', 250 * MB, 5, [['/usr/local/go/bin/go', 15 * MB]], {
    env: [...emptyConfig.env, 'GOLANG_VERSION=1.23.12', 'GOPATH=/go'],
    workdir: '/go',
    cmd: ['/bin/sh'],
  }),
  image('python:3.12', 1_020 * MB, 7, [['/usr/local/bin/python3.12', 30 * KB]], { env: [...emptyConfig.env, 'PYTHON_VERSION=3.12.12'], cmd: ['python3'] }),
  image('python:3.12-slim', 125 * MB, 4, [['/usr/local/bin/python3.12', 30 * KB]], { env: [...emptyConfig.env, 'PYTHON_VERSION=3.12.12'], cmd: ['python3'] }),
  image('debian:bookworm-slim', 75 * MB, 1, [['/bin/bash', 1_300 * KB]], { cmd: ['bash'] }),
  image('ubuntu:24.04', 78 * MB, 1, [['/bin/bash', 1_400 * KB]], { cmd: ['/bin/bash'] }),
  image('alpine:3.20', 7_800 * KB, 1, [['/bin/busybox', 800 * KB]], { cmd: ['/bin/sh'] }),
  image('gcr.io/distroless/static-debian12', 2 * MB, 10, [], { user: '' }),
  image('scratch', 0, 0, [], { env: [] }),
];

export function findBaseImage(name: string): BaseImage | undefined {
  const wanted = name === 'node:22-bookworm' ? 'node:22' : name;
  return BASE_IMAGES.find((b) => b.name === wanted);
}
