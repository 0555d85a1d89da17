// Things that happen to the upstream during a run, at given times: an operator marks a server
// down or up, adds or removes one, changes a weight (each as nginx would after a reload or an API
// call), or a backend misbehaves: it refuses connections for a while (a restart, a blip) or gets
// slower by a factor. A refusal counts against max_fails; slowness only shows in latency.
import type { ServerSpec } from './servers.ts';

export type UpstreamEvent =
  | { readonly atMs: number; readonly kind: 'down' | 'up'; readonly serverId: string }
  | { readonly atMs: number; readonly kind: 'add'; readonly server: ServerSpec }
  | { readonly atMs: number; readonly kind: 'remove'; readonly serverId: string }
  | { readonly atMs: number; readonly kind: 'weight'; readonly serverId: string; readonly weight: number }
  | { readonly atMs: number; readonly kind: 'refuse-start' | 'refuse-end'; readonly serverId: string }
  | { readonly atMs: number; readonly kind: 'slow-start'; readonly serverId: string; readonly factor: number }
  | { readonly atMs: number; readonly kind: 'slow-end'; readonly serverId: string };

/** A window in which the server refuses connections ("connect() failed (111: Connection refused)"). */
export function refuseWindow(serverId: string, fromMs: number, toMs: number): UpstreamEvent[] {
  return [
    { atMs: fromMs, kind: 'refuse-start', serverId },
    { atMs: toMs, kind: 'refuse-end', serverId },
  ];
}

/** A window in which the server's service time is multiplied by `factor`. */
export function slowWindow(serverId: string, fromMs: number, toMs: number, factor: number): UpstreamEvent[] {
  return [
    { atMs: fromMs, kind: 'slow-start', serverId, factor },
    { atMs: toMs, kind: 'slow-end', serverId },
  ];
}

/** Events in time order; equal times keep their given order. */
export function sortEvents(events: readonly UpstreamEvent[]): UpstreamEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.atMs - y.e.atMs || x.i - y.i)
    .map((x) => x.e);
}
