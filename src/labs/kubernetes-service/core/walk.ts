// A packet through the node's rules, as netfilter walks them: nat PREROUTING/OUTPUT jumps to
// KUBE-SERVICES; each chain's rules are tried in order, a matching jump enters the chain and comes
// back when it runs out, KUBE-MARK-MASQ marks and returns, DNAT ends the walk. With no DNAT, the
// filter table's KUBE-SERVICES may REJECT, and KUBE-EXTERNAL-SERVICES (hooked from INPUT and FORWARD
// for new connections) may REJECT or DROP external traffic. After routing, KUBE-POSTROUTING masquerades marked
// packets (the source becomes the node's IP). `-m statistic` draws 31 random bits per rule tried
// (the kernel's get_random_u32() & 0x7FFFFFFF), `-m recent` checks and sets a per-chain list of
// source IPs with their last-seen time.
import { statisticMatches } from './probability.ts';
import type { NodeRules, Rule } from './rules.ts';

export interface Packet {
  readonly src: string;
  readonly dst: string;
  readonly dport: number;
  /** The destination is one of this node's own addresses (addrtype LOCAL). */
  readonly dstLocal: boolean;
  /** The source is one of this node's own addresses (addrtype --src-type LOCAL). */
  readonly srcLocal?: boolean;
}

export interface WalkStep {
  /** Index in NodeRules.rules. */
  readonly rule: number;
  readonly matched: boolean;
}

export type Verdict =
  | { readonly kind: 'dnat'; readonly to: string; readonly podName: string; readonly masquerade: boolean }
  | { readonly kind: 'reject' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'no-match' };

export interface WalkResult {
  readonly steps: readonly WalkStep[];
  readonly verdict: Verdict;
}

/** The `-m recent` lists: list name → source IP → last seen (s). */
export type RecentLists = Map<string, Map<string, number>>;

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const n = Number(bits);
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  return ((ipToInt(ip) & mask) >>> 0) === ((ipToInt(base) & mask) >>> 0);
}

export interface WalkContext {
  /** 31 random bits (0 ≤ x < 2^31). */
  readonly random31: () => number;
  readonly recent: RecentLists;
  readonly nowSec: number;
}

function byChain(node: NodeRules, table: 'nat' | 'filter'): Map<string, number[]> {
  const map = new Map<string, number[]>();
  node.rules.forEach((r, i) => {
    if (r.table !== table) return;
    const list = map.get(r.chain) ?? [];
    list.push(i);
    map.set(r.chain, list);
  });
  return map;
}

function matches(rule: Rule, p: Packet, marked: boolean, ctx: WalkContext): boolean {
  const m = rule.match;
  if (m.dst !== undefined && m.dst !== p.dst) return false;
  if (m.dport !== undefined && m.dport !== p.dport) return false;
  if (m.dstLocal !== undefined && m.dstLocal !== p.dstLocal) return false;
  if (m.src !== undefined && m.src !== p.src) return false;
  if (m.srcCidr !== undefined && !inCidr(p.src, m.srcCidr)) return false;
  if (m.srcLocal !== undefined && m.srcLocal !== (p.srcLocal ?? false)) return false;
  if (m.notSrcCidr !== undefined && inCidr(p.src, m.notSrcCidr)) return false;
  if (m.markNotSet !== undefined && marked) return false;
  if (m.recentCheck !== undefined) {
    const seen = ctx.recent.get(m.recentCheck.name)?.get(p.src);
    if (seen === undefined || ctx.nowSec - seen > m.recentCheck.seconds) {
      // --reap drops entries older than --seconds.
      if (seen !== undefined) ctx.recent.get(m.recentCheck.name)?.delete(p.src);
      return false;
    }
  }
  if (m.probability !== undefined && !statisticMatches(m.probability, ctx.random31())) return false;
  return true;
}

export function walkPacket(node: NodeRules, p: Packet, ctx: WalkContext): WalkResult {
  const steps: WalkStep[] = [];
  const nat = byChain(node, 'nat');
  let marked = false;
  let dnat: { to: string; podName: string } | null = null;

  const run = (chain: string, chains: Map<string, number[]>): 'continue' | 'stop' => {
    for (const i of chains.get(chain) ?? []) {
      const rule = node.rules[i];
      if (rule === undefined) continue;
      const ok = matches(rule, p, marked, ctx);
      steps.push({ rule: i, matched: ok });
      if (!ok) continue;
      if (rule.target === 'KUBE-MARK-MASQ') { if (run('KUBE-MARK-MASQ', chains) === 'stop') return 'stop'; continue; }
      if (rule.target === 'MARK') { marked = true; continue; }
      if (rule.target === 'UNMARK') { marked = false; continue; }
      if (rule.target === 'RETURN') return 'continue';
      if (rule.target === 'MASQUERADE' || rule.target === 'REJECT' || rule.target === 'DROP') return 'stop';
      if (rule.target === 'DNAT') {
        if (rule.recentSet !== undefined) {
          const list = ctx.recent.get(rule.recentSet) ?? new Map<string, number>();
          list.set(p.src, ctx.nowSec);
          ctx.recent.set(rule.recentSet, list);
        }
        dnat = { to: rule.toDestination ?? '', podName: rule.podName ?? '' };
        return 'stop';
      }
      if (run(rule.target, chains) === 'stop') return 'stop';
    }
    return 'continue';
  };

  run('KUBE-SERVICES', nat);
  const found = dnat as { to: string; podName: string } | null;
  if (found === null) {
    const filter = byChain(node, 'filter');
    const before = steps.length;
    if (run('KUBE-SERVICES', filter) === 'continue') run('KUBE-EXTERNAL-SERVICES', filter);
    const final = steps.slice(before).find((s) => s.matched && ['REJECT', 'DROP'].includes(node.rules[s.rule]?.target ?? ''));
    const target = final === undefined ? undefined : node.rules[final.rule]?.target;
    return { steps, verdict: target === 'REJECT' ? { kind: 'reject' } : target === 'DROP' ? { kind: 'drop' } : { kind: 'no-match' } };
  }
  const wasMarked = marked;
  run('KUBE-POSTROUTING', nat);
  return { steps, verdict: { kind: 'dnat', to: found.to, podName: found.podName, masquerade: wasMarked } };
}
