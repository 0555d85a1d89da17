// The exercises' words: the picker's name, the question, and one explanation per stage of the
// reference pipeline (core/exercises.ts holds the pipelines; a test checks the counts match).
export interface ExerciseText {
  readonly name: string;
  readonly task: string;
  readonly stages: readonly string[];
}

type Texts = Readonly<Record<string, ExerciseText>>;

export const zh: Texts = {
  'top-10-ips': {
    name: '访问最多的 10 个 IP',
    task: 'access.log 是 nginx 的 combined 格式日志（末尾多一列 $request_time）。输出请求数最多的 10 个客户端 IP，每行“次数 IP”，次数从大到小。',
    stages: [
      '取每行第 1 个字段，也就是客户端地址 $remote_addr。',
      'uniq 只合并相邻的重复行，所以先排序让同一个 IP 挨在一起。',
      '合并相邻重复行，-c 在行首写出次数（GNU 补齐到 7 列）。',
      '-n 按行首的数字比较，-r 从大到小。',
      '默认取前 10 行。',
    ],
  },
  'unique-ips': {
    name: '有多少个不同的 IP',
    task: '统计 access.log 里一共出现过多少个不同的客户端 IP，只输出一个数字。',
    stages: ['取客户端地址。', 'sort -u 排序并去重，等于 sort | uniq。', '数行数；从标准输入读时只输出数字。'],
  },
  'status-per-hour': {
    name: '每小时的状态码分布',
    task: '按小时统计各个 HTTP 状态码出现的次数：每行“次数 小时 状态码”，按小时、再按状态码排序。',
    stages: [
      '$4 是 "[01/Mar/2024:09:00:00"，第 14、15 个字符是小时；$9 是状态码。逗号让 awk 用空格把两者隔开。',
      '排序让同一小时同一状态码的行相邻（小时在前，所以先按小时排）。',
      '数出每组的行数。',
    ],
  },
  'slowest-urls': {
    name: '平均最慢的 URL',
    task: '每行最后一列是 $request_time（秒）。按 URL（$7）算平均响应时间，输出最慢的 5 个：“平均秒数(3 位小数) 请求数 URL”。',
    stages: [
      'awk 用关联数组按 URL 累加时间和次数，END 里 printf 保留 3 位小数输出平均值、次数和 URL（for-in 的顺序不确定，所以后面要排序）。',
      '按平均值从大到小。',
      '取前 5 行。',
    ],
  },
  'errors-around-time': {
    name: '10:15 前后的报错',
    task: '10:15 收到告警。从 app.log 里找出 10:15 这一分钟内的每条 ERROR，连同它后面 3 行（异常和最上面的调用栈）一起输出。',
    stages: [
      '正则锚定行首的日期和 10:15 分钟，再要求级别是 ERROR；-A 3 带出匹配行之后的 3 行，不相连的组之间 grep 输出 "--"。也可以用 awk 的范围模式 /起/,/止/。',
    ],
  },
  'largest-files': {
    name: '占空间最大的文件',
    task: '磁盘快满了。列出 var/ 下最大的 5 个文件，每行“字节数 路径”，从大到小。',
    stages: [
      'find -type f 只找普通文件，-printf "%s %p\\n" 输出字节数和路径（GNU find 的扩展；也可以 -exec wc -c {} +，但会多一行 total）。',
      '按字节数从大到小。',
      '取前 5 个。',
    ],
  },
  'top-memory-processes': {
    name: '最占内存的进程',
    task: 'ps-aux.txt 是 ps aux 的输出。输出常驻内存（RSS，KiB）最大的 5 个进程：“RSS PID 命令名”。',
    stages: ['NR > 1 跳过表头；$6 是 RSS，$2 是 PID，$11 是命令的第一个词。', '按 RSS 数字从大到小。', '取前 5 个。'],
  },
};

export const en: Texts = {
  'top-10-ips': {
    name: 'Top 10 IPs',
    task: 'access.log is an nginx log in the combined format (plus $request_time at the end). Print the 10 client IPs with the most requests, one "count IP" per line, highest count first.',
    stages: [
      'Take the first field of each line: the client address, $remote_addr.',
      'uniq only merges adjacent duplicates, so sort first to put equal IPs together.',
      'Merge adjacent duplicates; -c writes the count in front (GNU pads it to 7 columns).',
      '-n compares the leading number, -r puts the largest first.',
      'Keep the first 10 lines (the default).',
    ],
  },
  'unique-ips': {
    name: 'Count unique IPs',
    task: 'How many distinct client IPs appear in access.log? Print just the number.',
    stages: [
      'Take the client address.',
      'sort -u sorts and drops duplicates, the same as sort | uniq.',
      'Count lines; reading standard input it prints only the number.',
    ],
  },
  'status-per-hour': {
    name: 'Status codes per hour',
    task: 'Count each HTTP status code per hour: one "count hour status" per line, ordered by hour, then status.',
    stages: [
      '$4 is "[01/Mar/2024:09:00:00"; characters 14–15 are the hour. $9 is the status. The comma makes awk separate them with a space.',
      'Sort so that lines with the same hour and status are adjacent (hour first, so hours come in order).',
      'Count each group.',
    ],
  },
  'slowest-urls': {
    name: 'Slowest URLs on average',
    task: 'The last field of each line is $request_time (seconds). Average it per URL ($7) and print the 5 slowest: "average (3 decimals) requests URL".',
    stages: [
      'awk sums time and count per URL in associative arrays; END prints average, count and URL with printf (for-in order is unspecified, hence the sort).',
      'Largest average first.',
      'Keep 5 lines.',
    ],
  },
  'errors-around-time': {
    name: 'Errors around 10:15',
    task: 'An alert fired at 10:15. From app.log, print every ERROR logged during the minute 10:15 together with the 3 lines after it (the exception and the top of the stack trace).',
    stages: [
      'The pattern anchors the date and the 10:15 minute at the start of the line and requires level ERROR; -A 3 adds the 3 lines after each match, and grep prints "--" between groups that are not adjacent. An awk range /from/,/to/ is another way.',
    ],
  },
  'largest-files': {
    name: 'Largest files',
    task: 'The disk is nearly full. List the 5 largest files under var/, one "bytes path" per line, largest first.',
    stages: [
      'find -type f finds regular files only; -printf "%s %p\\n" prints size in bytes and path (a GNU find extension; -exec wc -c {} + works too but adds a total line).',
      'Largest first.',
      'Keep 5.',
    ],
  },
  'top-memory-processes': {
    name: 'Processes using most memory',
    task: 'ps-aux.txt holds the output of ps aux. Print the 5 processes with the largest resident memory (RSS, KiB): "RSS PID command".',
    stages: ['NR > 1 skips the header; $6 is RSS, $2 is PID, $11 the first word of the command.', 'Largest RSS first.', 'Keep 5.'],
  },
};
