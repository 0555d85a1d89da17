// A snapshot of a busy application host, as text files: /proc/loadavg and /proc/meminfo in the
// kernel's formats (proc(5)), and the output of `ps aux` (procps-ng columns USER PID %CPU %MEM VSZ
// RSS TTY STAT START TIME COMMAND; VSZ and RSS in KiB), saved to a file because a browser has no
// processes to list. RSS values are distinct, so "sort by memory" has one order on every sort.
import { type Random, createRandom, randomInt } from '../../kernel/random.ts';

const MEM_TOTAL_KB = 16_303_452;

interface Proc {
  readonly user: string;
  readonly command: string;
  readonly rssMb: number;
  readonly cpu: number;
}

const PROCESSES: readonly Proc[] = [
  { user: 'root', command: '/sbin/init', rssMb: 12, cpu: 0 },
  { user: 'root', command: '/lib/systemd/systemd-journald', rssMb: 64, cpu: 0.1 },
  { user: 'root', command: '/usr/sbin/sshd -D', rssMb: 8, cpu: 0 },
  { user: 'root', command: '/usr/bin/containerd', rssMb: 58, cpu: 0.4 },
  { user: 'root', command: '/usr/bin/dockerd -H fd://', rssMb: 96, cpu: 0.6 },
  { user: 'root', command: '/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml', rssMb: 120, cpu: 1.8 },
  { user: 'root', command: 'nginx: master process /usr/sbin/nginx', rssMb: 6, cpu: 0 },
  { user: 'www-data', command: 'nginx: worker process', rssMb: 18, cpu: 2.1 },
  { user: 'www-data', command: 'nginx: worker process', rssMb: 19, cpu: 1.9 },
  { user: 'app', command: 'java -Xms2g -Xmx4g -jar /opt/order-service/order-service.jar', rssMb: 3900, cpu: 87.5 },
  { user: 'app', command: 'java -Xmx1g -jar /opt/user-service/user-service.jar', rssMb: 1100, cpu: 12.3 },
  { user: 'app', command: 'node /opt/web/server.js', rssMb: 420, cpu: 6.2 },
  { user: 'app', command: 'python3 -m celery -A tasks worker', rssMb: 310, cpu: 3.4 },
  { user: 'redis', command: '/usr/bin/redis-server 127.0.0.1:6379', rssMb: 780, cpu: 4.7 },
  { user: 'mysql', command: '/usr/sbin/mysqld', rssMb: 2400, cpu: 22.8 },
  { user: 'postgres', command: '/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main', rssMb: 150, cpu: 0.9 },
  { user: 'postgres', command: 'postgres: checkpointer', rssMb: 40, cpu: 0 },
  { user: 'root', command: '/usr/bin/prometheus-node-exporter', rssMb: 24, cpu: 0.3 },
  { user: 'root', command: 'cron -f', rssMb: 3, cpu: 0 },
  { user: 'ops', command: '-bash', rssMb: 5, cpu: 0 },
];

function row(random: Random, proc: Proc, pid: number): string {
  const rss = proc.rssMb * 1024 + randomInt(random, 1000);
  const vsz = rss + 200_000 + randomInt(random, 2_000_000);
  const mem = ((100 * rss) / MEM_TOTAL_KB).toFixed(1);
  const minutes = Math.floor(proc.cpu * 3 + randomInt(random, 5));
  const time = `${minutes}:${String(randomInt(random, 60)).padStart(2, '0')}`;
  const stat = proc.cpu > 5 ? 'Sl' : 'Ss';
  return `${proc.user.padEnd(8)} ${String(pid).padStart(7)} ${proc.cpu.toFixed(1).padStart(4)} ${mem.padStart(4)} ${String(vsz).padStart(8)} ${String(rss).padStart(7)} ?        ${stat.padEnd(4)} 09:00 ${time.padStart(6)} ${proc.command}`;
}

export function psAux(seed: number): string {
  const random = createRandom(seed ^ 0x9505);
  const header = 'USER         PID %CPU %MEM      VSZ     RSS TTY      STAT START   TIME COMMAND';
  let pid = 1;
  const rows = PROCESSES.map((proc) => {
    const r = row(random, proc, pid);
    pid += 1 + randomInt(random, 900);
    return r;
  });
  return `${[header, ...rows].join('\n')}\n`;
}

export function loadavg(seed: number): string {
  const random = createRandom(seed ^ 0x10ad);
  const one = 3 + random() * 2;
  return `${one.toFixed(2)} ${(one * 0.8).toFixed(2)} ${(one * 0.55).toFixed(2)} ${2 + randomInt(random, 6)}/1289 ${40_000 + randomInt(random, 9000)}\n`;
}

export function meminfo(seed: number): string {
  const random = createRandom(seed ^ 0x3e3);
  const free = 300_000 + randomInt(random, 200_000);
  const available = free + 900_000 + randomInt(random, 300_000);
  const rows: [string, number][] = [
    ['MemTotal', MEM_TOTAL_KB],
    ['MemFree', free],
    ['MemAvailable', available],
    ['Buffers', 180_000 + randomInt(random, 9000)],
    ['Cached', 1_900_000 + randomInt(random, 90_000)],
    ['SwapCached', 0],
    ['Active', 11_800_000 + randomInt(random, 90_000)],
    ['Inactive', 2_700_000 + randomInt(random, 90_000)],
    ['SwapTotal', 0],
    ['SwapFree', 0],
    ['Dirty', 1200 + randomInt(random, 900)],
  ];
  return rows.map(([key, kb]) => `${`${key}:`.padEnd(16)}${String(kb).padStart(8)} kB`).join('\n') + '\n';
}
