import { describe, expect, it } from 'vitest';
import { hostMatches, pathMatches, routeIngress, SHOP_INGRESS } from './ingress.ts';

const to = (host: string, path: string) => routeIngress(SHOP_INGRESS, host, path).backend?.service ?? '404';

describe('Ingress routing (ingress-nginx)', () => {
  it('prefers Exact to Prefix at equal length, and the longest Prefix otherwise', () => {
    expect(to('shop.example.com', '/api')).toBe('api-docs');
    expect(to('shop.example.com', '/api/')).toBe('api');
    expect(to('shop.example.com', '/api/v2/orders')).toBe('api-v2');
    expect(to('shop.example.com', '/api/v2')).toBe('api-v2');
    expect(to('shop.example.com', '/')).toBe('web');
  });

  it('matches Prefix element by element: /api does not match /apiary', () => {
    expect(to('shop.example.com', '/apiary')).toBe('web');
    expect(pathMatches({ path: '/api/', pathType: 'Prefix', service: 's', port: 1 }, '/api')).toBe(true);
    expect(pathMatches({ path: '/aaa/bb', pathType: 'Prefix', service: 's', port: 1 }, '/aaa/bbb')).toBe(false);
  });

  it('matches hosts exactly first, then a one-label wildcard, else the default backend', () => {
    expect(to('blog.example.com', '/posts')).toBe('tenant');
    expect(routeIngress(SHOP_INGRESS, 'blog.example.com', '/').hostMatch).toBe('wildcard');
    expect(to('a.b.example.com', '/')).toBe('404');
    expect(to('example.com', '/')).toBe('404');
    expect(to('example.org', '/')).toBe('404');
    expect(hostMatches('', 'anything.test')).toBe('any');
    expect(
      routeIngress([...SHOP_INGRESS, { host: '', paths: [{ path: '/', pathType: 'Prefix', service: 'fallback', port: 80 }] }], 'example.org', '/x').backend
        ?.service,
    ).toBe('fallback');
  });
});
