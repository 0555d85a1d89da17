// What readLimitReqConf says about a config, in Chinese and English. Each message ends with nginx's
// own wording (as `nginx -t` prints it) so the user can search for it.
export type Language = 'zh' | 'en';

const zh = {
  zoneArgs: 'limit_req_zone 需要一个 key 和 zone=、rate= 参数（invalid number of arguments）',
  zoneNoSize: (p: string) => `zone 缺少大小，应写成 zone=名字:10m（invalid zone size "${p}"）`,
  zoneBadSize: (p: string) => `zone 大小写错了（invalid zone size "${p}"）`,
  zoneSmall: (p: string) => `zone 至少要 32k（zone "${p}" is too small）`,
  badRate: (p: string) => `rate 必须是正整数加 r/s 或 r/m，例如 rate=10r/s（invalid rate "${p}"）`,
  zoneParam: (p: string) => `limit_req_zone 不认识这个参数（invalid parameter "${p}"）`,
  zoneNeedsZone: 'limit_req_zone 必须有 zone= 参数（"limit_req_zone" must have "zone" parameter）',
  limitArgs: 'limit_req 后面最多三个参数：zone=、burst=、nodelay 或 delay=（invalid number of arguments in "limit_req" directive）',
  badBurst: (p: string) => `burst 必须是正整数；不写 burst 就是 0（invalid burst value "${p}"）`,
  badDelay: (p: string) => `delay 必须是正整数（invalid delay value "${p}"）`,
  limitParam: (p: string) => `limit_req 不认识这个参数（invalid parameter "${p}"）`,
  limitNeedsZone: 'limit_req 必须有 zone= 参数（"limit_req" must have "zone" parameter）',
  block: (name: string) => `${name} 块里的内容照样读取，块本身不模拟`,
  zoneTwice: (zone: string) => `zone "${zone}" 已经定义过了（is already bound to key）`,
  badStatus: 'limit_req_status 必须是 400–599 之间的状态码（value must be between 400 and 599）',
  badLogLevel: 'limit_req_log_level 只能是 info、notice、warn 或 error',
  logLevelIgnored: 'limit_req_log_level 只影响 error log 的级别，不影响放行或拒绝',
  dryRunOn: '本实验不模拟 limit_req_dry_run on（只记录、不拒绝）；去掉这一行或写 off',
  badDryRun: 'limit_req_dry_run 只能是 on 或 off',
  unrelated: (name: string) => `${name} 与限流无关，已忽略`,
  unknown: (name: string) => `未知指令 "${name}"（unknown directive）`,
  noZone: (zone: string) => `没有名为 "${zone}" 的 limit_req_zone（zero size shared memory zone "${zone}"）`,
  twoLimits: '本实验只模拟一条 limit_req（一个 zone、一个客户端）；多条 limit_req 时 nginx 对每条都检查，取最严的结果',
  noLimit: '没有找到 limit_req 指令：至少需要一行 limit_req_zone 和一行 limit_req',
};

const en: typeof zh = {
  zoneArgs: 'limit_req_zone needs a key and the zone= and rate= parameters (invalid number of arguments)',
  zoneNoSize: (p: string) => `zone needs a size, as in zone=name:10m (invalid zone size "${p}")`,
  zoneBadSize: (p: string) => `the zone size is malformed (invalid zone size "${p}")`,
  zoneSmall: (p: string) => `a zone needs at least 32k (zone "${p}" is too small)`,
  badRate: (p: string) => `rate must be a positive whole number with r/s or r/m, e.g. rate=10r/s (invalid rate "${p}")`,
  zoneParam: (p: string) => `limit_req_zone does not know this parameter (invalid parameter "${p}")`,
  zoneNeedsZone: 'limit_req_zone needs a zone= parameter ("limit_req_zone" must have "zone" parameter)',
  limitArgs: 'limit_req takes at most three parameters: zone=, burst=, nodelay or delay= (invalid number of arguments in "limit_req" directive)',
  badBurst: (p: string) => `burst must be a positive whole number; leave it out for 0 (invalid burst value "${p}")`,
  badDelay: (p: string) => `delay must be a positive whole number (invalid delay value "${p}")`,
  limitParam: (p: string) => `limit_req does not know this parameter (invalid parameter "${p}")`,
  limitNeedsZone: 'limit_req needs a zone= parameter ("limit_req" must have "zone" parameter)',
  block: (name: string) => `the ${name} block's contents are read, the block itself is not modelled`,
  zoneTwice: (zone: string) => `zone "${zone}" is defined twice (is already bound to key)`,
  badStatus: 'limit_req_status must be a status code from 400 to 599 (value must be between 400 and 599)',
  badLogLevel: 'limit_req_log_level must be info, notice, warn or error',
  logLevelIgnored: 'limit_req_log_level only sets the error log level; it does not change what is admitted or rejected',
  dryRunOn: 'the lab does not model limit_req_dry_run on (log only, never reject); remove the line or write off',
  badDryRun: 'limit_req_dry_run must be on or off',
  unrelated: (name: string) => `${name} has nothing to do with rate limiting; ignored`,
  unknown: (name: string) => `unknown directive "${name}"`,
  noZone: (zone: string) => `there is no limit_req_zone named "${zone}" (zero size shared memory zone "${zone}")`,
  twoLimits: 'the lab models a single limit_req (one zone, one client); with several, nginx checks each and the strictest wins',
  noLimit: 'no limit_req directive found: you need at least one limit_req_zone line and one limit_req line',
};

export type LimitReqMessages = typeof zh;
export const limitReqMessages = (language: Language): LimitReqMessages => (language === 'en' ? en : zh);
