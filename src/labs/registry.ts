// The lab views, loaded lazily: a lab's code is only fetched when its page opens.
import type { ComponentType } from 'react';

export const labViews: Readonly<Record<string, () => Promise<{ default: ComponentType }>>> = {
  'rate-limiting': () => import('./rate-limiting/RateLimitingView.tsx'),
  'circuit-breaker': () => import('./circuit-breaker/CircuitBreakerView.tsx'),
  'load-balancing': () => import('./load-balancing/LoadBalancingView.tsx'),
  'upstream-incident': () => import('./upstream-incident/UpstreamIncidentView.tsx'),
  'redis-cluster': () => import('./redis-cluster/RedisClusterView.tsx'),
  'kubernetes-service': () => import('./kubernetes-service/KubernetesServiceView.tsx'),
  'docker-image': () => import('./docker-image/DockerImageView.tsx'),
  'service-discovery': () => import('./service-discovery/ServiceDiscoveryView.tsx'),
  'call-chain': () => import('./call-chain/CallChainView.tsx'),
  'rpc-call-path': () => import('./rpc-call-path/RpcCallPathView.tsx'),
  'linux-shell': () => import('./linux-shell/LinuxShellView.tsx'),
};
