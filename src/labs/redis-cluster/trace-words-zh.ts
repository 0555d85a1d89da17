// The trace's Chinese sentences (trace-text.ts).
import type { TraceWords } from './trace-text.ts';

export const traceWordsZh: TraceWords = {
  replyWhy: {
    ok: '这个节点负责这个槽，直接执行',
    moved: '这个槽不归这个节点（或它只是副本），回复真正的主节点；客户端应更新槽表',
    ask: '槽正在迁出，键已不在这里：让客户端这一次去目标节点问（先发 ASKING），槽表不改',
    crossslot: '多键命令的键不在同一个槽，集群拒绝（哪怕两个槽在同一节点）',
    tryagain: '迁移中的槽里，一部分键已搬走：多键命令只能稍后重试',
    clusterdown: '这个节点认为集群不可用（有槽的主节点 FAIL，或自己联系不上多数主节点），拒绝读写',
    refused: '连不上这个节点（宕机或被分区隔开）：客户端转而用 CLUSTER SLOTS 刷新槽表',
  },
  list: (items) => items.join('、'),
  none: '（无）',
  sendWhy: (e) => (e.asking ? `上一条是 ASKING，${e.node} 正在导入槽 ${e.slot}，这次放行` : `键的槽是 ${e.slot}，客户端的槽表说它在 ${e.node}`),
  askingWhy: '收到 ASK 后，先发 ASKING：只对下一条命令有效，让导入中的节点接受它',
  mapUpdate: (slot, node) => `槽表：槽 ${slot} → ${node}`,
  mapUpdateWhy: 'MOVED 说明槽的归属永久变了，记下来（只改这一个槽）',
  mapRefreshWhy: (e) => (e.changed > 0 ? `整张槽表刷新，改了 ${e.changed} 个槽` : `整张槽表刷新：${e.from} 的视图里没有变化`),
  waitWhy: (e) => (e.timedOut ? `${e.timeoutMs} ms 内只有 ${e.acked} 个副本确认，少于 ${e.wanted}：这次写入不能算成功` : `已有 ${e.acked} 个副本拿到这次写入`),
  setslotWhy: (e) =>
    e.state === 'importing'
      ? `准备从 ${e.other} 接收槽 ${e.slot}：带 ASKING 的请求会被接受`
      : e.state === 'migrating'
        ? `槽 ${e.slot} 开始迁往 ${e.other}：还在本地的键照常服务，缺的键回 ASK`
        : `迁移完成，槽 ${e.slot} 正式归 ${e.other}（目标节点提升 configEpoch）`,
  migrateWhy: (slot, to) => `CLUSTER GETKEYSINSLOT ${slot} 取一批键，原子地搬到 ${to} 并在本地删除`,
  crash: '进程退出',
  crashWhy: '主节点宕机：连接被拒，PING 没有回应',
  partition: '网络分区',
  partitionWhy: (who) => `${who} 与其余节点互相不通`,
  pfail: (node) => `标记 ${node} PFAIL`,
  pfailWhy: (ms) => `超过 cluster-node-timeout（${ms} ms）没收到 PONG：只是“我觉得它挂了”`,
  fail: (node) => `标记 ${node} FAIL 并广播`,
  failWhy: (reports, quorum) => `${reports} 都报告它 PFAIL，达到多数主节点（${quorum}）：全集群认定它挂了`,
  minority: '集群状态 → fail，停止接受读写',
  minorityWhy: (reachable, quorum) => `只能联系到 ${reachable} 个主节点，少于多数 ${quorum}：自己在少数派一侧`,
  electionScheduled: (ms) => `${ms} ms 后发起选举`,
  electionScheduledWhy: (e) => `500 + 随机 ${e.randomMs} + 排名 ${e.rank} × 1000；复制偏移 ${e.offset}，偏移更大的副本排名更靠前、先发起`,
  election: (epoch, count, votes) => `拉票：epoch ${epoch}，得票 ${count}（${votes}）`,
  electionWhy: (won, quorum) => (won ? `达到多数主节点 ${quorum} 票，当选` : `不足 ${quorum} 票，本轮失败`),
  promoted: (epoch) => `成为主节点，configEpoch ${epoch}`,
  promotedWhy: (old, slots) => `接管 ${old} 的 ${slots} 个槽，向能联系到的节点广播新配置`,
  follow: (master) => `改为复制 ${master}`,
  followWhy: '原主节点的其他副本跟随新主节点',
  network: '网络',
  heal: '分区恢复',
  healWhy: '节点重新互通，交换配置：每个槽以 configEpoch 更大的一方为准',
  demoted: (master) => `降为 ${master} 的副本，全量同步`,
  demotedWhy: (e) => `它的 configEpoch ${e.ownEpoch} 小于 ${e.master} 的 ${e.epoch}，槽全被拿走；同步时丢掉只有它有的 ${e.dropped} 个键`,
  lost: (key, value) => `丢失：SET ${key} ${value}`,
  lostWhy: (acked) => (acked ? '客户端收到了 OK，但这次写入只在被隔离的旧主节点上' : '写入只在被隔离的旧主节点上；WAIT 超时，客户端没有把它当成功'),
};
