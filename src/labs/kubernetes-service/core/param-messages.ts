// The URL checker's messages in both UI languages. Each names the key it refuses, so a shared link
// with a bad value says exactly what was replaced. Kept apart from params.ts so the parser stays
// a plain function of (query, language).
export type Lang = 'zh' | 'en';

export interface ParamMessages {
  readonly number: (key: string, min: number, max: number, integer: boolean) => string;
  readonly choice: (key: string, choices: readonly string[]) => string;
  readonly text: Readonly<Record<'namespace' | 'service' | 'portName' | 'clusterIP' | 'host' | 'path', string>>;
  readonly preset: (raw: string, fallback: string) => string;
  readonly apiserverScale: string;
  readonly apiserverFail: string;
  readonly failPodTooBig: (replicas: number) => string;
  readonly entryNodeTooBig: (nodes: number) => string;
}

const zh: ParamMessages = {
  number: (key, min, max, integer) => `${key} 必须是 ${min}–${max} 之间的${integer ? '整数' : '数'}`,
  choice: (key, choices) => `${key} 必须是 ${choices.join('、')} 之一`,
  text: {
    namespace: 'namespace 必须是 DNS 标签：小写字母、数字和 -，1–63 个字符',
    service: 'service 必须是 DNS 标签：小写字母、数字和 -，1–63 个字符',
    portName: 'portName 必须为空或是 1–15 个小写字母、数字和 -',
    clusterIP: 'clusterIP 必须是 IPv4 地址，例如 10.96.45.12',
    host: 'host 必须是小写的 DNS 名，例如 shop.example.com',
    path: 'path 必须以 / 开头，最长 100 个字符，不含空格',
  },
  preset: (raw, fallback) => `preset 没有 “${raw}” 这个场景，已用 ${fallback}`,
  apiserverScale: 'scaleTo 不适用于 default/kubernetes（端点由 API server 自己维护，没有 Deployment），已忽略',
  apiserverFail: 'failPod 不适用于 default/kubernetes（API server 没有就绪探针驱动的端点），已忽略',
  failPodTooBig: (replicas) => `failPod 必须小于 replicas（${replicas}），-1 表示没有`,
  entryNodeTooBig: (nodes) => `entryNode 必须小于 nodes（${nodes}）`,
};

const en: ParamMessages = {
  number: (key, min, max, integer) => `${key} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
  choice: (key, choices) => `${key} must be one of ${choices.join(', ')}`,
  text: {
    namespace: 'namespace must be a DNS label: lower-case letters, digits and -, 1–63 characters',
    service: 'service must be a DNS label: lower-case letters, digits and -, 1–63 characters',
    portName: 'portName must be empty or 1–15 lower-case letters, digits and -',
    clusterIP: 'clusterIP must be an IPv4 address, e.g. 10.96.45.12',
    host: 'host must be a lower-case DNS name, e.g. shop.example.com',
    path: 'path must start with /, at most 100 characters, no spaces',
  },
  preset: (raw, fallback) => `preset has no scenario “${raw}”; using ${fallback}`,
  apiserverScale: 'scaleTo does not apply to default/kubernetes (the API servers keep their own endpoints; there is no Deployment); ignored',
  apiserverFail: 'failPod does not apply to default/kubernetes (no readiness-probe-driven endpoints for API servers); ignored',
  failPodTooBig: (replicas) => `failPod must be less than replicas (${replicas}); -1 means none`,
  entryNodeTooBig: (nodes) => `entryNode must be less than nodes (${nodes})`,
};

export const paramMessages: Readonly<Record<Lang, ParamMessages>> = { zh, en };
