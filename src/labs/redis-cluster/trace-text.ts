// Words for each trace event: who acted, what happened (the command or reply as redis-cli shows
// it) and the reason, after Redis's cluster.c. One function so every row reads the same way.
import type { Command, TraceEvent } from './core/events.ts';
import { nodeAddr } from './core/cluster.ts';

export interface EventText {
  readonly who: string;
  readonly what: string;
  readonly why: string;
  /** A class for the row: redirects, failures and lost writes stand out. */
  readonly tone: 'plain' | 'redirect' | 'bad' | 'good';
}

export function commandText(c: Command): string {
  const keys = c.keys.join(' ');
  return c.name === 'SET' ? `SET ${keys} ${c.value}` : `${c.name} ${keys}`;
}

const REPLY_WHY: Record<string, string> = {
  ok: '这个节点负责这个槽，直接执行',
  moved: '这个槽不归这个节点（或它只是副本），回复真正的主节点；客户端应更新槽表',
  ask: '槽正在迁出，键已不在这里：让客户端这一次去目标节点问（先发 ASKING），槽表不改',
  crossslot: '多键命令的键不在同一个槽，集群拒绝（哪怕两个槽在同一节点）',
  tryagain: '迁移中的槽里，一部分键已搬走：多键命令只能稍后重试',
  clusterdown: '这个节点认为集群不可用（有槽的主节点 FAIL，或自己联系不上多数主节点），拒绝读写',
  refused: '连不上这个节点（宕机或被分区隔开）：客户端转而用 CLUSTER SLOTS 刷新槽表',
};

export function eventText(e: TraceEvent): EventText {
  switch (e.kind) {
    case 'send':
      return { who: e.client, what: `→ ${e.node}：${commandText(e.command)}`, why: e.asking ? `上一条是 ASKING，${e.node} 正在导入槽 ${e.slot}，这次放行` : `键的槽是 ${e.slot}，客户端的槽表说它在 ${e.node}`, tone: 'plain' };
    case 'reply':
      return { who: e.node, what: `← ${e.reply}`, why: REPLY_WHY[e.outcome] ?? '', tone: e.outcome === 'ok' ? 'good' : e.outcome === 'moved' || e.outcome === 'ask' ? 'redirect' : 'bad' };
    case 'asking':
      return { who: e.client, what: `→ ${e.node}：ASKING（+OK）`, why: '收到 ASK 后，先发 ASKING：只对下一条命令有效，让导入中的节点接受它', tone: 'redirect' };
    case 'map-update':
      return { who: e.client, what: `槽表：槽 ${e.slot} → ${e.node}`, why: 'MOVED 说明槽的归属永久变了，记下来（只改这一个槽）', tone: 'plain' };
    case 'map-refresh':
      return { who: e.client, what: `CLUSTER SLOTS（问 ${e.from}）`, why: e.changed > 0 ? `整张槽表刷新，改了 ${e.changed} 个槽` : `整张槽表刷新：${e.from} 的视图里没有变化`, tone: 'plain' };
    case 'wait':
      return { who: e.client, what: `→ ${e.node}：WAIT ${e.wanted} ${e.timeoutMs} ← ${e.acked}`, why: e.timedOut ? `${e.timeoutMs} ms 内只有 ${e.acked} 个副本确认，少于 ${e.wanted}：这次写入不能算成功` : `已有 ${e.acked} 个副本拿到这次写入`, tone: e.timedOut ? 'bad' : 'good' };
    case 'setslot':
      return {
        who: e.node,
        what: `CLUSTER SETSLOT ${e.slot} ${e.state.toUpperCase()} ${e.other}`,
        why: e.state === 'importing' ? `准备从 ${e.other} 接收槽 ${e.slot}：带 ASKING 的请求会被接受` : e.state === 'migrating' ? `槽 ${e.slot} 开始迁往 ${e.other}：还在本地的键照常服务，缺的键回 ASK` : `迁移完成，槽 ${e.slot} 正式归 ${e.other}（目标节点提升 configEpoch）`,
        tone: 'plain',
      };
    case 'migrate':
      return { who: e.from, what: `MIGRATE ${nodeAddr(e.to).replace(':', ' ')} "" 0 5000 KEYS ${e.keys.join(' ') || '（无）'}`, why: `CLUSTER GETKEYSINSLOT ${e.slot} 取一批键，原子地搬到 ${e.to} 并在本地删除`, tone: 'plain' };
    case 'crash':
      return { who: e.node, what: '进程退出', why: '主节点宕机：连接被拒，PING 没有回应', tone: 'bad' };
    case 'partition':
      return { who: e.minority.join('、'), what: '网络分区', why: `${e.minority.join('、')} 与其余节点互相不通`, tone: 'bad' };
    case 'pfail':
      return { who: e.observer, what: `标记 ${e.node} PFAIL`, why: `超过 cluster-node-timeout（${e.silentMs} ms）没收到 PONG：只是“我觉得它挂了”`, tone: 'bad' };
    case 'fail':
      return { who: e.observer, what: `标记 ${e.node} FAIL 并广播`, why: `${e.reports.join('、')} 都报告它 PFAIL，达到多数主节点（${e.quorum}）：全集群认定它挂了`, tone: 'bad' };
    case 'minority':
      return { who: e.node, what: '集群状态 → fail，停止接受读写', why: `只能联系到 ${e.reachableMasters} 个主节点，少于多数 ${e.quorum}：自己在少数派一侧`, tone: 'bad' };
    case 'election-scheduled':
      return { who: e.node, what: `${e.delayMs} ms 后发起选举`, why: `500 + 随机 ${e.randomMs} + 排名 ${e.rank} × 1000；复制偏移 ${e.offset}，偏移更大的副本排名更靠前、先发起`, tone: 'plain' };
    case 'election':
      return { who: e.node, what: `拉票：epoch ${e.epoch}，得票 ${e.votes.length}（${e.votes.join('、') || '无'}）`, why: e.won ? `达到多数主节点 ${e.quorum} 票，当选` : `不足 ${e.quorum} 票，本轮失败`, tone: e.won ? 'good' : 'bad' };
    case 'promoted':
      return { who: e.node, what: `成为主节点，configEpoch ${e.epoch}`, why: `接管 ${e.oldMaster} 的 ${e.slots} 个槽，向能联系到的节点广播新配置`, tone: 'good' };
    case 'follow':
      return { who: e.node, what: `改为复制 ${e.master}`, why: '原主节点的其他副本跟随新主节点', tone: 'plain' };
    case 'heal':
      return { who: '网络', what: '分区恢复', why: '节点重新互通，交换配置：每个槽以 configEpoch 更大的一方为准', tone: 'plain' };
    case 'demoted':
      return { who: e.node, what: `降为 ${e.master} 的副本，全量同步`, why: `它的 configEpoch ${e.ownEpoch} 小于 ${e.master} 的 ${e.epoch}，槽全被拿走；同步时丢掉只有它有的 ${e.dropped} 个键`, tone: 'bad' };
    case 'lost-write':
      return { who: e.node, what: `丢失：SET ${e.key} ${e.value}`, why: e.acknowledged ? '客户端收到了 OK，但这次写入只在被隔离的旧主节点上' : '写入只在被隔离的旧主节点上；WAIT 超时，客户端没有把它当成功', tone: 'bad' };
  }
}
