// Generated clusters of many workloads, written to a temporary directory for the CLI to read:
// sizes at which reports once crashed (issue 9, item 9).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `count` Deployments spread over `namespaces` namespaces, each with a label of its own. */
export function manyWorkloads(count: number, namespaces: number): object[] {
  return Array.from({ length: count }, (_, i) => {
    const labels = { app: `app-${i}` };
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `app-${i}`, namespace: `ns-${i % namespaces}` },
      spec: {
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x' }] } },
      },
    };
  });
}

/** A NetworkPolicy per namespace that isolates every pod both ways and allows nothing. */
export function denyAll(namespaces: number): object[] {
  return Array.from({ length: namespaces }, (_, i) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'deny-all', namespace: `ns-${i}` },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  }));
}

/** A new temporary directory holding `cluster.yaml` with the objects, one document each. */
export function writeCluster(objects: readonly object[], parent?: string): string {
  const dir = parent === undefined ? mkdtempSync(path.join(tmpdir(), 'netreach-large-')) : parent;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'cluster.yaml'), objects.map((o) => JSON.stringify(o)).join('\n---\n'));
  return dir;
}
