// Named configurations a card can link to (`lab:rpc-call-path?preset=…`), each a real setup:
// Dubbo's defaults and the cluster strategies one key away from them, the 200-thread fixed pool,
// Dubbo 3's timeout countdown, and a gRPC unary call with a deadline and a retry policy. The fault
// is a parameter of its own (`fault=`); a preset carries one only where the configuration is about
// it (the thread pool). Titles and explanations live in strings.ts.
import {
  DUBBO_DEFAULT_FORKS,
  DUBBO_DEFAULT_RETRIES,
  DUBBO_DEFAULT_THREADS,
  DUBBO_DEFAULT_TIMEOUT_MS,
  DUBBO_DEFAULT_WEIGHT,
  type CallConfig,
} from './config.ts';

export const PRESET_IDS = [
  'dubbo-defaults',
  'dubbo-failfast',
  'dubbo-failsafe',
  'dubbo-failback',
  'dubbo-forking-2',
  'dubbo-threads-200',
  'dubbo-timeout-countdown',
  'dubbo-fastjson',
  'dubbo-tag-gray',
  'grpc-unary-deadline',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'dubbo-defaults';

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

const dubbo: CallConfig = {
  framework: 'dubbo',
  cluster: 'failover',
  retries: DUBBO_DEFAULT_RETRIES,
  forks: DUBBO_DEFAULT_FORKS,
  timeoutMs: DUBBO_DEFAULT_TIMEOUT_MS,
  countdown: false,
  loadbalance: 'random',
  weights: [DUBBO_DEFAULT_WEIGHT, DUBBO_DEFAULT_WEIGHT, DUBBO_DEFAULT_WEIGHT],
  threads: DUBBO_DEFAULT_THREADS,
  serialization: 'hessian2',
  providerTags: ['', '', ''],
  tag: '',
  forceTag: false,
  fault: 'none',
  faulty: 1,
  slowMs: 3000,
  serviceMs: 20,
  rttMs: 1,
  seed: 7,
};

export const presetConfigs: Readonly<Record<PresetId, CallConfig>> = {
  'dubbo-defaults': dubbo,
  'dubbo-failfast': { ...dubbo, cluster: 'failfast' },
  'dubbo-failsafe': { ...dubbo, cluster: 'failsafe' },
  // FailbackClusterInvoker reads `retries` too, 3 when unset.
  'dubbo-failback': { ...dubbo, cluster: 'failback', retries: 3 },
  'dubbo-forking-2': { ...dubbo, cluster: 'forking', forks: 2 },
  'dubbo-threads-200': { ...dubbo, fault: 'pool-exhausted' },
  'dubbo-timeout-countdown': { ...dubbo, countdown: true },
  'dubbo-fastjson': { ...dubbo, serialization: 'fastjson' },
  'dubbo-tag-gray': { ...dubbo, providerTags: ['', '', 'gray'], tag: 'gray' },
  'grpc-unary-deadline': {
    ...dubbo,
    framework: 'grpc',
    cluster: 'failover',
    retries: 2,
    timeoutMs: 1000,
    countdown: true,
    loadbalance: 'roundrobin',
    serialization: 'protobuf',
    threads: 200,
  },
};
