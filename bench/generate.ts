// Generates a synthetic repository of manifests for the benchmark: namespaces with team and
// env labels, workloads with named ports, and about 0.4 NetworkPolicies per workload mixing
// pod and namespace selectors, matchExpressions, ipBlocks with excepts, named ports and port
// ranges. Deterministic for a given seed.
import type { ManifestFile } from '../src/model/manifest.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['web', 'api', 'db', 'cache', 'worker'];
const TEAMS = Array.from({ length: 20 }, (_, i) => `team-${i}`);
const ENVS = ['prod', 'staging', 'dev'];

export interface Repository {
  readonly base: ManifestFile[];
  readonly head: ManifestFile[];
  readonly workloads: number;
  readonly namespaces: number;
  readonly policies: number;
  readonly bytes: number;
}

/** `calico`: add the Calico mix (two tiers, a global deny, network sets, per-namespace Calico
 * policies in the default tier), and make the change a Calico one. */
export function generateRepository(workloads: number, seed = 1, calico = false): Repository {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const namespaces = Math.max(50, Math.min(300, Math.round(workloads / 17)));
  const files: ManifestFile[] = [];
  const nsTeam: string[] = [];
  let nsText = '';
  for (let n = 0; n < namespaces; n++) {
    nsTeam.push(pick(TEAMS));
    nsText += `---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${n}\n  labels:\n    team: ${nsTeam[n]}\n    env: ${pick(ENVS)}\n`;
  }
  nsText += '---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system\n';
  files.push({ path: 'namespaces.yaml', text: nsText });
  files.push({
    path: 'kube-system/coredns.yaml',
    text: deploymentYaml('kube-system', 'coredns', 'Deployment', { 'k8s-app': 'kube-dns' }, [
      ['dns', 53, 'UDP'],
      ['dns-tcp', 53, 'TCP'],
    ]),
  });
  const perNamespace: { name: string; tier: string }[][] = Array.from({ length: namespaces }, () => []);
  for (let i = 0; i < workloads; i++) {
    const n = i % namespaces;
    const tier = pick(TIERS);
    perNamespace[n]?.push({ name: `app-${i}`, tier });
  }
  let policyCount = 0;
  const policyFiles: ManifestFile[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `ns-${n}`;
    const apps = perNamespace[n] ?? [];
    let text = '';
    for (const app of apps) {
      const kind = rand() < 0.8 ? 'Deployment' : rand() < 0.75 ? 'StatefulSet' : 'DaemonSet';
      const ports: [string, number, string][] = [['http', 8080, 'TCP']];
      if (rand() < 0.6) ports.push(['metrics', 9090 + Math.floor(rand() * 3), 'TCP']);
      if (rand() < 0.3) ports.push(['grpc', 9000, 'TCP']);
      text += deploymentYaml(
        ns,
        app.name,
        kind,
        { app: app.name, tier: app.tier, team: nsTeam[n] as string, version: `v${1 + Math.floor(rand() * 3)}` },
        ports,
      );
    }
    files.push({ path: `apps/${ns}/workloads.yaml`, text });
    // Per namespace: a default policy (deny + DNS + internet), then per-app policies.
    let policies = policyYaml(
      ns,
      'default',
      '{}',
      ['Ingress', 'Egress'],
      [],
      [
        egressRule(
          [
            '- namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              k8s-app: kube-dns',
          ],
          ['- port: 53\n          protocol: UDP', '- port: 53\n          protocol: TCP'],
        ),
        egressRule(
          [
            '- ipBlock:\n            cidr: 0.0.0.0/0\n            except:\n              - 10.0.0.0/8\n              - 172.16.0.0/12\n              - 192.168.0.0/16',
          ],
          ['- port: 443'],
        ),
      ],
    );
    policyCount++;
    const target = Math.max(0, Math.round(apps.length * 0.4) - 1);
    for (let k = 0; k < target; k++) {
      const app = pick(apps);
      const subject =
        rand() < 0.5
          ? `\n    matchLabels:\n      app: ${app.name}`
          : `\n    matchExpressions:\n      - key: tier\n        operator: In\n        values: [${app.tier}]`;
      const ingress: string[] = [];
      const peers: string[] = [];
      const r = rand();
      if (r < 0.3)
        peers.push(
          `- podSelector:\n            matchExpressions:\n              - key: tier\n                operator: In\n                values: [${pick(TIERS)}, ${pick(TIERS)}]`,
        );
      else if (r < 0.55)
        peers.push(`- namespaceSelector:\n            matchLabels:\n              team: ${pick(TEAMS)}`);
      else if (r < 0.8)
        peers.push(
          `- namespaceSelector:\n            matchLabels:\n              team: ${nsTeam[Math.floor(rand() * namespaces)]}\n          podSelector:\n            matchLabels:\n              tier: ${pick(TIERS)}`,
        );
      else {
        const octet = Math.floor(rand() * 256);
        peers.push(
          `- ipBlock:\n            cidr: 10.${octet}.0.0/16\n            except:\n              - 10.${octet}.${Math.floor(rand() * 256)}.0/24`,
        );
      }
      if (rand() < 0.3)
        peers.push(
          `- podSelector:\n            matchExpressions:\n              - key: version\n                operator: NotIn\n                values: [v1]`,
        );
      const portChoice = rand();
      const ports =
        portChoice < 0.4
          ? ['- port: http']
          : portChoice < 0.7
            ? [`- port: ${pick([8080, 9090, 9000, 5432, 6379])}`]
            : portChoice < 0.9
              ? ['- port: 9000\n          endPort: 9100', '- port: metrics']
              : [];
      ingress.push(ingressRule(peers, ports));
      const egress: string[] = [];
      const types = ['Ingress'];
      if (rand() < 0.3) {
        types.push('Egress');
        egress.push(
          egressRule(
            [`- podSelector:\n            matchLabels:\n              tier: ${pick(TIERS)}`],
            ['- port: http'],
          ),
        );
        egress.push(
          egressRule(
            [
              '- namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              k8s-app: kube-dns',
            ],
            ['- port: 53\n          protocol: UDP'],
          ),
        );
      }
      policies += policyYaml(ns, `allow-${k}-${app.name}`, subject, types, ingress, egress);
      policyCount++;
    }
    policyFiles.push({ path: `apps/${ns}/policies.yaml`, text: policies });
  }
  if (calico) {
    const mix = calicoMix(namespaces, rand);
    policyFiles.push(...mix.files);
    policyCount += mix.policies;
  }
  const base = [...files, ...policyFiles];
  // The Calico change: database pods may no longer reach the internet.
  if (calico)
    return withChange(
      base,
      'calico/security.yaml',
      workloads,
      namespaces,
      policyCount,
      (text) =>
        `${text}---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: security.db-no-internet\nspec:\n  tier: security\n  order: 5\n  selector: tier == 'db'\n  types: [Egress]\n  egress:\n    - action: Deny\n      protocol: TCP\n      destination:\n        notNets: [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]\n    - action: Pass\n`,
    );
  // The change: one namespace's default policy now accepts http from another team's
  // namespaces and may send http to any namespace.
  const changed = policyFiles[Math.floor(namespaces / 2)] as ManifestFile;
  const head = base.map((f) =>
    f === changed
      ? {
          path: f.path,
          text: f.text
            .replace(
              '  ingress: []\n',
              `  ingress:\n${ingressRule([`- namespaceSelector:\n            matchLabels:\n              team: ${TEAMS[3]}`], ['- port: http'])}`,
            )
            .replace('  egress:\n', `  egress:\n${egressRule(['- namespaceSelector: {}'], ['- port: http'])}`),
        }
      : { path: f.path, text: f.text },
  );
  if (head.every((f, i) => f.text === base[i]?.text)) throw new Error('the benchmark change changed nothing');
  const bytes = [...base, ...head].reduce((sum, f) => sum + f.text.length, 0);
  return { base, head, workloads, namespaces, policies: policyCount, bytes };
}

function deploymentYaml(
  ns: string,
  name: string,
  kind: string,
  labels: Record<string, string>,
  ports: [string, number, string][],
): string {
  const labelText = (indent: string) =>
    Object.entries(labels)
      .map(([k, v]) => `${indent}${k}: ${v}`)
      .join('\n');
  return `---
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
${labelText('    ')}
  annotations:
    owner: platform-team
    repository: https://git.example.com/${ns}/${name}
spec:
${kind === 'DaemonSet' ? '' : '  replicas: 2\n'}  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
${labelText('        ')}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: main
          image: registry.example.com/${ns}/${name}:1.0.0
          args: ["--listen=:8080", "--log-level=info"]
          ports:
${ports.map(([n, p, proto]) => `            - name: ${n}\n              containerPort: ${p}\n              protocol: ${proto}`).join('\n')}
          env:
            - name: NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
          readinessProbe:
            httpGet: {path: /ready, port: http}
`;
}

function policyYaml(
  ns: string,
  name: string,
  podSelector: string,
  types: string[],
  ingress: string[],
  egress: string[],
): string {
  return `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  podSelector: ${podSelector}
  policyTypes: [${types.join(', ')}]
${ingress.length === 0 ? '  ingress: []\n' : `  ingress:\n${ingress.join('')}`}${egress.length === 0 ? '' : `  egress:\n${egress.join('')}`}`;
}

function ingressRule(peers: string[], ports: string[]): string {
  return `    - from:\n${peers.map((p) => `        ${p}\n`).join('')}${ports.length === 0 ? '' : `      ports:\n${ports.map((p) => `        ${p}\n`).join('')}`}`;
}

function egressRule(peers: string[], ports: string[]): string {
  return `    - to:\n${peers.map((p) => `        ${p}\n`).join('')}${ports.length === 0 ? '' : `      ports:\n${ports.map((p) => `        ${p}\n`).join('')}`}`;
}

/** The Calico mix: tier `security` (order 100) with a global deny of the metadata address and a
 * dev-to-prod deny, tier `platform` (order 200, defaultAction Pass) letting monitoring in, network
 * sets of partner ranges, and a Calico NetworkPolicy in the default tier of every fourth namespace. */
function calicoMix(namespaces: number, rand: () => number): { files: ManifestFile[]; policies: number } {
  const v3 = 'apiVersion: projectcalico.org/v3';
  let security = `---\n${v3}\nkind: Tier\nmetadata:\n  name: security\nspec:\n  order: 100\n`;
  security += `---\n${v3}\nkind: Tier\nmetadata:\n  name: platform\nspec:\n  order: 200\n  defaultAction: Pass\n`;
  security += `---\n${v3}\nkind: GlobalNetworkPolicy\nmetadata:\n  name: security.deny-metadata\nspec:\n  tier: security\n  order: 10\n  selector: all()\n  types: [Egress]\n  egress:\n    - action: Deny\n      destination:\n        nets: [169.254.169.254/32]\n    - action: Pass\n`;
  security += `---\n${v3}\nkind: GlobalNetworkPolicy\nmetadata:\n  name: security.dev-not-to-prod\nspec:\n  tier: security\n  order: 20\n  namespaceSelector: env == 'prod'\n  selector: all()\n  types: [Ingress]\n  ingress:\n    - action: Deny\n      source:\n        namespaceSelector: env == 'dev'\n    - action: Pass\n`;
  security += `---\n${v3}\nkind: GlobalNetworkPolicy\nmetadata:\n  name: platform.monitoring\nspec:\n  tier: platform\n  order: 10\n  selector: has(tier)\n  types: [Ingress]\n  ingress:\n    - action: Allow\n      protocol: TCP\n      source:\n        selector: k8s-app == 'kube-dns' || tier == 'worker'\n      destination:\n        ports: ['9090:9092']\n`;
  for (let i = 0; i < 5; i++)
    security += `---\n${v3}\nkind: GlobalNetworkSet\nmetadata:\n  name: partner-${i}\n  labels:\n    role: partner\n    partner: p${i}\nspec:\n  nets: [198.51.${100 + i}.0/24]\n`;
  const files: ManifestFile[] = [{ path: 'calico/security.yaml', text: security }];
  let policies = 3;
  for (let n = 0; n < namespaces; n += 4) {
    const text = `---\n${v3}\nkind: NetworkPolicy\nmetadata:\n  name: partners-in\n  namespace: ns-${n}\nspec:\n  order: ${rand() < 0.5 ? 500 : 1500}\n  selector: tier == 'web'\n  types: [Ingress]\n  ingress:\n    - action: Allow\n      protocol: TCP\n      source:\n        selector: role == 'partner'\n        namespaceSelector: global()\n      destination:\n        ports: [8080]\n    - action: Deny\n      source:\n        notNets: [10.0.0.0/8]\n`;
    files.push({ path: `calico/ns-${n}.yaml`, text });
    policies++;
  }
  return { files, policies };
}

function withChange(
  base: ManifestFile[],
  path: string,
  workloads: number,
  namespaces: number,
  policies: number,
  change: (text: string) => string,
): Repository {
  const head = base.map((f) => ({ path: f.path, text: f.path === path ? change(f.text) : f.text }));
  if (head.every((f, i) => f.text === base[i]?.text)) throw new Error('the benchmark change changed nothing');
  const bytes = [...base, ...head].reduce((sum, f) => sum + f.text.length, 0);
  return { base, head, workloads, namespaces, policies, bytes };
}
