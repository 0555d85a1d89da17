// The Kubernetes Service lab as a user meets it: a request through a ClusterIP Service reaching a
// pod through KUBE-SERVICES → KUBE-SVC → KUBE-SEP, a pod failing readiness leaving the rules, the
// famous default/kubernetes chain, a shared URL reloading to the same trace, bad URL values refused
// with a message while the lab runs, Ingress host/path routing, externalTrafficPolicy Local (the
// health check taking a node out, a DROP at a node without a pod), the IPVS and nftables views, the
// page in English with no Chinese left, no sideways scroll on a phone, and axe.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function open(page: Page, query: string) {
  await page.goto(`/labs/kubernetes-service?${query}`);
  await expect(page.getByTestId('kubernetes-service-lab')).toBeVisible();
  await expect(page.locator('input.timeline')).toBeVisible();
}

async function seek(page: Page, ms: number) {
  await page.locator('input.timeline').fill(String(ms));
}

test('a request to a ClusterIP goes through KUBE-SERVICES, KUBE-SVC and KUBE-SEP to a pod', async ({ page }) => {
  await open(page, 'preset=clusterip-3-pods');
  // The run opens at t = 0 with the first request sent.
  const path = page.getByTestId('request-path');
  await expect(path).toContainText('curl-a 10.244.0.50:40000 → 10.96.45.12:80');
  await expect(path).toContainText('KUBE-SERVICES');
  await expect(path).toContainText(/KUBE-SVC-[A-Z2-7]{16}/);
  await expect(path).toContainText(/DNAT --to-destination 10\.244\.\d\.\d+:8080/);
  await expect(page.getByTestId('request-reply')).toContainText('conntrack: 10.96.45.12:80 → 10.244.0.50:40000');
  // The pod it reached is outlined in the picture, and the matched rules are marked in the text.
  await expect(page.locator('[data-testid="pod"].hit')).toHaveCount(1);
  const rules = page.getByTestId('rules-text');
  await expect(rules).toContainText('-m statistic --mode random --probability 0.33333333349');
  await expect(rules.locator('.k8s-line.hit').filter({ hasText: '-A KUBE-SERVICES -d 10.96.45.12/32 -p tcp' })).toHaveCount(1);
  await expect(rules.locator('.k8s-line.hit').filter({ hasText: 'DNAT --to-destination' })).toHaveCount(1);
  await page.getByText('kube-proxy 写入的（iptables-restore）').click();
  await expect(rules).toContainText('--probability 0.3333333333 -j KUBE-SEP-');
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(path).toContainText('curl-b 10.244.0.51:40001 → 10.96.45.12:80');
  // Many requests: three pods, each near a third.
  await expect(page.getByTestId('split').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('split')).toContainText('期望 33.3%');
});

test('a pod failing readiness leaves the EndpointSlice and its rule', async ({ page }) => {
  await open(page, 'preset=readiness-fails');
  const rules = page.getByTestId('rules-text');
  await expect(rules.locator('.k8s-line', { hasText: '-j KUBE-SEP-' }).filter({ hasText: 'KUBE-SVC-' })).toHaveCount(3);
  await expect(page.locator('[data-status="not-ready"]')).toHaveCount(0);
  // After 3 failed probes (10 s) and kube-proxy's sync, 2 endpoints remain.
  await seek(page, 12_000);
  await expect(page.locator('[data-status="not-ready"]')).toHaveCount(1);
  await expect(page.getByTestId('endpoint-slice')).toContainText('ready=false serving=false terminating=false');
  await expect(rules.locator('.k8s-line', { hasText: '-j KUBE-SEP-' }).filter({ hasText: 'KUBE-SVC-' })).toHaveCount(2);
  await expect(rules).toContainText('--probability 0.50000000000');
  await expect(page.getByTestId('trace-table')).toContainText('变为 NotReady（探针连续失败 3 次）');
  await expect(page.getByTestId('trace-table')).toContainText('kube-proxy 同步规则');
});

test('default/kubernetes:https is KUBE-SVC-NPX46M4PTMTKRN6Y', async ({ page }) => {
  await open(page, 'preset=kubernetes-default-service');
  await expect(page.getByTestId('rules-text')).toContainText(
    '-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y',
  );
});

test('a shared URL reloads to the same trace at the same moment', async ({ page }) => {
  await open(page, 'preset=scale-up&seed=42&rate=3');
  await seek(page, 9000);
  await expect(page).toHaveURL(/t=9000/);
  const trace = await page.getByTestId('trace-table').innerText();
  const rules = await page.getByTestId('rules-text').innerText();
  await page.reload();
  await expect(page.getByTestId('kubernetes-service-lab')).toBeVisible();
  await expect(page.getByTestId('player-time')).toContainText('t = 9.00 s');
  expect(await page.getByTestId('trace-table').innerText()).toBe(trace);
  expect(await page.getByTestId('rules-text').innerText()).toBe(rules);
});

test('bad URL values get a message and the lab keeps running', async ({ page }) => {
  await open(page, 'preset=clusterip-3-pods&replicas=abc&clusterIP=10.96.300.1&sessionAffinity=Sticky');
  const problems = page.getByTestId('url-problems');
  await expect(problems).toContainText('replicas 必须是 0–10 之间的整数');
  await expect(problems).toContainText('clusterIP 必须是 IPv4 地址');
  await expect(problems).toContainText('sessionAffinity 必须是 None、ClientIP 之一');
  await expect(page.locator('[data-testid="pod"]')).toHaveCount(3);
  await expect(page.getByTestId('rules-text')).toContainText('10.96.45.12/32');
  // A bad edit in the form stays in its box with a message; the run keeps the last valid value.
  const field = page.locator('input[data-param="clusterIP"]');
  await field.fill('10.96.1');
  await expect(page.getByRole('alert').filter({ hasText: 'clusterIP 必须是 IPv4 地址' }).first()).toBeVisible();
  await expect(page.getByTestId('rules-text')).toContainText('10.96.45.12/32');
  await field.fill('10.96.7.7');
  await expect(page.getByTestId('rules-text')).toContainText('-d 10.96.7.7/32');
});

test('Ingress: Exact beats Prefix, the longest Prefix wins, Prefix is element-wise, hosts match exactly or by one label', async ({ page }) => {
  await open(page, 'preset=ingress-host-path');
  const table = page.getByTestId('ingress-routes');
  const row = (host: string, path: string) =>
    table
      .getByTestId('ingress-row')
      .filter({ has: page.locator('td:nth-child(1)', { hasText: new RegExp(`^${host.replace(/\./g, '\\.')}$`) }) })
      .filter({ has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${path}$`) }) });
  await expect(row('shop.example.com', '/api').locator('td').nth(3)).toHaveText('api-docs:80');
  await expect(row('shop.example.com', '/api/').locator('td').nth(3)).toHaveText('api:8080');
  await expect(row('shop.example.com', '/api/v2/orders').locator('td').nth(3)).toHaveText('api-v2:8080');
  await expect(row('shop.example.com', '/apiary').locator('td').nth(3)).toHaveText('web:80');
  await expect(row('blog.example.com', '/posts').locator('td').nth(3)).toHaveText('tenant:80');
  await expect(row('a.b.example.com', '/').locator('td').nth(3)).toHaveText('404');
  // A request typed into the form is routed the same way, and lands in the URL.
  await page.locator('input[data-param="path"]').fill('/api/v1/users');
  await expect(page.getByTestId('ingress-mine').locator('td').nth(3)).toHaveText('api:8080');
  await expect(page).toHaveURL(/path=%2Fapi%2Fv1%2Fusers/);
});

test('externalTrafficPolicy Local: the LB health check takes the pod-less node out, and a NodePort request there is dropped', async ({ page }) => {
  await open(page, 'preset=loadbalancer-local-policy');
  const lb = page.getByTestId('lb-panel');
  await expect(lb.locator('[data-testid="lb-node"][data-healthy="false"]')).toHaveCount(1);
  await expect(lb.locator('[data-testid="lb-node"][data-healthy="false"]')).toContainText('→ 503');
  await expect(lb).toContainText('"localEndpoints":0');
  await expect(page.getByTestId('request-entry')).toContainText('云负载均衡 203.0.113.100');
  // No SNAT: the reply goes back to the client's own address.
  await expect(page.getByTestId('request-reply')).toContainText('→ 203.0.113.7:40000');
  await expect(page.getByTestId('rules-text')).toContainText('-j KUBE-SVL-');

  await open(page, 'preset=nodeport-node-without-pod&externalTrafficPolicy=Local');
  await expect(page.getByTestId('request-verdict')).toContainText('DROP');
  await expect(page.getByTestId('rules-text')).toContainText('"default/web:http has no local endpoints"');
  await expect(page.locator('[data-testid="node"][data-entry="true"]')).toContainText('kind-worker');
  await expect(page.getByTestId('trace-table')).toContainText('被丢弃');
});

test('IPVS and nftables modes show their own tables beside the iptables rules', async ({ page }) => {
  await open(page, 'preset=ipvs-round-robin');
  const ipvs = page.getByTestId('mode-ipvs');
  await expect(ipvs).toContainText('TCP  10.96.45.12:80 rr');
  await expect(ipvs).toContainText('Masq    1');
  await expect(ipvs).toContainText('当前');
  await expect(page.getByTestId('request-pick')).toContainText('IPVS 虚拟服务 TCP 10.96.45.12:80（rr）');
  await expect(page.getByTestId('mode-nftables')).toContainText(/numgen random mod 3 vmap \{ 0 : goto endpoint-/);
  await expect(page.getByTestId('scale-table')).toContainText('iptables');
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  await expect(ipvs).toContainText(/Masq {4}1 {6}1/);

  await open(page, 'preset=proxy-modes-at-scale');
  await expect(page.getByTestId('scale-table')).toContainText('170,005');
  await expect(page.getByTestId('scale-table')).toContainText('5,000.5');
});

test('the lab speaks English with no Chinese left on the page', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('interview-lab-appearance', JSON.stringify({ state: { theme: 'light', language: 'en', showBoth: false }, version: 1 }));
  });
  for (const query of [
    'preset=loadbalancer-local-policy&replicas=abc',
    'preset=ingress-host-path',
    'preset=ipvs-least-conn',
    'preset=readiness-fails&t=12000',
  ]) {
    await page.goto(`/labs/kubernetes-service?${query}`);
    await expect(page.getByTestId('kubernetes-service-lab')).toBeVisible();
    await expect(page.locator('h1')).toHaveText('Kubernetes Service lab');
    const text = await page.getByTestId('kubernetes-service-lab').innerText();
    expect(text.match(/[\u4e00-\u9fff]+/g)).toBeNull();
  }
  await page.goto('/labs/kubernetes-service?preset=clusterip-3-pods&replicas=abc');
  await expect(page.getByTestId('url-problems')).toContainText('replicas must be an integer from 0 to 10');
});

test('no sideways scroll on a phone, and no axe violations', async ({ page, app }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, 'preset=nodeport');
  await page.getByRole('button', { name: '前进一步 (→)' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await app.expectNoAxeViolations();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectNoAxeViolations();
});
