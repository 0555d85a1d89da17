// The sentences for the trace table and the legends, in both UI languages: why a server was
// picked, why a request was dropped, what an event did. Engines keep numbers; only this file
// speaks. The view passes its language (describe-live.ts); core code never reads the UI state.
import type { DropReason } from './engine-types.ts';
import type { UpstreamEvent } from './events.ts';
import type { AlgorithmId, PickWhy } from './types.ts';

export type Lang = 'zh' | 'en';

export const ALGORITHM_TITLES: Readonly<Record<Lang, Readonly<Record<AlgorithmId, string>>>> = {
  zh: {
    'round-robin': '轮询',
    swrr: '平滑加权轮询（nginx 默认）',
    random: '随机',
    'weighted-random': '加权随机（nginx random）',
    'least-conn': '最少连接（least_conn）',
    p2c: '两次随机选择（random two least_conn）',
    'peak-ewma': '最短响应时间（Peak EWMA）',
    'ip-hash': 'ip_hash',
    'hash-modulo': 'hash $key（取模）',
    'hash-consistent': 'hash $key consistent（ketama 一致性哈希）',
    ring: '一致性哈希环（虚拟节点）',
  },
  en: {
    'round-robin': 'Round-robin',
    swrr: 'Smooth weighted round-robin (nginx default)',
    random: 'Random',
    'weighted-random': 'Weighted random (nginx random)',
    'least-conn': 'Least connections (least_conn)',
    p2c: 'Power of two choices (random two least_conn)',
    'peak-ewma': 'Least response time (Peak EWMA)',
    'ip-hash': 'ip_hash',
    'hash-modulo': 'hash $key (modulo)',
    'hash-consistent': 'hash $key consistent (ketama consistent hashing)',
    ring: 'Consistent-hash ring (virtual nodes)',
  },
};

const list = (values: readonly number[]): string => values.join(', ');
const name = (ids: readonly string[], i: number): string => ids[i] ?? `#${i}`;
const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** One sentence for a pick; `ids` are the server ids in pool order at that moment. */
export function describeWhy(why: PickWhy, ids: readonly string[], language: Lang): string {
  return language === 'en' ? whyEn(why, ids) : whyZh(why, ids);
}

function whyZh(why: PickWhy, ids: readonly string[]): string {
  switch (why.kind) {
    case 'round-robin':
      return `轮询指针在 ${name(ids, why.cursor)}，跳过不可用的，取下一台。`;
    case 'swrr':
      return `各台 current_weight 加上 effective_weight 后为 [${list(why.added)}]，取最大者，再减去总权重 ${why.total}，变为 [${list(why.after)}]。`;
    case 'random':
      return `在 ${why.candidates.length} 台可用服务器中均匀随机（随机数 ${why.roll.toFixed(3)}）。`;
    case 'weighted-random':
      return `随机数 ${why.roll} 落在总权重 ${why.totalWeight} 的区间里${why.tries > 0 ? `（重抽 ${why.tries} 次）` : ''}。`;
    case 'least-conn':
      return `连接数 [${list(why.conns)}]，权重 [${list(why.weights)}]，取 conns/weight 最小者${why.tied.length > 1 ? `；${why.tied.map((i) => name(ids, i)).join('、')} 并列，按加权轮询打破平局` : ''}。`;
    case 'p2c':
      return `随机抽两台：${name(ids, why.a)}（${why.connsA} 连接）与 ${name(ids, why.b)}（${why.connsB} 连接），取连接数/权重更少的一台。`;
    case 'peak-ewma':
      return why.b < 0
        ? `只有 ${name(ids, why.a)} 可用。`
        : `随机抽两台：${name(ids, why.a)} 负载 ${why.loadA.toFixed(1)}（EWMA ${why.costA.toFixed(1)} ms）与 ${name(ids, why.b)} 负载 ${why.loadB.toFixed(1)}（EWMA ${why.costB.toFixed(1)} ms），取负载低者；负载 = EWMA × (未完成请求 + 1)。`;
    case 'ip-hash':
      return `地址字节 [${list(why.octets)}] 逐字节 hash = (hash × 113 + 字节) % 6271，得 ${why.hash}；${why.hash} % 总权重 = ${why.w}${why.tries > 0 ? `（前 ${why.tries} 次落到不可用的服务器，重新哈希）` : ''}。`;
    case 'hash':
      return `crc32 取高 15 位得 ${why.round}，累计 hash = ${why.hash}，% 总权重 = ${why.w}${why.rehash > 1 ? `（第 ${why.rehash} 轮，前面落到不可用的服务器）` : ''}。`;
    case 'chash':
      return `crc32(key) = ${hex(why.keyHash)}，顺时针第一个点是 #${why.pointIndex}（${hex(why.pointHash)}）${why.skipped > 0 ? `，跳过 ${why.skipped} 个不可用服务器的点` : ''}。`;
    case 'ring':
      return `hash(key) = ${hex(why.keyHash)}，顺时针第一个点是 #${why.pointIndex}（${hex(why.pointHash)}）${why.skipped > 0 ? `，跳过 ${why.skipped} 个点` : ''}。`;
    case 'fallback-rr': {
      const reason = why.reason === 'tries' ? '重试超过 20 次' : why.reason === 'single' ? '只有一台服务器' : 'key 为空';
      return `${reason}，退回加权轮询：${whyZh(why.inner, ids)}`;
    }
    case 'pinned':
      return `沿用长连接 #${why.connection} 已绑定的服务器，不再做负载均衡。`;
    case 'none':
      return '没有可用的服务器（no live upstreams）。';
  }
}

function whyEn(why: PickWhy, ids: readonly string[]): string {
  switch (why.kind) {
    case 'round-robin':
      return `The round-robin cursor is at ${name(ids, why.cursor)}; skip unavailable servers and take the next.`;
    case 'swrr':
      return `current_weight + effective_weight = [${list(why.added)}]; the largest wins and pays back the total weight ${why.total}, leaving [${list(why.after)}].`;
    case 'random':
      return `Uniformly random among ${why.candidates.length} available servers (roll ${why.roll.toFixed(3)}).`;
    case 'weighted-random':
      return `Roll ${why.roll} falls in this server's range of the total weight ${why.totalWeight}${why.tries > 0 ? ` (re-rolled ${why.tries} times)` : ''}.`;
    case 'least-conn':
      return `Connections [${list(why.conns)}], weights [${list(why.weights)}]: lowest conns/weight wins${why.tied.length > 1 ? `; ${why.tied.map((i) => name(ids, i)).join(', ')} tie, broken by weighted round-robin` : ''}.`;
    case 'p2c':
      return `Two random candidates: ${name(ids, why.a)} (${why.connsA} conns) and ${name(ids, why.b)} (${why.connsB} conns); the one with fewer connections per weight wins.`;
    case 'peak-ewma':
      return why.b < 0
        ? `Only ${name(ids, why.a)} is available.`
        : `Two random candidates: ${name(ids, why.a)} load ${why.loadA.toFixed(1)} (EWMA ${why.costA.toFixed(1)} ms) and ${name(ids, why.b)} load ${why.loadB.toFixed(1)} (EWMA ${why.costB.toFixed(1)} ms); lower load wins, where load = EWMA × (in-flight + 1).`;
    case 'ip-hash':
      return `Address bytes [${list(why.octets)}], hashed byte by byte as hash = (hash × 113 + byte) % 6271, give ${why.hash}; ${why.hash} % total weight = ${why.w}${why.tries > 0 ? ` (the first ${why.tries} tries hit unavailable servers and were rehashed)` : ''}.`;
    case 'hash':
      return `Top 15 bits of crc32 = ${why.round}, running hash = ${why.hash}, % total weight = ${why.w}${why.rehash > 1 ? ` (round ${why.rehash}; earlier rounds hit unavailable servers)` : ''}.`;
    case 'chash':
      return `crc32(key) = ${hex(why.keyHash)}; the first point clockwise is #${why.pointIndex} (${hex(why.pointHash)})${why.skipped > 0 ? `, skipping ${why.skipped} points of unavailable servers` : ''}.`;
    case 'ring':
      return `hash(key) = ${hex(why.keyHash)}; the first point clockwise is #${why.pointIndex} (${hex(why.pointHash)})${why.skipped > 0 ? `, skipping ${why.skipped} points` : ''}.`;
    case 'fallback-rr': {
      const reason = why.reason === 'tries' ? 'More than 20 tries' : why.reason === 'single' ? 'Only one server' : 'Empty key';
      return `${reason}: falling back to weighted round-robin. ${whyEn(why.inner, ids)}`;
    }
    case 'pinned':
      return `Stays on the server already bound to keepalive connection #${why.connection}; no balancing decision.`;
    case 'none':
      return 'No server available (no live upstreams).';
  }
}

export const DROP_REASONS: Readonly<Record<Lang, Readonly<Record<DropReason, string>>>> = {
  zh: {
    'no-live-upstreams': '502：没有可用的 upstream（全部 down 或被 max_fails 暂时摘除）',
    'all-tried-failed': '502：能试的服务器都连接失败了',
    overloaded: '503：后端队列已满，直接拒绝',
  },
  en: {
    'no-live-upstreams': '502: no live upstreams (all down or temporarily out via max_fails)',
    'all-tried-failed': '502: every server it could try refused the connection',
    overloaded: '503: the backend queue is full, rejected at once',
  },
};

export function describeEvent(event: UpstreamEvent, language: Lang): string {
  const en = language === 'en';
  switch (event.kind) {
    case 'down':
      return en ? `${event.serverId} marked down` : `${event.serverId} 标记为 down`;
    case 'up':
      return en ? `${event.serverId} back (down cleared)` : `${event.serverId} 恢复（去掉 down）`;
    case 'add':
      return en ? `server ${event.server.id} added (weight=${event.server.weight})` : `新增服务器 ${event.server.id}（weight=${event.server.weight}）`;
    case 'remove':
      return en ? `server ${event.serverId} removed` : `移除服务器 ${event.serverId}`;
    case 'weight':
      return en ? `${event.serverId} weight set to ${event.weight}` : `${event.serverId} 的权重改为 ${event.weight}`;
    case 'refuse-start':
      return en ? `${event.serverId} starts refusing connections (restart / blip)` : `${event.serverId} 开始拒绝连接（重启 / 抖动）`;
    case 'refuse-end':
      return en ? `${event.serverId} accepts connections again` : `${event.serverId} 恢复接受连接`;
    case 'slow-start':
      return en ? `${event.serverId} slows down ${event.factor}×` : `${event.serverId} 变慢 ${event.factor} 倍`;
    case 'slow-end':
      return en ? `${event.serverId} back to normal speed` : `${event.serverId} 速度恢复`;
  }
}
