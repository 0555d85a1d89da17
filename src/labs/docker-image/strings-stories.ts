// The longer texts of the Docker image lab, in both UI languages: each situation's story and each
// hop of the docker run call path. strings.ts picks them with the rest.
import type { CallStepId } from './core/call-path.ts';
import type { PresetId } from './core/presets.ts';

type PresetText = Readonly<Record<PresetId, { readonly title: string; readonly explanation: string }>>;

export const zhPresets: PresetText = {
  'node-app-copy-all-first': {
    title: 'Node 应用：先 COPY . 再 npm ci',
    explanation:
      '常见的第一版 Dockerfile：先把整个目录 COPY 进去再 npm ci。第一次构建后只改了 server.js 一行，COPY . . 的文件校验和变了，它和之后的每一步都要重做，npm ci 也重新装一遍依赖。',
  },
  'node-app-deps-first': {
    title: 'Node 应用：先 COPY package*.json、npm ci，再 COPY .',
    explanation:
      '推荐的顺序：先只 COPY package.json 和 package-lock.json，npm ci，再 COPY 其余源码。同样只改 server.js，依赖那两层仍然命中缓存，只有 COPY . . 之后的步骤重做。',
  },
  'go-multi-stage': {
    title: 'Go 多阶段构建：golang → distroless/static',
    explanation:
      'builder 阶段用约 820 MB 的 golang:1.23 下载模块、编译；最终阶段只把 /out/server 用 COPY --from=builder 拷进约 2 MB 的 distroless/static。改了 main.go：go mod download 仍命中缓存，go build 和最终阶段的 COPY --from 重做。最终镜像里没有 builder 的任何一层。',
  },
  'python-slim': {
    title: 'Python slim：apt 和 pip 的体积',
    explanation:
      'python:3.12-slim 上用同一个 RUN 做 apt-get update、安装、rm -rf /var/lib/apt/lists/*，索引不留在层里；pip 用 --no-cache-dir。这次改的是 requirements.txt：从 COPY requirements.txt 起的每一步都重做。',
  },
  'overlay-write-delete': {
    title: '运行中的容器：写文件、删文件',
    explanation:
      '镜像的层是只读的 lowerdir，容器的改动都进 upperdir。改 server.js 先把整个文件复制上来（copy-up）；给 118 MB 的 node 追加 1 个字节也要复制 118 MB；删掉镜像里的文件只是放一个 whiteout；删掉目录再建同名目录，它就是 opaque 的。',
  },
  'commit-save-export': {
    title: 'docker commit / save / export 各产出什么',
    explanation:
      '同一个运行中的容器（改了 server.js、写了 /tmp/sessions.db、删了 README.md 和 public/）：commit 在镜像上加一层、保留历史和 CMD；save 打包的是镜像的所有层和历史，不含容器的改动；export 打出容器合并后的文件系统，只有一层，历史和 CMD/ENV 都没了。',
  },
  'docker-run-call-path': {
    title: 'docker run 的调用链与 dockerd 重启',
    explanation:
      'docker CLI 通过 /var/run/docker.sock 调 dockerd 的 REST API，dockerd 经 gRPC 交给 containerd，containerd 起一个 containerd-shim-runc-v2，shim 调 runc 建 namespaces 和 cgroups 并 exec 进程，然后 runc 退出，容器进程的父进程是 shim。最后重启 dockerd：开了 live-restore，容器照常运行。',
  },
};

export const enPresets: PresetText = {
  'node-app-copy-all-first': {
    title: 'Node app: COPY . before npm ci',
    explanation:
      'A typical first Dockerfile: copy the whole directory, then npm ci. After the first build one line of server.js changed: the checksum of COPY . . changes, so it and every later step rebuild, and npm ci installs the dependencies again.',
  },
  'node-app-deps-first': {
    title: 'Node app: COPY package*.json, npm ci, then COPY .',
    explanation:
      'The recommended order: copy only package.json and package-lock.json, npm ci, then copy the rest. With the same server.js edit the two dependency layers are cache hits; only COPY . . and what follows rebuild.',
  },
  'go-multi-stage': {
    title: 'Go multi-stage: golang → distroless/static',
    explanation:
      'The builder stage downloads modules and compiles in golang:1.23 (about 820 MB); the final stage copies only /out/server with COPY --from=builder into distroless/static (about 2 MB). main.go changed: go mod download is still cached, go build and the final COPY --from rebuild. No builder layer ends up in the final image.',
  },
  'python-slim': {
    title: 'Python slim: what apt and pip weigh',
    explanation:
      'On python:3.12-slim, apt-get update, install and rm -rf /var/lib/apt/lists/* run in ONE RUN so the lists never reach a layer; pip runs with --no-cache-dir. This time requirements.txt changed: every step from COPY requirements.txt on rebuilds.',
  },
  'overlay-write-delete': {
    title: 'A running container writes and deletes files',
    explanation:
      'The image layers are the read-only lowerdir; every change of the container goes to upperdir. Editing server.js first copies the whole file up; appending 1 byte to the 118 MB node binary copies 118 MB; deleting an image file only leaves a whiteout; a directory deleted and created again is opaque.',
  },
  'commit-save-export': {
    title: 'What docker commit / save / export produce',
    explanation:
      "One running container (server.js edited, /tmp/sessions.db written, README.md and public/ deleted): commit adds one layer on the image and keeps history and CMD; save packs the image's layers and history, without the container's changes; export writes the container's merged filesystem as one layer, with no history and no CMD/ENV.",
  },
  'docker-run-call-path': {
    title: 'docker run, hop by hop, and a dockerd restart',
    explanation:
      "The docker CLI calls dockerd's REST API on /var/run/docker.sock; dockerd hands over to containerd by gRPC; containerd starts a containerd-shim-runc-v2; the shim runs runc, which sets up namespaces and cgroups, execs the process and exits, leaving the shim as the process's parent. Then dockerd restarts: with live-restore the container keeps running.",
  },
};

type CallText = Readonly<Record<CallStepId, string>>;
export const zhCall: CallText = {
  'cli-create': 'docker CLI 把 docker run 拆成两个 API 调用，先创建容器：HTTP 请求走 unix socket /var/run/docker.sock。',
  'dockerd-create': 'dockerd 找到镜像（没有就先拉取），用 overlay2 准备好可写层：镜像的层做 lowerdir，新建空的 upperdir；返回容器 ID。',
  'cli-start': 'CLI 再调 start。',
  'containerd-task': 'dockerd 不自己起进程：它经 gRPC 让 containerd 创建 container 和 task，交给它一个 OCI bundle（config.json + rootfs）。',
  'shim-start': 'containerd 为这个容器启动一个 containerd-shim-runc-v2。shim 脱离 containerd 自己运行，所以 containerd 重启也不影响容器。',
  'runc-create': 'shim 调 runc create：runc 按 config.json 建 namespaces、写 cgroup、pivot_root 到合并后的 rootfs，runc init 在那里等着。',
  'runc-start': 'runc start：runc init execve 成容器的 CMD（node server.js），runc 自己退出。',
  running: '容器在跑。它的父进程是 shim（不是 dockerd，也不是 containerd）：shim 持有 stdio、等它退出。',
  'dockerd-stop':
    'systemctl restart docker。没开 live-restore 时，dockerd 退出前先停掉每个容器：发 SIGTERM，10 秒后 SIGKILL（node 做 PID 1 又没装 SIGTERM 处理函数时收不到 SIGTERM，只能等 SIGKILL：退出码 137）；开了 live-restore，dockerd 自己退出，容器不动。',
  'dockerd-down': 'dockerd 不在了：API 不可用。',
  'dockerd-back': 'dockerd 重新启动。',
  'process-exit': '进程退出：shim 收到退出码（waitpid），通过 containerd 的 TaskExit 事件告诉 dockerd。',
};
export const enCall: CallText = {
  'cli-create': 'The docker CLI turns docker run into two API calls, create first: HTTP over the unix socket /var/run/docker.sock.',
  'dockerd-create':
    'dockerd finds the image (pulling it if missing) and prepares the writable layer with overlay2: the image layers as lowerdir, a new empty upperdir; it returns the container ID.',
  'cli-start': 'The CLI then calls start.',
  'containerd-task':
    'dockerd does not start processes itself: by gRPC it asks containerd to create the container and its task, handing over an OCI bundle (config.json + rootfs).',
  'shim-start':
    'containerd starts one containerd-shim-runc-v2 for the container. The shim runs on its own, so a containerd restart does not touch the container.',
  'runc-create':
    'The shim runs runc create: from config.json runc makes the namespaces, writes the cgroup, pivot_roots into the merged rootfs; runc init waits there.',
  'runc-start': "runc start: runc init execve()s the container's CMD (node server.js) and runc itself exits.",
  running: 'The container runs. Its parent is the shim (not dockerd, not containerd): the shim holds its stdio and waits for it to exit.',
  'dockerd-stop':
    'systemctl restart docker. Without live-restore dockerd stops every container before it exits: SIGTERM, then SIGKILL after 10 s (node as PID 1 with no SIGTERM handler never sees the SIGTERM and waits for the SIGKILL: exit code 137); with live-restore dockerd just exits and leaves them running.',
  'dockerd-down': 'dockerd is gone: the API is down.',
  'dockerd-back': 'dockerd starts again.',
  'process-exit': "The process exits: the shim collects the exit status (waitpid) and reports it as containerd's TaskExit event to dockerd.",
};
