// Named situations a card can link to (`lab:docker-image?preset=…`). Each is a real kind of
// Dockerfile; the "first build" ran the preset's text with the context as it was, and the preset's
// edits (a changed source file) are what the second build sees.
import type { ContextId } from './context.ts';
import type { OverlayOp } from './overlay.ts';

export const PRESET_IDS = [
  'node-app-copy-all-first',
  'node-app-deps-first',
  'go-multi-stage',
  'python-slim',
  'overlay-write-delete',
  'commit-save-export',
  'docker-run-call-path',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'node-app-deps-first';

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

export type Focus = 'build' | 'overlay' | 'outputs' | 'call-path';

export interface Preset {
  readonly dockerfile: string;
  readonly context: ContextId;
  readonly edited: readonly string[];
  readonly ops: readonly OverlayOp[];
  readonly liveRestore: boolean;
  readonly focus: Focus;
}

const NODE_COPY_ALL = `# syntax=docker/dockerfile:1
FROM node:22-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
EXPOSE 3000
USER node
CMD ["node", "server.js"]
`;

const NODE_DEPS_FIRST = `# syntax=docker/dockerfile:1
FROM node:22-slim
WORKDIR /app
# Dependencies first: this layer is reused until package*.json change
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
USER node
CMD ["node", "server.js"]
`;

const GO_MULTI_STAGE = `# syntax=docker/dockerfile:1
FROM golang:1.23 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12
COPY --from=builder /out/server /server
USER nonroot:nonroot
ENTRYPOINT ["/server"]
`;

const PYTHON_SLIM = `# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update \\
 && apt-get install -y --no-install-recommends libpq-dev \\
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["python", "app.py"]
`;

const CONTAINER_OPS: readonly OverlayOp[] = [
  { op: 'write', path: '/app/server.js', bytes: 120 },
  { op: 'write', path: '/tmp/sessions.db', bytes: 5_000_000 },
  { op: 'delete', path: '/app/README.md' },
  { op: 'delete', path: '/app/public' },
  { op: 'mkdir', path: '/app/public' },
  { op: 'write', path: '/app/public/index.html', bytes: 512 },
  { op: 'write', path: '/usr/local/bin/node', bytes: 1 },
];

const node = { context: 'node' as const, edited: ['server.js'], ops: [] as readonly OverlayOp[], liveRestore: true };

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'node-app-copy-all-first': { ...node, dockerfile: NODE_COPY_ALL, focus: 'build' },
  'node-app-deps-first': { ...node, dockerfile: NODE_DEPS_FIRST, focus: 'build' },
  'go-multi-stage': { dockerfile: GO_MULTI_STAGE, context: 'go', edited: ['main.go'], ops: [], liveRestore: true, focus: 'build' },
  'python-slim': { dockerfile: PYTHON_SLIM, context: 'python', edited: ['requirements.txt'], ops: [], liveRestore: true, focus: 'build' },
  'overlay-write-delete': { ...node, dockerfile: NODE_DEPS_FIRST, edited: [], ops: CONTAINER_OPS, focus: 'overlay' },
  'commit-save-export': { ...node, dockerfile: NODE_DEPS_FIRST, edited: [], ops: CONTAINER_OPS.slice(0, 4), focus: 'outputs' },
  'docker-run-call-path': { ...node, dockerfile: NODE_DEPS_FIRST, edited: [], focus: 'call-path' },
};
