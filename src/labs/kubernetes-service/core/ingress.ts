// Ingress routing as the Kubernetes API defines it and ingress-nginx implements it
// (networking.k8s.io/v1 Ingress docs; ingress-nginx's nginx.tmpl, one server block per host):
// - Host: an exact host wins over a wildcard; `*.example.com` matches exactly one more label
//   (`a.example.com`, not `example.com` nor `a.b.example.com`); rules with no host catch the rest;
//   nothing left: the default backend answers 404.
// - Path, within the chosen host: Exact matches the path string exactly; Prefix matches element by
//   element split on `/` (`/api` matches `/api`, `/api/` and `/api/v1`, not `/apiary`; a trailing
//   slash in the rule is ignored). The longest matching path wins; at equal length Exact beats
//   Prefix (nginx: `location = /api` is checked before prefix locations).
// - ingress-nginx then sends the request straight to the Service's endpoint IPs (it watches
//   EndpointSlices; its Lua balancer round-robins), not through the ClusterIP and kube-proxy.
export type PathType = 'Exact' | 'Prefix';

export interface IngressPath {
  readonly path: string;
  readonly pathType: PathType;
  readonly service: string;
  readonly port: number;
}

export interface IngressRule {
  /** Empty: any host. */
  readonly host: string;
  readonly paths: readonly IngressPath[];
}

export type HostMatch = 'exact' | 'wildcard' | 'any' | 'none';

export interface IngressRoute {
  readonly hostMatch: HostMatch;
  readonly rule: number;
  /** Index in the rule's paths, or -1: no path matched (default backend, 404). */
  readonly path: number;
  readonly backend: IngressPath | null;
  /** The other paths of the host that also matched, losing to the longer / Exact one. */
  readonly alsoMatched: readonly number[];
}

export function hostMatches(ruleHost: string, host: string): HostMatch {
  if (ruleHost === '') return 'any';
  if (ruleHost === host) return 'exact';
  if (ruleHost.startsWith('*.')) {
    const suffix = ruleHost.slice(1); // ".example.com"
    if (host.endsWith(suffix)) {
      const label = host.slice(0, host.length - suffix.length);
      if (label.length > 0 && !label.includes('.')) return 'wildcard';
    }
  }
  return 'none';
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function pathMatches(p: IngressPath, path: string): boolean {
  if (p.pathType === 'Exact') return p.path === path;
  const want = segments(p.path);
  const got = segments(path);
  return want.length <= got.length && want.every((s, i) => s === got[i]);
}

/** The path that serves `path` among a host's paths: longest first, Exact before Prefix at equal length. */
function bestPath(paths: readonly IngressPath[], path: string): { best: number; also: number[] } {
  const hits = paths.map((p, i) => ({ p, i })).filter(({ p }) => pathMatches(p, path));
  hits.sort(
    (a, b) =>
      b.p.path.replace(/\/$/, '').length - a.p.path.replace(/\/$/, '').length ||
      Number(b.p.pathType === 'Exact') - Number(a.p.pathType === 'Exact') ||
      a.i - b.i,
  );
  return { best: hits[0]?.i ?? -1, also: hits.slice(1).map((h) => h.i) };
}

export function routeIngress(rules: readonly IngressRule[], host: string, path: string): IngressRoute {
  const order: HostMatch[] = ['exact', 'wildcard', 'any'];
  for (const kind of order) {
    const rule = rules.findIndex((r) => hostMatches(r.host, host) === kind);
    if (rule < 0) continue;
    const { best, also } = bestPath(rules[rule]?.paths ?? [], path);
    return { hostMatch: kind, rule, path: best, backend: rules[rule]?.paths[best] ?? null, alsoMatched: also };
  }
  return { hostMatch: 'none', rule: -1, path: -1, backend: null, alsoMatched: [] };
}

/** The Ingress the `ingress-host-path` preset shows (ingressClassName: nginx). */
export const SHOP_INGRESS: readonly IngressRule[] = [
  {
    host: 'shop.example.com',
    paths: [
      { path: '/', pathType: 'Prefix', service: 'web', port: 80 },
      { path: '/api', pathType: 'Prefix', service: 'api', port: 8080 },
      { path: '/api', pathType: 'Exact', service: 'api-docs', port: 80 },
      { path: '/api/v2', pathType: 'Prefix', service: 'api-v2', port: 8080 },
    ],
  },
  { host: '*.example.com', paths: [{ path: '/', pathType: 'Prefix', service: 'tenant', port: 80 }] },
];

/** Requests that show each rule of the matching at work. */
export const SAMPLE_REQUESTS: readonly { readonly host: string; readonly path: string }[] = [
  { host: 'shop.example.com', path: '/api' },
  { host: 'shop.example.com', path: '/api/' },
  { host: 'shop.example.com', path: '/api/v2/orders' },
  { host: 'shop.example.com', path: '/apiary' },
  { host: 'blog.example.com', path: '/posts' },
  { host: 'a.b.example.com', path: '/' },
  { host: 'example.org', path: '/' },
];

/** The Ingress as `kubectl get ingress shop -o yaml` shows its spec. */
export function ingressYaml(rules: readonly IngressRule[]): string {
  const lines = ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: shop', 'spec:', '  ingressClassName: nginx', '  rules:'];
  for (const r of rules) {
    lines.push(r.host ? `  - host: ${JSON.stringify(r.host).replace(/^"(.*)"$/, r.host.startsWith('*') ? '"$1"' : '$1')}` : '  -', '    http:', '      paths:');
    for (const p of r.paths) {
      lines.push(
        `      - path: ${p.path}`,
        `        pathType: ${p.pathType}`,
        '        backend:',
        '          service:',
        `            name: ${p.service}`,
        '            port:',
        `              number: ${p.port}`,
      );
    }
  }
  return lines.join('\n');
}
