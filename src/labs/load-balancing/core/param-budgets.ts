// The two limits that depend on several URL keys at once: the requests a run makes (rate, duration
// and the traffic shape) and the points of its hash rings (vnodes, weights, added servers and the
// algorithm). Past a limit, the keys the URL set go back to their start values (the preset's, else
// the base), one at a time in a fixed order, until the run fits; each key put back gets the message,
// and every other key keeps what the user set.
import { labRequestBound } from './lab-run.ts';
import type { PARAM_MESSAGES } from './param-messages.ts';
import type { LoadBalancingValues } from './params.ts';
import { MAX_LB_REQUESTS } from './request-count.ts';
import { MAX_RING_POINTS, ringSize } from './ring-budget.ts';

type Values = { -readonly [K in keyof LoadBalancingValues]: LoadBalancingValues[K] };
type Messages = (typeof PARAM_MESSAGES)['zh'];
type Step = readonly [url: string, field: keyof LoadBalancingValues];

/** What the parser knows besides the values: the URL, what to fall back to, where errors go. */
export interface BudgetContext {
  readonly search: URLSearchParams;
  readonly start: LoadBalancingValues;
  readonly defaults: LoadBalancingValues;
  readonly errors: Record<string, string>;
  readonly m: Messages;
}

// Put back first what loses the least: the knob itself, then the algorithm or comparison that asks
// for a ring, then the hand actions (the Add button already stops short of the cap), and the
// servers last (their count decides latency, down, backup, names and limits).
const RING_STEPS: readonly Step[] = [
  ['vnodes', 'vnodes'],
  ['algo', 'algorithm'],
  ['compare', 'compare'],
  ['actions', 'actions'],
  ['weights', 'weights'],
];
const REQUEST_STEPS: readonly Step[] = [
  ['duration', 'durationS'],
  ['rate', 'rate'],
  ['traffic', 'traffic'],
];

function fitBudget(
  values: Values,
  ctx: BudgetContext,
  steps: readonly Step[],
  size: (v: Values) => number,
  max: number,
  message: (url: string, v: Values) => string,
): void {
  const { search, start, defaults, errors } = ctx;
  let now = size(values);
  for (const [url, field] of steps) {
    if (now <= max) return;
    if (search.get(url) === null) continue;
    const kept = values[field];
    // The message gives the size this key was refused at (an earlier key may have shrunk it).
    const why = message(url, values);
    Object.assign(values, { [field]: start[field] });
    const next = size(values);
    if (next < now) {
      errors[url] ??= why;
      now = next;
    } else Object.assign(values, { [field]: kept });
  }
  if (now <= max) return;
  // Only a base or a preset beyond the limit gets here; the defaults fit.
  const first = (steps.find(([url]) => search.get(url) !== null) ?? steps[0])?.[0];
  if (first !== undefined) errors[first] ??= message(first, values);
  for (const [, field] of steps) Object.assign(values, { [field]: defaults[field] });
}

/** Keeps every hash ring the run builds within MAX_RING_POINTS (ring-budget.ts). */
export function fitRingBudget(values: Values, ctx: BudgetContext): void {
  const message = (url: string, v: Values) => {
    const { weight, perWeight, points } = ringSize(v);
    return ctx.m.ringTooBig(url, MAX_RING_POINTS, weight, perWeight, points);
  };
  fitBudget(values, ctx, RING_STEPS, (v) => ringSize(v).points, MAX_RING_POINTS, message);
}

/** Keeps the run's real request count (kernel/traffic.ts arrivalBound, for its traffic shape) within MAX_LB_REQUESTS. */
export function fitRequestBudget(values: Values, ctx: BudgetContext): void {
  const message = (_url: string, v: Values) => ctx.m.tooMany(MAX_LB_REQUESTS, labRequestBound(v), v.traffic);
  fitBudget(values, ctx, REQUEST_STEPS, labRequestBound, MAX_LB_REQUESTS, message);
}
