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

/** The `-m recent` lists: list name → source IP (as a number, as xt_recent keys it) → last seen (s). */
export type RecentLists = Map<string, Map<number, number>>;

/** Dotted IPv4 to a 32-bit number, read digit by digit (no allocation: it runs per packet). */
export function ipToInt(ip: string): number {
  let acc = 0;
  let part = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 46) {
      acc = ((acc << 8) | part) >>> 0;
      part = 0;
    } else part = part * 10 + (c - 48);
  }
  return ((acc << 8) | part) >>> 0;
}

// A walk tests the same few CIDRs over and over: parse each once.
const cidrs = new Map<string, { readonly base: number; readonly mask: number }>();

export function inCidr(ip: string, cidr: string): boolean {
  return intInCidr(ipToInt(ip), cidr);
}

/** inCidr for an address already read as a number (a walk reads the source once). */
export function intInCidr(ip: number, cidr: string): boolean {
  let c = cidrs.get(cidr);
  if (c === undefined) {
    const [base = '', bits = '32'] = cidr.split('/');
    const n = Number(bits);
    const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
    c = { base: (ipToInt(base) & mask) >>> 0, mask };
    cidrs.set(cidr, c);
  }
  return (ip & c.mask) >>> 0 === c.base;
}

export interface WalkContext {
  /** 31 random bits (0 ≤ x < 2^31). */
  readonly random31: () => number;
  readonly recent: RecentLists;
  readonly nowSec: number;
}

// Rules compiled once per set of rules into one object shape (a million packets walk the same
// rules, and a property read on objects of many shapes is slow): -1 / null mean "not tested".
interface Compiled {
  readonly index: number;
  readonly rule: Rule;
  readonly dst: string | null;
  readonly dport: number;
  readonly dstLocal: number;
  readonly src: string | null;
  readonly srcCidr: string | null;
  readonly srcLocal: number;
  readonly notSrcCidr: string | null;
  readonly markNotSet: boolean;
  readonly probability: number;
  readonly recentName: string | null;
  readonly recentSeconds: number;
  readonly target: string;
  /** The chain a jump enters, resolved once. */
  jump: readonly Compiled[] | null;
}

const tri = (v: boolean | undefined) => (v === undefined ? -1 : v ? 1 : 0);

function compile(rule: Rule, index: number): Compiled {
  const m = rule.match;
  return {
    index,
    rule,
    dst: m.dst ?? null,
    dport: m.dport ?? -1,
    dstLocal: tri(m.dstLocal),
    src: m.src ?? null,
    srcCidr: m.srcCidr ?? null,
    srcLocal: tri(m.srcLocal),
    notSrcCidr: m.notSrcCidr ?? null,
    markNotSet: m.markNotSet ?? false,
    probability: m.probability ?? -1,
    recentName: m.recentCheck?.name ?? null,
    recentSeconds: m.recentCheck?.seconds ?? 0,
    target: rule.target,
    jump: null,
  };
}

const chainIndex = new WeakMap<NodeRules, { nat: Map<string, Compiled[]>; filter: Map<string, Compiled[]> }>();

function byChain(node: NodeRules, table: 'nat' | 'filter'): Map<string, Compiled[]> {
  let index = chainIndex.get(node);
  if (index === undefined) {
    index = { nat: indexChains(node, 'nat'), filter: indexChains(node, 'filter') };
    chainIndex.set(node, index);
  }
  return index[table];
}

function indexChains(node: NodeRules, table: 'nat' | 'filter'): Map<string, Compiled[]> {
  const map = new Map<string, Compiled[]>();
  node.rules.forEach((r, i) => {
    if (r.table !== table) return;
    const list = map.get(r.chain) ?? [];
    list.push(compile(r, i));
    map.set(r.chain, list);
  });
  for (const list of map.values()) for (const c of list) c.jump = map.get(c.target) ?? null;
  return map;
}

function matches(m: Compiled, st: WalkState): boolean {
  const p = st.p;
  const ctx = st.ctx;
  if (m.dst !== null && m.dst !== p.dst) return false;
  if (m.dport !== -1 && m.dport !== p.dport) return false;
  if (m.dstLocal !== -1 && (m.dstLocal === 1) !== p.dstLocal) return false;
  if (m.src !== null && m.src !== p.src) return false;
  if (m.srcCidr !== null && !intInCidr(srcOf(st), m.srcCidr)) return false;
  if (m.srcLocal !== -1 && (m.srcLocal === 1) !== (p.srcLocal ?? false)) return false;
  if (m.notSrcCidr !== null && intInCidr(srcOf(st), m.notSrcCidr)) return false;
  if (m.markNotSet && st.marked) return false;
  if (m.recentName !== null) {
    const src = srcOf(st);
    const seen = ctx.recent.get(m.recentName)?.get(src);
    if (seen === undefined || ctx.nowSec - seen > m.recentSeconds) {
      // --reap drops entries older than --seconds.
      if (seen !== undefined) ctx.recent.get(m.recentName)?.delete(src);
      return false;
    }
  }
  if (m.probability !== -1 && !statisticMatches(m.probability, ctx.random31())) return false;
  return true;
}

/** One walk's state, passed down the chains (a plain object, not a closure per packet). */
interface WalkState {
  readonly p: Packet;
  readonly ctx: WalkContext;
  readonly steps: WalkStep[];
  marked: boolean;
  dnat: { to: string; podName: string } | null;
  /** The source address as a number, read on first use (-1: not yet). */
  srcInt: number;
}

function srcOf(st: WalkState): number {
  if (st.srcInt < 0) st.srcInt = ipToInt(st.p.src);
  return st.srcInt;
}

function runChain(list: readonly Compiled[] | undefined, st: WalkState): boolean {
  if (list === undefined) return false;
  for (const c of list) {
    const ok = matches(c, st);
    st.steps.push({ rule: c.index, matched: ok });
    if (!ok) continue;
    const t = c.target;
    if (t === 'MARK') {
      st.marked = true;
      continue;
    }
    if (t === 'UNMARK') {
      st.marked = false;
      continue;
    }
    if (t === 'RETURN') return false;
    if (t === 'MASQUERADE' || t === 'REJECT' || t === 'DROP') return true;
    if (t === 'DNAT') {
      const rule = c.rule;
      if (rule.recentSet !== undefined) {
        let seen = st.ctx.recent.get(rule.recentSet);
        if (seen === undefined) {
          seen = new Map<number, number>();
          st.ctx.recent.set(rule.recentSet, seen);
        }
        seen.set(srcOf(st), st.ctx.nowSec);
      }
      st.dnat = { to: rule.toDestination ?? '', podName: rule.podName ?? '' };
      return true;
    }
    // A jump (KUBE-MARK-MASQ included): enter the chain, come back when it runs out.
    if (runChain(c.jump ?? undefined, st)) return true;
  }
  return false;
}

export function walkPacket(node: NodeRules, p: Packet, ctx: WalkContext): WalkResult {
  const nat = byChain(node, 'nat');
  const st: WalkState = { p, ctx, steps: [], marked: false, dnat: null, srcInt: -1 };
  runChain(nat.get('KUBE-SERVICES'), st);
  const found = st.dnat;
  if (found === null) {
    const filter = byChain(node, 'filter');
    const before = st.steps.length;
    if (!runChain(filter.get('KUBE-SERVICES'), st)) runChain(filter.get('KUBE-EXTERNAL-SERVICES'), st);
    const final = st.steps.slice(before).find((s) => s.matched && ['REJECT', 'DROP'].includes(node.rules[s.rule]?.target ?? ''));
    const target = final === undefined ? undefined : node.rules[final.rule]?.target;
    return { steps: st.steps, verdict: target === 'REJECT' ? { kind: 'reject' } : target === 'DROP' ? { kind: 'drop' } : { kind: 'no-match' } };
  }
  const wasMarked = st.marked;
  runChain(nat.get('KUBE-POSTROUTING'), st);
  return { steps: st.steps, verdict: { kind: 'dnat', to: found.to, podName: found.podName, masquerade: wasMarked } };
}
