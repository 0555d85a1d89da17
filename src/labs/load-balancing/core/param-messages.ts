// Why a URL value (or an action in `actions=`) was refused, in both UI languages. Each message
// names the URL key, so a user can find it in the link. Pure: the view passes the language.
export type Lang = 'zh' | 'en';

const zh = {
  range: (name: string, min: number, max: number, int: boolean) => `${name} 必须是 ${min}–${max} 之间的${int ? '整数' : '数'}`,
  preset: (raw: string) => `没有名为 ${raw} 的预设`,
  algo: (ids: readonly string[]) => `algo 只能是 ${ids.join('、')} 之一`,
  compare: (n: number) => `compare 必须是 2–${n} 个不重复的算法，用逗号分隔`,
  weights: (n: number) => `weights 必须是 1–${n} 个 1–100 之间的整数，用逗号分隔`,
  latency: 'latency 必须是 0.1–60000 之间的数（毫秒），用逗号分隔',
  down: (n: number) => `down 必须是 1–${n} 之间的服务器编号，用逗号分隔`,
  backup: (n: number) => `backup 必须是 1–${n} 之间的服务器编号，用逗号分隔，且至少留一台不是 backup`,
  names: (n: number) => `names 必须是 ${n} 个互不相同的地址（host:port），用逗号分隔，和 weights 一一对应`,
  limits: (n: number) => `limits 必须是 ${n} 组 max_fails:fail_timeout:max_conns，用逗号分隔`,
  tooMany: (max: number, now: number, traffic: string) => `rate × duration 最多 ${max} 个请求（traffic=${traffic} 时这组参数会发出最多 ${now} 个）`,
  ringTooBig: (key: string, max: number, weight: number, perWeight: number, points: number) =>
    `${key} 让哈希环太大：最多 ${max} 个点，现在是总权重 ${weight} × 每单位权重 ${perWeight} 个点 = ${points} 个`,
  traffic: (kinds: readonly string[]) => `traffic 只能是 ${kinds.join('、')} 之一`,
  key: 'key 只能是 key 或 uri',
  actionShape: '格式应为 毫秒.动作[.参数]',
  actionTime: (max: number) => `时间必须是 0–${max} 之间的整数毫秒`,
  actionServer: (kind: string, max: number) => `${kind} 后面要跟服务器编号（1–${max}）`,
  actionWeight: 'add 的权重必须是 1–100 之间的整数',
  actionSendArg: 'send 不带参数',
  actionKind: '动作只能是 down、up、remove、add、send',
  actionsTooMany: (max: number) => `actions 最多 ${max} 项`,
  actionItem: (i: number, item: string, why: string) => `actions 第 ${i} 项“${item}”不对：${why}`,
};

const en: typeof zh = {
  range: (name, min, max, int) => `${name} must be ${int ? 'a whole number' : 'a number'} from ${min} to ${max}`,
  preset: (raw) => `there is no preset called ${raw}`,
  algo: (ids) => `algo must be one of ${ids.join(', ')}`,
  compare: (n) => `compare must list 2–${n} distinct algorithms, comma-separated`,
  weights: (n) => `weights must be 1–${n} whole numbers from 1 to 100, comma-separated`,
  latency: 'latency must be numbers from 0.1 to 60000 (ms), comma-separated',
  down: (n) => `down must be server numbers from 1 to ${n}, comma-separated`,
  backup: (n) => `backup must be server numbers from 1 to ${n}, comma-separated, leaving at least one server that is not a backup`,
  names: (n) => `names must be ${n} distinct addresses (host:port), comma-separated, one per weight`,
  limits: (n) => `limits must be ${n} entries of max_fails:fail_timeout:max_conns, comma-separated`,
  tooMany: (max, now, traffic) => `rate × duration allows at most ${max} requests (with traffic=${traffic} this sends up to ${now})`,
  ringTooBig: (key, max, weight, perWeight, points) =>
    `${key} makes the hash ring too big: at most ${max} points, this is a total weight of ${weight} × ${perWeight} points per unit of weight = ${points}`,
  traffic: (kinds) => `traffic must be one of ${kinds.join(', ')}`,
  key: 'key must be key or uri',
  actionShape: 'expected ms.action[.argument]',
  actionTime: (max) => `the time must be a whole number of ms from 0 to ${max}`,
  actionServer: (kind, max) => `${kind} needs a server number (1–${max})`,
  actionWeight: 'the weight of add must be a whole number from 1 to 100',
  actionSendArg: 'send takes no argument',
  actionKind: 'the action must be down, up, remove, add or send',
  actionsTooMany: (max) => `actions allows at most ${max} items`,
  actionItem: (i, item, why) => `actions item ${i} "${item}" is invalid: ${why}`,
};

export const PARAM_MESSAGES: Readonly<Record<Lang, typeof zh>> = { zh, en };
