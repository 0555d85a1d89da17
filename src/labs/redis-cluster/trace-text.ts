// Words for each trace event, in both UI languages: who acted, what happened (the command or reply
// as redis-cli shows it) and the reason, after Redis's cluster.c. One function so every row reads
// the same way; the language is read when the row is drawn (the view remounts on a change).
import type { Command, TraceEvent } from './core/events.ts';
import { nodeAddr } from './core/cluster.ts';
import { currentLanguage } from '../../ui/use-language.ts';
import { traceWordsEn } from './trace-words-en.ts';
import { traceWordsZh } from './trace-words-zh.ts';

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

type Ev<K extends TraceEvent['kind']> = Extract<TraceEvent, { kind: K }>;

/** The sentences of one language; the command and reply text stay as Redis prints them. */
export interface TraceWords {
  readonly replyWhy: Readonly<Record<string, string>>;
  readonly list: (items: readonly string[]) => string;
  readonly none: string;
  readonly sendWhy: (e: Ev<'send'>) => string;
  readonly askingWhy: string;
  readonly mapUpdate: (slot: number, node: string) => string;
  readonly mapUpdateWhy: string;
  readonly mapRefreshWhy: (e: Ev<'map-refresh'>) => string;
  readonly waitWhy: (e: Ev<'wait'>) => string;
  readonly setslotWhy: (e: Ev<'setslot'>) => string;
  readonly migrateWhy: (slot: number, to: string) => string;
  readonly crash: string;
  readonly crashWhy: string;
  readonly partition: string;
  readonly partitionWhy: (who: string) => string;
  readonly pfail: (node: string) => string;
  readonly pfailWhy: (ms: number) => string;
  readonly fail: (node: string) => string;
  readonly failWhy: (reports: string, quorum: number) => string;
  readonly minority: string;
  readonly minorityWhy: (reachable: number, quorum: number) => string;
  readonly electionScheduled: (ms: number) => string;
  readonly electionScheduledWhy: (e: Ev<'election-scheduled'>) => string;
  readonly election: (epoch: number, count: number, votes: string) => string;
  readonly electionWhy: (won: boolean, quorum: number) => string;
  readonly promoted: (epoch: number) => string;
  readonly promotedWhy: (old: string, slots: number) => string;
  readonly follow: (master: string) => string;
  readonly followWhy: string;
  readonly network: string;
  readonly heal: string;
  readonly healWhy: string;
  readonly demoted: (master: string) => string;
  readonly demotedWhy: (e: Ev<'demoted'>) => string;
  readonly lost: (key: string, value: string) => string;
  readonly lostWhy: (acknowledged: boolean) => string;
}

export function eventText(e: TraceEvent): EventText {
  const w = currentLanguage() === 'en' ? traceWordsEn : traceWordsZh;
  switch (e.kind) {
    case 'send':
      return { who: e.client, what: `→ ${e.node}: ${commandText(e.command)}`, why: w.sendWhy(e), tone: 'plain' };
    case 'reply':
      return {
        who: e.node,
        what: `← ${e.reply}`,
        why: w.replyWhy[e.outcome] ?? '',
        tone: e.outcome === 'ok' ? 'good' : e.outcome === 'moved' || e.outcome === 'ask' ? 'redirect' : 'bad',
      };
    case 'asking':
      return { who: e.client, what: `→ ${e.node}: ASKING (+OK)`, why: w.askingWhy, tone: 'redirect' };
    case 'map-update':
      return { who: e.client, what: w.mapUpdate(e.slot, e.node), why: w.mapUpdateWhy, tone: 'plain' };
    case 'map-refresh':
      return { who: e.client, what: `CLUSTER SLOTS (→ ${e.from})`, why: w.mapRefreshWhy(e), tone: 'plain' };
    case 'wait':
      return { who: e.client, what: `→ ${e.node}: WAIT ${e.wanted} ${e.timeoutMs} ← ${e.acked}`, why: w.waitWhy(e), tone: e.timedOut ? 'bad' : 'good' };
    case 'setslot':
      return { who: e.node, what: `CLUSTER SETSLOT ${e.slot} ${e.state.toUpperCase()} ${e.other}`, why: w.setslotWhy(e), tone: 'plain' };
    case 'migrate':
      return {
        who: e.from,
        what: `MIGRATE ${nodeAddr(e.to).replace(':', ' ')} "" 0 5000 KEYS ${e.keys.join(' ') || w.none}`,
        why: w.migrateWhy(e.slot, e.to),
        tone: 'plain',
      };
    case 'crash':
      return { who: e.node, what: w.crash, why: w.crashWhy, tone: 'bad' };
    case 'partition':
      return { who: w.list(e.minority), what: w.partition, why: w.partitionWhy(w.list(e.minority)), tone: 'bad' };
    case 'pfail':
      return { who: e.observer, what: w.pfail(e.node), why: w.pfailWhy(e.silentMs), tone: 'bad' };
    case 'fail':
      return { who: e.observer, what: w.fail(e.node), why: w.failWhy(w.list(e.reports), e.quorum), tone: 'bad' };
    case 'minority':
      return { who: e.node, what: w.minority, why: w.minorityWhy(e.reachableMasters, e.quorum), tone: 'bad' };
    case 'election-scheduled':
      return { who: e.node, what: w.electionScheduled(e.delayMs), why: w.electionScheduledWhy(e), tone: 'plain' };
    case 'election':
      return {
        who: e.node,
        what: w.election(e.epoch, e.votes.length, w.list(e.votes) || w.none),
        why: w.electionWhy(e.won, e.quorum),
        tone: e.won ? 'good' : 'bad',
      };
    case 'promoted':
      return { who: e.node, what: w.promoted(e.epoch), why: w.promotedWhy(e.oldMaster, e.slots), tone: 'good' };
    case 'follow':
      return { who: e.node, what: w.follow(e.master), why: w.followWhy, tone: 'plain' };
    case 'heal':
      return { who: w.network, what: w.heal, why: w.healWhy, tone: 'plain' };
    case 'demoted':
      return { who: e.node, what: w.demoted(e.master), why: w.demotedWhy(e), tone: 'bad' };
    case 'lost-write':
      return { who: e.node, what: w.lost(e.key, e.value), why: w.lostWhy(e.acknowledged), tone: 'bad' };
  }
}
