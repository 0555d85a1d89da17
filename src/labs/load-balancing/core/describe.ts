// The Chinese sentences for the trace table and the legends: why a server was picked, why a
// request was dropped, what an event did. Engines keep numbers; only this file speaks.
import type { DropReason } from './engine-types.ts';
import type { UpstreamEvent } from './events.ts';
import type { AlgorithmId, PickWhy } from './types.ts';

export const ALGORITHM_TITLES: Readonly<Record<AlgorithmId, string>> = {
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
};

const list = (values: readonly number[]): string => values.join(', ');
const name = (ids: readonly string[], i: number): string => ids[i] ?? `#${i}`;
const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

/** One sentence for a pick; `ids` are the server ids in pool order at that moment. */
export function describeWhy(why: PickWhy, ids: readonly string[]): string {
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
      return `${reason}，退回加权轮询：${describeWhy(why.inner, ids)}`;
    }
    case 'pinned':
      return `沿用长连接 #${why.connection} 已绑定的服务器，不再做负载均衡。`;
    case 'none':
      return '没有可用的服务器（no live upstreams）。';
  }
}

export const DROP_REASONS: Readonly<Record<DropReason, string>> = {
  'no-live-upstreams': '502：没有可用的 upstream（全部 down 或被 max_fails 暂时摘除）',
  'all-tried-failed': '502：能试的服务器都连接失败了',
  overloaded: '503：后端队列已满，直接拒绝',
};

export function describeEvent(event: UpstreamEvent): string {
  switch (event.kind) {
    case 'down':
      return `${event.serverId} 标记为 down`;
    case 'up':
      return `${event.serverId} 恢复（去掉 down）`;
    case 'add':
      return `新增服务器 ${event.server.id}（weight=${event.server.weight}）`;
    case 'remove':
      return `移除服务器 ${event.serverId}`;
    case 'weight':
      return `${event.serverId} 的权重改为 ${event.weight}`;
    case 'refuse-start':
      return `${event.serverId} 开始拒绝连接（重启 / 抖动）`;
    case 'refuse-end':
      return `${event.serverId} 恢复接受连接`;
    case 'slow-start':
      return `${event.serverId} 变慢 ${event.factor} 倍`;
    case 'slow-end':
      return `${event.serverId} 速度恢复`;
  }
}
