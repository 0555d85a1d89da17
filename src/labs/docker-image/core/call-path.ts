// `docker run -d -p 8080:3000 app` as the call path through Docker's components (docs:
// https://docs.docker.com/engine/daemon/ , /engine/daemon/live-restore/ ; containerd's
// runtime v2 shim: github.com/containerd/containerd core/runtime/v2/README.md; runc's
// create/start split: github.com/opencontainers/runc). Each hop is one step the view walks
// through, with the process tree as `ps -ef --forest` would show it at that moment. The last steps
// restart dockerd: with "live-restore": true the containers keep running (the shim, not dockerd,
// is the container process's parent and holds its stdio and exit status); without it dockerd stops
// them on shutdown.
export type Actor = 'cli' | 'dockerd' | 'containerd' | 'shim' | 'runc' | 'process';

export type CallStepId =
  | 'cli-create'
  | 'dockerd-create'
  | 'cli-start'
  | 'containerd-task'
  | 'shim-start'
  | 'runc-create'
  | 'runc-start'
  | 'running'
  | 'dockerd-stop'
  | 'dockerd-down'
  | 'dockerd-back'
  | 'process-exit';

export interface CallStep {
  readonly id: CallStepId;
  readonly from: Actor;
  readonly to: Actor;
  /** What travels between them (a protocol, an API call, a syscall). */
  readonly via: string;
  /** Process tree lines (indented by depth) at this moment. */
  readonly tree: readonly string[];
  /** Is the container process running at this moment? */
  readonly containerUp: boolean;
}

const daemons = ['systemd', '  dockerd', '  containerd'];
const withShim = [...daemons, '  containerd-shim-runc-v2 -namespace moby -id 3f2a…'];
const running = [...withShim, '    node server.js'];

export function callPath(liveRestore: boolean): CallStep[] {
  const steps: CallStep[] = [
    {
      id: 'cli-create',
      from: 'cli',
      to: 'dockerd',
      via: 'POST /v1.47/containers/create · unix:///var/run/docker.sock',
      tree: [...daemons, '  docker run …'],
      containerUp: false,
    },
    {
      id: 'dockerd-create',
      from: 'dockerd',
      to: 'dockerd',
      via: 'overlay2: lowerdir + upperdir · 201 Created {"Id":"3f2a…"}',
      tree: [...daemons, '  docker run …'],
      containerUp: false,
    },
    { id: 'cli-start', from: 'cli', to: 'dockerd', via: 'POST /v1.47/containers/3f2a…/start', tree: [...daemons, '  docker run …'], containerUp: false },
    {
      id: 'containerd-task',
      from: 'dockerd',
      to: 'containerd',
      via: 'gRPC /run/containerd/containerd.sock · containers.Create · tasks.Create (config.json + rootfs)',
      tree: daemons,
      containerUp: false,
    },
    { id: 'shim-start', from: 'containerd', to: 'shim', via: 'containerd-shim-runc-v2 -namespace moby -id 3f2a… start', tree: withShim, containerUp: false },
    {
      id: 'runc-create',
      from: 'shim',
      to: 'runc',
      via: 'runc create --bundle … · clone(NEWPID|NEWNS|NEWNET|NEWUTS|NEWIPC) · cgroups · pivot_root',
      tree: [...withShim, '    runc create', '      runc init'],
      containerUp: false,
    },
    {
      id: 'runc-start',
      from: 'shim',
      to: 'runc',
      via: 'runc start · execve("node", ["node","server.js"]) · exit(runc)',
      tree: [...withShim, '    runc init → execve("node", ["node","server.js"])'],
      containerUp: true,
    },
    { id: 'running', from: 'shim', to: 'process', via: 'waitpid() · stdio → json-file log', tree: running, containerUp: true },
    {
      id: 'dockerd-stop',
      from: 'dockerd',
      to: liveRestore ? 'dockerd' : 'process',
      via: liveRestore ? 'systemctl restart docker · "live-restore": true' : 'systemctl restart docker · SIGTERM → SIGKILL (10 s)',
      tree: liveRestore ? running : [...withShim, '    node server.js   ← SIGTERM'],
      containerUp: true,
    },
    {
      id: 'dockerd-down',
      from: 'dockerd',
      to: 'dockerd',
      via: 'docker ps → Cannot connect to the Docker daemon at unix:///var/run/docker.sock',
      tree: liveRestore
        ? ['systemd', '  containerd', '  containerd-shim-runc-v2 -namespace moby -id 3f2a…', '    node server.js']
        : ['systemd', '  containerd'],
      containerUp: liveRestore,
    },
    {
      id: 'dockerd-back',
      from: 'dockerd',
      to: 'containerd',
      via: liveRestore ? 'dockerd → containerd: restore · docker ps → Up' : 'docker ps -a → Exited (137)',
      tree: liveRestore ? running : daemons,
      containerUp: liveRestore,
    },
  ];
  if (liveRestore)
    steps.push({
      id: 'process-exit',
      from: 'process',
      to: 'shim',
      via: 'exit(0) → waitpid() · TaskExit → containerd → dockerd',
      tree: [...withShim],
      containerUp: false,
    });
  return steps;
}

export const ACTORS: readonly Actor[] = ['cli', 'dockerd', 'containerd', 'shim', 'runc', 'process'];
