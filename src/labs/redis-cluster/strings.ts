// Every user-facing word of the Redis Cluster view, in both UI languages (the app is Chinese
// first). The engine records events as data (core/events.ts); trace-text.ts words them. `S` and
// the preset tables answer in the UI language at the moment they are read (the route remounts the
// view on a language change).
import { liveStrings } from '../../ui/use-language.ts';
import type { PresetId } from './core/presets.ts';

export const zh = {
  title: 'Redis Cluster 实验',
  intro:
    'Redis Cluster 把 16384 个哈希槽分给几个主节点：键先算 CRC16(键) & 16383 得到槽，再看槽归谁。客户端缓存一张“槽 → 节点”的表，表旧了会收到 MOVED，迁移中的槽会收到 ASK；主节点挂了或被分区隔开，副本在 cluster-node-timeout 之后被选举上来。下面的每一行都来自按 Redis 源码（cluster.c）写的模型：选一个场景，按 ▶ 播放或 → 单步。',
  urlProblems: '链接里有参数不对，已用预设值代替：',
  presetLabel: '场景',
  paramsTitle: '参数',
  seed: '随机种子',
  seedHelp: '决定 PING 的时刻和选举延迟里的随机部分；同一个种子 = 同一条轨迹',
  nodeTimeout: '节点超时',
  nodeTimeoutHelp: '多久收不到 PONG 就标记 PFAIL（redis.conf 默认 15000 ms）',
  wait: '写后等待副本',
  waitOptions: { '0': '不等（只 SET）', '1': 'SET 后 WAIT 1 1000' } as Record<'0' | '1', string>,
  listJoin: '；',
  waitHelp: 'WAIT 1 1000：至少 1 个副本确认才算写成功，1 秒超时',
  ms: 'ms',

  calcTitle: '键 → 槽 计算器',
  calcLabel: '键',
  calcHelp: '按 UTF-8 字节计算；花括号里的非空部分（只看第一个 {）才参与哈希',
  calcBytes: (n: number) => `${n} 个字节（参与哈希的字节高亮）`,
  calcHashed: (tagged: boolean): string => (tagged ? '哈希标签：只对花括号里的字节做 CRC16' : '没有有效的哈希标签：整个键参与 CRC16'),
  calcSlot: '槽',
  calcOwner: '此刻的主节点',
  calcFormula: (crc: string, slot: number) => `CRC16 = ${crc}，& 16383 = ${slot}`,

  mapTitle: '槽分布',
  mapCaption: (ranges: number) => `16384 个槽按此刻的主节点着色（${ranges} 段）`,
  mapSlots: (n: number) => `${n} 个槽`,
  mapMigrating: (slot: number, from: string, to: string) => `槽 ${slot} 正从 ${from} 迁往 ${to}`,
  mapContested: (n: number) => `${n} 个槽同时被两个主节点认领（分区两边各认各的）`,
  mapStale: (client: string, n: number) => `${client} 的槽表里有 ${n} 个槽指向了错的节点`,
  mapFresh: (client: string) => `${client} 的槽表是最新的`,

  nodesTitle: '节点',
  nodeCols: { node: '节点', role: '角色', epoch: 'configEpoch', keys: '键数', offset: '复制偏移', state: '状态' },
  roleMaster: '主',
  roleReplica: (of: string) => `副本（跟随 ${of}）`,
  stateOk: '正常',
  stateDown: '已宕机',
  stateMinority: '少数派：拒绝请求',
  stateUncovered: '有槽无人负责：拒绝请求',
  sideMinority: '分区：少数派一侧',
  flags: (list: string) => `标记：${list}`,

  writesTitle: '写入的结局',
  writesCols: { key: '键', reply: '回复', wait: 'WAIT', told: '客户端以为', end: '结局' },
  writeTold: (ack: boolean): string => (ack ? '写成功了' : '没成功'),
  writeEnd: (w: { survived: boolean; reply: string }): string => (w.reply !== 'OK' ? '—' : w.survived ? '保留' : '丢失'),
  lostAcked: (n: number) => `${n} 个写入客户端收到了成功，最后却丢了`,
  lostNone: '没有“告诉客户端成功、最后却丢了”的写入',
  lostUnacked: (n: number) => `另有 ${n} 个写入在节点上执行了、但 WAIT 超时没算成功：它们也丢了，客户端知道它们没成功`,
  writesPending: '（播放到结尾看结局）',

  traceCaption: '轨迹：每个事件一行，最新的在上面',
  traceCols: { time: '时间', who: '谁', what: '事件', why: '原因' },
  stageTitle: '运行',
  noRows: '这个场景没有事件',
};

export const en: typeof zh = {
  title: 'Redis Cluster lab',
  intro:
    'Redis Cluster splits 16384 hash slots among a few masters: a key’s slot is CRC16(key) & 16383, and the slot’s owner serves it. A client caches a “slot → node” map; a stale map earns a MOVED, a slot being migrated an ASK; when a master dies or is cut off, a replica is elected after cluster-node-timeout. Every row below comes from a model written after Redis’s source (cluster.c): pick a scenario and press ▶ to play or → to step.',
  urlProblems: 'Some values in the link are wrong; the preset’s values are used instead:',
  presetLabel: 'Scenario',
  paramsTitle: 'Parameters',
  seed: 'Random seed',
  seedHelp: 'Sets when PINGs go out and the random part of the election delay; same seed = same trace',
  nodeTimeout: 'Node timeout',
  nodeTimeoutHelp: 'How long without a PONG before PFAIL (redis.conf default 15000 ms)',
  wait: 'Wait for replicas after a write',
  waitOptions: { '0': 'No (SET only)', '1': 'WAIT 1 1000 after SET' },
  listJoin: '; ',
  waitHelp: 'WAIT 1 1000: a write counts only once at least 1 replica confirms it, 1 s timeout',
  ms: 'ms',

  calcTitle: 'Key → slot calculator',
  calcLabel: 'Key',
  calcHelp: 'Computed on UTF-8 bytes; only the non-empty part inside braces (after the first {) is hashed',
  calcBytes: (n: number) => `${n} byte(s) (the hashed ones highlighted)`,
  calcHashed: (tagged: boolean) => (tagged ? 'Hash tag: only the bytes inside the braces go into CRC16' : 'No valid hash tag: the whole key goes into CRC16'),
  calcSlot: 'Slot',
  calcOwner: 'Master at this moment',
  calcFormula: (crc: string, slot: number) => `CRC16 = ${crc}, & 16383 = ${slot}`,

  mapTitle: 'Slot map',
  mapCaption: (ranges: number) => `16384 slots coloured by their master at this moment (${ranges} ranges)`,
  mapSlots: (n: number) => `${n} slots`,
  mapMigrating: (slot: number, from: string, to: string) => `Slot ${slot} is moving from ${from} to ${to}`,
  mapContested: (n: number) => `${n} slots are claimed by two masters at once (each side of the partition claims its own)`,
  mapStale: (client: string, n: number) => `${client}’s slot map points ${n} slots at the wrong node`,
  mapFresh: (client: string) => `${client}’s slot map is up to date`,

  nodesTitle: 'Nodes',
  nodeCols: { node: 'Node', role: 'Role', epoch: 'configEpoch', keys: 'Keys', offset: 'Repl. offset', state: 'State' },
  roleMaster: 'master',
  roleReplica: (of: string) => `replica (of ${of})`,
  stateOk: 'ok',
  stateDown: 'down',
  stateMinority: 'minority: refuses requests',
  stateUncovered: 'slots uncovered: refuses requests',
  sideMinority: 'partition: minority side',
  flags: (list: string) => `flags: ${list}`,

  writesTitle: 'What became of the writes',
  writesCols: { key: 'Key', reply: 'Reply', wait: 'WAIT', told: 'Client believes', end: 'Outcome' },
  writeTold: (ack: boolean) => (ack ? 'written' : 'not written'),
  writeEnd: (w: { survived: boolean; reply: string }) => (w.reply !== 'OK' ? '—' : w.survived ? 'kept' : 'lost'),
  lostAcked: (n: number) => `${n} write(s) the client was told succeeded were lost in the end`,
  lostNone: 'No write was reported as successful and then lost',
  lostUnacked: (n: number) => `Another ${n} write(s) ran on the node but WAIT timed out: they were lost too, and the client knew they had not succeeded`,
  writesPending: '(play to the end to see the outcome)',

  traceCaption: 'Trace: one row per event, newest on top',
  traceCols: { time: 'Time', who: 'Who', what: 'Event', why: 'Why' },
  stageTitle: 'Run',
  noRows: 'This scenario has no events',
};

export const S = liveStrings({ zh, en });

const presetTitlesZh: Record<PresetId, string> = {
  keyslot: '键 → 槽：普通键和哈希标签',
  moved: 'MOVED：客户端的槽表过期了',
  'ask-resharding': 'ASK：迁移中的槽（resharding）',
  crossslot: 'CROSSSLOT：多键命令跨槽',
  failover: '故障转移：主节点宕机，副本被选上来',
  'partition-lost-writes': '分区：少数派主节点确认过的写入丢了',
};

const presetExplanationsZh: Record<PresetId, string> = {
  keyslot:
    '客户端依次写几个键，看每个键落在哪个槽、哪个节点。{user1000}.following 和 {user1000}.followers 只对 user1000 做哈希，所以同槽；foo{}{bar} 的花括号是空的，整个键参与哈希；foo{{bar}}zap 从第一个 { 到它后面第一个 } 之间是 “{bar”。',
  moved:
    '新主节点 7006 加入后从每个主节点各拿走约 1365 个槽，客户端的槽表还是旧的。第一次请求收到 -MOVED，客户端只改那一个槽，下一个键又被 MOVED；用 CLUSTER SLOTS 整表刷新后才一次到位。',
  'ask-resharding':
    '把槽 3443（{user1000}）从 7000 迁到 7001：先在目标设 IMPORTING、在源设 MIGRATING，再分批 MIGRATE。还在源上的键直接返回；已搬走的键返回 -ASK，客户端先发 ASKING 再发命令，且不改槽表；不发 ASKING 直接找目标会被 MOVED 回源。SETSLOT NODE 之后，找源的请求都被 MOVED。',
  crossslot: 'MGET 的键必须在同一个槽：不同槽直接 -CROSSSLOT，哪怕两个槽在同一个节点上。用同一个哈希标签 {user1000} 把相关的键放进同一个槽。',
  failover:
    '7001 宕机。其他节点在 cluster-node-timeout 之后标记 PFAIL，多数主节点同意后标记 FAIL；它的两个副本按复制偏移排名，各自等 500 ms + 随机 0–499 ms + 排名 × 1000 ms 再拉票，先拿到多数主节点投票的当选，configEpoch 变大，客户端刷新槽表后被引到新主节点。',
  'partition-lost-writes':
    '网络分区把 7000 和客户端隔在少数派一侧。7000 在 cluster-node-timeout 之内照常确认写入，之后发现自己是少数派才拒绝；同时多数派把它的副本 7003 选为新主。分区恢复时 7000 的 configEpoch 更小，变成 7003 的副本并全量同步，分区期间确认过的写入全部丢失。把“写后等待副本”改成 WAIT 1 对比：这些写入会因 WAIT 超时而不被当作成功。这就是 Redis Cluster 既不是 CP、也不是严格 AP 的样子：它选的是性能和简单（异步复制）。',
};

const presetTitlesEn: Record<PresetId, string> = {
  keyslot: 'Key → slot: plain keys and hash tags',
  moved: 'MOVED: the client’s slot map is stale',
  'ask-resharding': 'ASK: a slot being migrated (resharding)',
  crossslot: 'CROSSSLOT: a multi-key command across slots',
  failover: 'Failover: a master dies, a replica is elected',
  'partition-lost-writes': 'Partition: a minority master’s acknowledged writes are lost',
};

const presetExplanationsEn: Record<PresetId, string> = {
  keyslot:
    'The client writes a few keys; see each key’s slot and node. {user1000}.following and {user1000}.followers hash only user1000, so they share a slot; foo{}{bar} has empty braces, so the whole key is hashed; in foo{{bar}}zap the tag runs from the first { to the first } after it: “{bar”.',
  moved:
    'A new master 7006 joined and took about 1365 slots from each master, but the client’s slot map is the old one. The first request gets -MOVED and the client fixes that one slot, so the next key is MOVED again; only a full refresh with CLUSTER SLOTS gets everything right at once.',
  'ask-resharding':
    'Slot 3443 ({user1000}) moves from 7000 to 7001: IMPORTING on the target, MIGRATING on the source, then MIGRATE in batches. Keys still on the source are served there; keys already moved get -ASK, and the client sends ASKING and then the command, without changing its map; going to the target without ASKING is MOVED back to the source. After SETSLOT NODE, requests to the source are MOVED.',
  crossslot:
    'MGET’s keys must be in one slot: different slots get -CROSSSLOT at once, even when both slots are on the same node. A shared hash tag {user1000} puts related keys in one slot.',
  failover:
    '7001 goes down. After cluster-node-timeout the others flag it PFAIL, and FAIL once a majority of masters agree; its two replicas rank by replication offset, each waits 500 ms + random 0–499 ms + rank × 1000 ms before asking for votes, and the first with votes from a majority of masters wins: configEpoch grows, and clients that refresh their map are sent to the new master.',
  'partition-lost-writes':
    'A partition isolates 7000 and the client on the minority side. Within cluster-node-timeout 7000 keeps acknowledging writes, and refuses them only once it sees it is in the minority; meanwhile the majority elects its replica 7003. When the partition heals, 7000 has the smaller configEpoch, becomes 7003’s replica and resyncs in full: every write it acknowledged during the partition is lost. Switch “wait for replicas” to WAIT 1 to compare: those writes time out in WAIT instead of counting as done. This is Redis Cluster being neither CP nor strictly AP: it chose performance and simplicity (asynchronous replication).',
};

export const presetTitles = liveStrings({ zh: presetTitlesZh, en: presetTitlesEn });
export const presetExplanations = liveStrings({ zh: presetExplanationsZh, en: presetExplanationsEn });
