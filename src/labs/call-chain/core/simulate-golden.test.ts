// Every golden case's whole run (totals, series, trace rows) fingerprinted with the engine as
// first merged (object per call, a timing wheel of objects), before it was rewritten for speed on
// typed arrays. A difference here means the engine now computes something else.
import { describe, expect, it } from 'vitest';
import { fingerprint, GOLDEN_CASES } from './golden-cases.ts';
import { simulateChain } from './simulate.ts';

const PINNED: Readonly<Record<string, string>> = {
  'three-layers-3-attempts#42': '764a64e7:421549',
  'three-layers-3-attempts#42 (totals only)': 'f808856b:620',
  'three-layers-3-attempts#7': '5b859b90:390227',
  'three-layers-3-attempts#7 (totals only)': 'c6bf9432:622',
  'deepest-plus-300ms#42': '263714ac:113914',
  'deepest-plus-300ms#42 (totals only)': '4b53b86b:644',
  'deepest-plus-300ms#7': '226c0a4a:118444',
  'deepest-plus-300ms#7 (totals only)': 'f5c2121c:657',
  'retry-one-layer#42': '8f5c068a:65354',
  'retry-one-layer#42 (totals only)': '7eb1d1b4:647',
  'retry-one-layer#7': 'f382881a:66525',
  'retry-one-layer#7 (totals only)': 'd8ed9800:646',
  'grpc-retry-throttling#42': 'bedea55e:62767',
  'grpc-retry-throttling#42 (totals only)': '93ca28cf:651',
  'grpc-retry-throttling#7': '357ee820:63814',
  'grpc-retry-throttling#7 (totals only)': '3562c6a6:639',
  'deadline-propagation#42': '9c2098eb:102162',
  'deadline-propagation#42 (totals only)': '307e8169:640',
  'deadline-propagation#7': '7cec589b:103834',
  'deadline-propagation#7 (totals only)': 'e760e859:641',
  'breaker-per-dependency#42': '4e56a99c:41958',
  'breaker-per-dependency#42 (totals only)': 'e9b8b5e6:613',
  'breaker-per-dependency#7': '86001c5f:42293',
  'breaker-per-dependency#7 (totals only)': '2647569a:627',
  'load-shedding#42': 'ffb32c0e:232380',
  'load-shedding#42 (totals only)': 'b2fb6631:649',
  'load-shedding#7': 'b1c9d8b6:240762',
  'load-shedding#7 (totals only)': '374d7c6b:646',
  'compare-fixes#42': '21ea4846:42763',
  'compare-fixes#42 (totals only)': '2b46083d:628',
  'compare-fixes#7': '92891131:43105',
  'compare-fixes#7 (totals only)': 'b8be0e40:628',
  'fan-out-2-depth-4#42': '5660c1c6:234222',
  'fan-out-2-depth-4#42 (totals only)': 'da36a0cc:775',
  'fan-out-2-depth-4#7': 'e194d9e3:252740',
  'fan-out-2-depth-4#7 (totals only)': '3552b65b:789',
  mixed: 'a7cf6a53:112096',
  'mixed (totals only)': 'aba8fdc3:639',
  'mixed-all-fixes': '14112eb0:21598',
  'mixed-all-fixes (totals only)': '9c2fb7d8:596',
  'mixed-deadlines': 'da16f130:410321',
  'mixed-deadlines (totals only)': '0dc91709:636',
  'mixed-one-layer': '4a552225:33164',
  'mixed-one-layer (totals only)': 'a7815c37:614',
  'deep-5': '853196f6:79702',
  'deep-5 (totals only)': '2761130d:877',
};

describe('golden runs (same results as the original engine)', { timeout: 120_000 }, () => {
  it.each(GOLDEN_CASES.map((c) => [c.name, c.scenario] as const))('%s', (name, scenario) => {
    expect(fingerprint(simulateChain(scenario, { series: true, tracedRequests: 40 }))).toBe(PINNED[name]);
    expect(fingerprint(simulateChain(scenario))).toBe(PINNED[`${name} (totals only)`]);
  });
});
